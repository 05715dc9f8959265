// Counts in words, with the user's digit grouping ("100,000") and the language's plural rules
// ("1 application", "2 applications") instead of "1 applications" and "100000".
const plural = new Intl.PluralRules('en');
let number: Intl.NumberFormat | null = null;

/** "1 application", "100,000 applications". */
export function countOf(n: number, one: string, other: string): string {
  number ??= new Intl.NumberFormat(undefined);
  return `${number.format(n)} ${plural.select(n) === 'one' ? one : other}`;
}

/** "100,000": a number with the user's digit grouping. */
export function formatCount(n: number): string {
  number ??= new Intl.NumberFormat(undefined);
  return number.format(n);
}
