// What the readers' own evidence says a duty sentence is about. The labels quote, for each principle
// they chose, the words of the posting that made them choose it ("Develop, audit, and analyze risk
// metrics" for Dive Deep). scripts/learn-lexicon.ts turns those quotes into word-stem weights: how much
// more often a stem appears in quotes for one principle than its share of all quotes would predict,
// counted over different postings so no posting speaks for itself (principle-lexicon.data.ts).
//
// Here a sentence is read once: its content-word stems are looked up, their weights summed per
// principle, and the sentence votes for the one principle its words fit best. Numbers, masked text and
// the title's words never vote (the caller passes only the text ranges that may count).
import { PRINCIPLE_IDS } from './principles';

/** Stem → flat pairs [principle index, weight, …] (principle index into PRINCIPLE_IDS). */
export type Lexicon = ReadonlyMap<string, readonly number[]>;

/** Function words and words every posting uses: never a stem of the lexicon. */
export const STOP_WORDS: ReadonlySet<string> = new Set(
  (
    'a an the and or but nor of to in on at by for with from into onto over under as is are was were be been being am ' +
    'this that these those it its it’s it\'s their them they we our us you your yours he she his her who whom which what ' +
    'will would can could should may might must shall do does did done have has had having not no yes so than then too ' +
    'very also more most other others such any all each every both either neither some few many much same ' +
    'about above after again against before below between during through until up down out off only just ' +
    'there here where when why how if while because within without across per via etc e.g i.e ie eg ' +
    'amazon aws amazon’s amazon\'s role team teams job position candidate candidates ability able strong ' +
    'experience experienced years year work working one two new including include includes'
  ).split(/\s+/),
);

const SUFFIXES = ['ations', 'ation', 'ative', 'ating', 'ated', 'ates', 'ate', 'ings', 'ing', 'ments', 'ment', 'ities', 'ity', 'ied', 'ies', 'ed', 'es', 'ly', 'er', 'ers', 's', 'e'];
// The suffixes a word can end with, by its last letter (SUFFIXES' order kept): most words try two or three.
const SUFFIXES_BY_LAST = new Map<number, readonly string[]>();
for (const suf of SUFFIXES) {
  const last = suf.charCodeAt(suf.length - 1);
  SUFFIXES_BY_LAST.set(last, [...(SUFFIXES_BY_LAST.get(last) ?? []), suf]);
}

/** A light suffix-stripping stem ("analyze", "analyzing", "analyzed" → "analyz"). Input is lower case. */
export function stem(word: string): string {
  const n = word.length;
  // "analysis"/"analyses", "hypothesis"/"hypotheses": one stem (…ysis, …yses, …this, …thes).
  if (n >= 4 && word.charCodeAt(n - 1) === 115 /* s */) {
    const vowel = word.charCodeAt(n - 2);
    if (vowel === 101 || vowel === 105) {
      const pair = word.slice(n - 4, n - 2);
      if (pair === 'ys' || pair === 'th') return word.slice(0, -2);
    }
  }
  for (const suf of SUFFIXES_BY_LAST.get(word.charCodeAt(n - 1)) ?? []) {
    if (n - suf.length >= 4 && word.endsWith(suf)) {
      if (suf === 's' && /[su]s$/.test(word)) continue;
      if (suf === 'ies' || suf === 'ied') return word.slice(0, -3) + 'y';
      return word.slice(0, -suf.length);
    }
  }
  return word;
}

// Each lower-cased word's stem ('' for a stop word), worked out where it is read: a lookup in a table of
// every word seen costs more than the few suffix tests (the table outgrows the processor's caches).
function stemOf(word: string): string {
  return STOP_WORDS.has(word) ? '' : stem(word);
}

const isLetter = (c: number) => (c >= 97 && c <= 122) || (c >= 65 && c <= 90);
const isDigit = (c: number) => c >= 48 && c <= 57;

/**
 * Appends to `out` the stem of every content word in text[start, end): runs of ASCII letters (an
 * apostrophe or hyphen splits words), lower-cased, stop words and words of two letters skipped. A word
 * touching a digit is skipped (numbers are never evidence).
 */
export function pushStems(text: string, start: number, end: number, out: string[]): string[] {
  let i = start;
  while (i < end) {
    if (!isLetter(text.charCodeAt(i))) {
      i++;
      continue;
    }
    let j = i + 1;
    while (j < end && isLetter(text.charCodeAt(j))) j++;
    if (j - i > 2 && !(i > 0 && isDigit(text.charCodeAt(i - 1))) && !(j < text.length && isDigit(text.charCodeAt(j)))) {
      const s = stemOf(text.slice(i, j).toLowerCase());
      if (s !== '') out.push(s);
    }
    i = j;
  }
  return out;
}

/** The distinct stems of a phrase, in order of first appearance. */
export function stemsOf(text: string): string[] {
  return [...new Set(pushStems(text, 0, text.length, []))];
}

/**
 * Per-principle sums (indexed as PRINCIPLE_IDS) of the lexicon weights of the distinct stems in the
 * given ranges of `text`, leaving out stems in `exclude` (the title's words). `stems` is scratch space.
 */
export function lexiconScores(
  text: string,
  ranges: readonly (readonly [number, number])[],
  lexicon: Lexicon,
  out: Float64Array,
  stems: string[],
  exclude: ReadonlySet<string>,
): Float64Array {
  out.fill(0);
  stems.length = 0;
  for (const [s, e] of ranges) pushStems(text, s, e, stems);
  for (let k = 0; k < stems.length; k++) {
    const st = stems[k]!;
    if (exclude.has(st) || stems.indexOf(st) < k) continue;
    const pairs = lexicon.get(st);
    if (!pairs) continue;
    for (let q = 0; q < pairs.length; q += 2) out[pairs[q]!]! += pairs[q + 1]!;
  }
  return out;
}

export const PRINCIPLE_COUNT = PRINCIPLE_IDS.length;
