// amazon.jobs job IDs are digit strings that grew from 7 to 8 digits (3038134 → 10569363). As strings
// "10569363" sorts before "9999999"; compared as numbers (by length, then digits, so no precision
// limit) the newer, longer ID comes after.

/** Numeric order of two digit-string job IDs (leading zeros ignored); any other strings compare as text. */
export function compareJobIds(a: string, b: string): number {
  const x = a.replace(/^0+(?=\d)/, '');
  const y = b.replace(/^0+(?=\d)/, '');
  if (/^\d+$/.test(x) && /^\d+$/.test(y) && x.length !== y.length) return x.length - y.length;
  return x < y ? -1 : x > y ? 1 : 0;
}
