// Where the words of a text start, grouped by their first three characters (ASCII case-folded). Built
// once per section, it lets the ranker try a signal's regex only where a word opens the way the
// signal's matches must open, instead of scanning the whole section once per signal.
//
// "Word start" follows the regexes' own `\b`: an ASCII letter or digit not preceded by [A-Za-z0-9_].
// Signal regexes are case-insensitive without the "u" flag, which folds only ASCII letters, so
// folding only ASCII here finds exactly the positions where they can match.

// Keys pack three 7-bit characters into one small integer (a fast Map key). Characters outside
// ASCII, and the end of the text, become 0, which no opening contains.
export function fold(c: number): number {
  if (c >= 65 && c <= 90) return c + 32;
  return c < 128 ? c : 0;
}

export function key3(a: number, b: number, c: number): number {
  return (a << 14) | (b << 7) | c;
}

export function isAlnum(c: number): boolean {
  return (c >= 48 && c <= 57) || (c >= 65 && c <= 90) || (c >= 97 && c <= 122);
}

export function isWordChar(c: number): boolean {
  return isAlnum(c) || c === 95;
}

const NONE: readonly number[] = [];

/** The union of two ascending lists, ascending, without repeats. */
function mergeSorted(a: readonly number[], b: readonly number[]): number[] {
  const out: number[] = [];
  let i = 0;
  let j = 0;
  while (i < a.length || j < b.length) {
    const x = i < a.length ? a[i]! : Infinity;
    const y = j < b.length ? b[j]! : Infinity;
    if (x <= y) {
      out.push(x);
      i++;
      if (x === y) j++;
    } else {
      out.push(y);
      j++;
    }
  }
  return out;
}

export class WordStarts {
  /** Built on the first positions() call: a text scanned by signal-scan.ts's one pass never needs it. */
  private index: Map<number, number[]> | null = null;
  private readonly memo = new Map<string, readonly number[]>();
  /** The buckets grouped by their first two characters; built on the first short opening. */
  private byTwo: Map<number, number[][]> | null = null;

  constructor(readonly text: string) {}

  private get byKey(): Map<number, number[]> {
    if (this.index) return this.index;
    const byKey = new Map<number, number[]>();
    const { text } = this;
    let prevWord = false;
    for (let i = 0; i < text.length; i++) {
      const c = text.charCodeAt(i);
      if (!prevWord && isAlnum(c)) {
        // Missing characters (end of text) fold to 0, which no opening contains.
        const key = key3(fold(c), fold(text.charCodeAt(i + 1) || 0), fold(text.charCodeAt(i + 2) || 0));
        const list = byKey.get(key);
        if (list) list.push(i);
        else byKey.set(key, [i]);
      }
      prevWord = isWordChar(c);
    }
    this.index = byKey;
    return byKey;
  }

  /**
   * Ascending word-start positions whose first characters agree with one of `openings` (lower-case
   * ASCII letters/digits) on up to three characters. A superset of where a match can start; the
   * regex itself checks the rest. `key` names the list for the memo (the same openings, joined).
   */
  positions(openings: readonly string[], key: string): readonly number[] {
    const only = openings.length === 1 ? openings[0]! : '';
    if (only.length >= 3) return this.byKey.get(key3(only.charCodeAt(0), only.charCodeAt(1), only.charCodeAt(2))) ?? NONE;
    const known = this.memo.get(key);
    if (known) return known;
    const lists: (readonly number[])[] = [];
    for (const o of openings) {
      if (o.length >= 3) {
        const list = this.byKey.get(key3(o.charCodeAt(0), o.charCodeAt(1), o.charCodeAt(2)));
        if (list) lists.push(list);
        continue;
      }
      // One or two characters ("on", "3"): every bucket that begins with them.
      const two = this.twoCharBuckets();
      if (o.length === 2) lists.push(...(two.get((o.charCodeAt(0) << 7) | o.charCodeAt(1)) ?? []));
      else for (const [k, ls] of two) if (k >> 7 === o.charCodeAt(0)) lists.push(...ls);
    }
    let out: readonly number[];
    if (lists.length === 0) out = NONE;
    else if (lists.length === 1) out = lists[0]!;
    else out = lists.reduce(mergeSorted);
    this.memo.set(key, out);
    return out;
  }

  private twoCharBuckets(): Map<number, number[][]> {
    if (this.byTwo) return this.byTwo;
    const two = new Map<number, number[][]>();
    for (const [k, list] of this.byKey) {
      const k2 = k >> 7;
      const ls = two.get(k2);
      if (ls) ls.push(list);
      else two.set(k2, [list]);
    }
    this.byTwo = two;
    return two;
  }
}
