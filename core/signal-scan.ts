// Finding the knowledge-base signals in one section. The reference semantics is a global regex scan of
// each [start, end) range, non-overlapping, stopping at a match that runs past the range end
// (globalScan). The fast path reproduces exactly those matches: one pass over the section's word
// starts, in ascending order, tries at each one only the sticky regexes of the signals whose openings
// allow a match there (looked up by the word's first three characters, then the rest of the opening),
// for every signal at once; a signal whose matches are two words is tried only where the next word
// opens as its second word can (most "to", "and", "on" are not followed by "own", "call"…). The first
// signalMatches call on a section runs the pass; a second call on the same section reads its result.
import { allCompiledSignals, type CompiledSignal } from './principles';
import { fold, isAlnum, isWordChar, key3, type WordStarts } from './word-starts';

export interface SectionScan {
  text: string;
  words: WordStarts;
  /** Ascending, non-overlapping [start, end) ranges to search (boilerplate masked out). Not changed after the first scan. */
  ranges: readonly (readonly [number, number])[];
}

/** The reference: a global ("g") regex run over each range. */
export function globalScan(regex: RegExp, text: string, ranges: SectionScan['ranges'], out: number[]): number[] {
  for (const [s, e] of ranges) {
    regex.lastIndex = s;
    for (let m = regex.exec(text); m && m.index < e; m = regex.exec(text)) {
      const end = m.index + m[0].length;
      if (end > e) break;
      if (m[0].length === 0) {
        regex.lastIndex++;
        continue;
      }
      out.push(m.index, end);
    }
  }
  return out;
}

// Which signals can match at a word opening with a given key (three folded characters, key3): those
// with an opening of three or more characters that begins with them, of two characters that begins
// the key, or of one character. Built once for the catalog; each key's list is made on first sight,
// with the longer openings each candidate must also start with (the key checks three characters).
interface Openings {
  signals: readonly CompiledSignal[];
  three: Map<number, number[]>;
  two: Map<number, number[]>;
  one: Map<number, number[]>;
  /** Candidates by key, made on first sight: indexed by the key's first two characters, then its third (faster than a Map). */
  byKey: (Candidates[] | undefined)[];
  /** Each signal's sticky regex, by index. */
  sticky: readonly RegExp[];
  /** Each signal's second-word openings (null: no such test), by index. */
  secondWords: readonly (readonly string[] | null)[];
  /** Every signal has openings (is found by the one pass). */
  allOpen: boolean;
}

interface Candidates {
  /** Signal indices, ascending. */
  ids: readonly number[];
  /** The distinct openings of more than three characters that fit the key, of all the ids. */
  openings: readonly string[];
  /**
   * Per id: its openings of more than three characters that fit the key (the text must start with one),
   * as indices into `openings`; null when the key is enough. Many signals share one ("customer"): each
   * is compared with the text once per word.
   */
  longer: readonly (readonly number[] | null)[];
}

let openings: Openings | null = null;

function catalogOpenings(): Openings {
  if (openings) return openings;
  const signals = allCompiledSignals();
  const three = new Map<number, number[]>();
  const two = new Map<number, number[]>();
  const one = new Map<number, number[]>();
  const add = (m: Map<number, number[]>, k: number, i: number) => {
    const list = m.get(k);
    if (!list) m.set(k, [i]);
    else if (list[list.length - 1] !== i) list.push(i);
  };
  for (const s of signals) {
    for (const o of s.openings ?? []) {
      if (o.length >= 3) add(three, key3(o.charCodeAt(0), o.charCodeAt(1), o.charCodeAt(2)), s.index);
      else if (o.length === 2) add(two, (o.charCodeAt(0) << 7) | o.charCodeAt(1), s.index);
      else add(one, o.charCodeAt(0), s.index);
    }
  }
  openings = { signals, three, two, one, byKey: new Array(1 << 14), sticky: signals.map((s) => s.sticky), secondWords: signals.map((s) => s.secondWords), allOpen: signals.every((s) => s.openings !== null) };
  return openings;
}

const NONE: Candidates = { ids: [], openings: [], longer: [] };

/** Does an opening (lower-case letters and digits) fit a word whose first three folded characters are `key`? */
function fits(x: string, key: number): boolean {
  if (x.length >= 3) return key3(x.charCodeAt(0), x.charCodeAt(1), x.charCodeAt(2)) === key;
  if (x.length === 2) return key >> 7 === ((x.charCodeAt(0) << 7) | x.charCodeAt(1));
  return key >> 14 === x.charCodeAt(0);
}

function candidates(o: Openings, key: number): Candidates {
  const known = o.byKey[key >> 7]?.[key & 127];
  if (known) return known;
  const ids = [...new Set([...(o.three.get(key) ?? []), ...(o.two.get(key >> 7) ?? []), ...(o.one.get(key >> 14) ?? [])])].sort((a, b) => a - b);
  const distinct: string[] = [];
  const longer = ids.map((i) => {
    const fit = (o.signals[i]!.openings ?? []).filter((x) => fits(x, key));
    if (fit.some((x) => x.length <= 3)) return null;
    return fit.map((x) => (distinct.includes(x) ? distinct.indexOf(x) : distinct.push(x) - 1));
  });
  const c = ids.length === 0 ? NONE : { ids, openings: distinct, longer };
  (o.byKey[key >> 7] ??= new Array(128))[key & 127] = c;
  return c;
}

// What each of a word's longer openings gave, by index in its key's list: fitOk[k] holds the answer
// for openings[k] when fitWord[k] is the word's number (words are numbered across all scans). Scratch,
// grown to the longest list.
let fitWord = new Float64Array(0);
let fitOk = new Uint8Array(0);
let words = 0;

// Does the text at `at` start with one of the openings `wanted` indexes (ASCII-folded; their first three
// characters already agree)? Each opening is compared once per word (`word`: its number).
function opensWith(text: string, at: number, word: number, openings: readonly string[], wanted: readonly number[]): boolean {
  for (let w = 0; w < wanted.length; w++) {
    const k = wanted[w]!;
    if (fitWord[k] !== word) {
      const x = openings[k]!;
      let ok = 1;
      for (let c = 3; c < x.length; c++) {
        if (fold(text.charCodeAt(at + c)) !== x.charCodeAt(c)) {
          ok = 0;
          break;
        }
      }
      fitWord[k] = word;
      fitOk[k] = ok;
    }
    if (fitOk[k] === 1) return true;
  }
  return false;
}

// The separator a signal puts between two words (signal-pattern.ts SEP: space, tab, no-break space,
// hyphen, the Unicode dashes, slash).
function isSeparator(c: number): boolean {
  return c === 32 || c === 9 || c === 0xa0 || c === 45 || c === 47 || (c >= 0x2010 && c <= 0x2015);
}

/**
 * Where the second word starts when the word at `at` is followed by a run of separators (-1 when it is
 * not). A first word of letters matches only characters this loop steps over (ASCII letters and digits,
 * any non-ASCII character but a separator), so its match must end where the loop stops, at a separator.
 */
function secondWordAt(text: string, at: number): number {
  let p = at;
  for (; p < text.length; p++) {
    const c = text.charCodeAt(p);
    if (c < 128 ? !isAlnum(c) : isSeparator(c)) break;
  }
  if (p === text.length || !isSeparator(text.charCodeAt(p))) return -1;
  while (p < text.length && isSeparator(text.charCodeAt(p))) p++;
  return p;
}

// Does the text at `at` start with one of `openings` (ASCII-folded)?
function startsWithOne(text: string, at: number, openings: readonly string[]): boolean {
  outer: for (const x of openings) {
    for (let k = 0; k < x.length; k++) if (fold(text.charCodeAt(at + k)) !== x.charCodeAt(k)) continue outer;
    return true;
  }
  return false;
}

interface Matches {
  text: string;
  /** By signal index: flat start, end pairs, ascending. */
  bySignal: (number[] | undefined)[];
}

// The last section's matches, keyed by its ranges (one array per section scan) and text: the ranker
// reads each section once (a WeakMap entry per section cost more than it saved).
let last: (Matches & { ranges: SectionScan['ranges'] }) | null = null;

/**
 * Every signal's matches in the section, by signal index (flat start, end pairs, ascending; undefined:
 * none): the same as globalScan of each signal's regex over the section's ranges. Read only.
 */
export function signalMatches(scan: SectionScan): readonly (readonly number[] | undefined)[] {
  const bySignal = sectionMatches(scan);
  const { signals, allOpen } = catalogOpenings();
  // A signal without openings is not in the one pass (none in today's catalog): a global scan of its own.
  return allOpen ? bySignal : signals.map((s, i) => (s.openings === null ? globalScan(s.regex, scan.text, scan.ranges, []) : bySignal[i]));
}

function sectionMatches(scan: SectionScan): (number[] | undefined)[] {
  if (last && last.ranges === scan.ranges && last.text === scan.text) return last.bySignal;
  const bySignal = scanAll(catalogOpenings(), scan.text, scan.ranges);
  last = { ranges: scan.ranges, text: scan.text, bySignal };
  return bySignal;
}

// scanAll's per-signal state, reused from call to call (rangeOf is reset; lastEnd is read only where rangeOf is current).
let scratch = { lastEnd: new Float64Array(0), rangeOf: new Int32Array(0) };

function scanAll(o: Openings, text: string, ranges: SectionScan['ranges']): (number[] | undefined)[] {
  const n = o.signals.length;
  const bySignal: (number[] | undefined)[] = new Array(n);
  if (ranges.length === 0) return bySignal;
  // Per signal, as in a global scan of one range: where its last match ended (Infinity once a match
  // ran past the range end: nothing more in that range), valid only while `rangeOf` is the current range.
  if (scratch.rangeOf.length !== n) scratch = { lastEnd: new Float64Array(n), rangeOf: new Int32Array(n) };
  const { lastEnd, rangeOf } = scratch;
  rangeOf.fill(-1);
  let r = 0;
  let [s, e] = ranges[0]!;
  let prevWord = false;
  for (let at = 0; at < text.length; at++) {
    const c = text.charCodeAt(at);
    const wordStart = !prevWord && isAlnum(c);
    prevWord = isWordChar(c);
    if (!wordStart) continue;
    if (at >= e) {
      while (r < ranges.length && at >= ranges[r]![1]) r++;
      if (r === ranges.length) break;
      [s, e] = ranges[r]!;
    }
    if (at < s) continue;
    const { ids, openings: longOpenings, longer } = candidates(o, key3(fold(c), fold(text.charCodeAt(at + 1) || 0), fold(text.charCodeAt(at + 2) || 0)));
    if (longOpenings.length > fitWord.length) {
      fitWord = new Float64Array(longOpenings.length);
      fitOk = new Uint8Array(longOpenings.length);
    }
    const word = ++words;
    // The next word's start, found when a candidate first asks (-2: not yet).
    let second = -2;
    for (let j = 0; j < ids.length; j++) {
      const i = ids[j]!;
      if (rangeOf[i] === r && at < lastEnd[i]!) continue;
      const rest = longer[j];
      if (rest && !opensWith(text, at, word, longOpenings, rest)) continue;
      const next = o.secondWords[i];
      if (next) {
        if (second === -2) second = secondWordAt(text, at);
        if (second < 0 || !startsWithOne(text, second, next)) continue;
      }
      // test(), not exec(): no match array; a sticky regex leaves lastIndex at the match end.
      const re = o.sticky[i]!;
      re.lastIndex = at;
      if (!re.test(text)) continue;
      const end = re.lastIndex;
      if (end === at) continue;
      rangeOf[i] = r;
      lastEnd[i] = end > e ? Infinity : end;
      if (end <= e) {
        const found = bySignal[i];
        if (found) found.push(at, end);
        else bySignal[i] = [at, end];
      }
    }
  }
  return bySignal;
}
