// A sentence's coordinated clauses: "We foster an inclusive culture where bold ideas are welcomed | , and you
// own projects to completion." Two clauses joined by a coordinator are two statements, and readers credit
// each to its own principle; a list of nouns ("customers and partners") is one. A clause starts at the
// coordinator and ends where the next one starts; the sentence is its clauses, end to end.

/** A clause shorter than this many words is a list item or a phrase, not a demand of its own. */
export const CLAUSE_MIN_WORDS = 3;

// ", and you", ", but we", " while they": a coordinator whose clause has a subject of its own. Other
// boundaries were measured and dropped: a bare " and" or "; " joins list items as often as clauses
// ("relationships with internal and external partner teams"), and splitting there lowered the held-out
// rows; a verb's own test needs a part-of-speech tagger.
const BOUNDARY = /,?\s+(?:and|but|while|whilst)\s+(?=(?:you|we|they)\b)/g;

const WORDS = /[A-Za-z0-9][A-Za-z0-9'’-]*/g;

function wordCount(text: string, start: number, end: number): number {
  WORDS.lastIndex = 0;
  return text.slice(start, end).match(WORDS)?.length ?? 0;
}

/** The clauses of text[start, end), end to end; [[start, end]] when it has none to split. */
export function sentenceClauses(text: string, start: number, end: number): [number, number][] {
  const cuts: number[] = [];
  const sentence = text.slice(start, end);
  BOUNDARY.lastIndex = 0;
  let from = start;
  for (let m = BOUNDARY.exec(sentence); m; m = BOUNDARY.exec(sentence)) {
    const at = start + m.index;
    // Both sides long enough to be clauses of their own: the one before (since the last cut) and the
    // one after (to the sentence's end; a later cut is checked when it is found).
    if (wordCount(text, from, at) < CLAUSE_MIN_WORDS || wordCount(text, at + m[0].length, end) < CLAUSE_MIN_WORDS) continue;
    cuts.push(at);
    from = at;
  }
  const out: [number, number][] = [];
  let s = start;
  for (const c of cuts) {
    out.push([s, c]);
    s = c;
  }
  out.push([s, end]);
  return out;
}
