// Text Amazon puts in every posting, or in every posting of a large organisation: the equal-opportunity,
// accommodation, privacy and pay paragraphs (recognised by how they open, boilerplate-openers.ts) and
// the recurring blocks (Why AWS, work/life balance, inclusive team culture, mentorship…), learned from
// the postings (scripts/learn-boilerplate.ts → boilerplate.data.ts): sentences that recur across many
// role families, and headings whose blocks are the same text wherever they appear. It mentions inventing, customers, mentoring
// and results, so counting it would rank every posting alike and quote company text as evidence.
import { BOILERPLATE_HEADINGS, BOILERPLATE_SENTENCES } from './boilerplate.data';
import { NOTICE_OPENERS } from './boilerplate-openers';

/** How a sentence is compared: lower case, straight quotes, single spaces, no bullet or trailing space. */
export function normalizeSentence(s: string): string {
  return s
    .toLowerCase()
    .replace(/[’‘]/g, "'")
    .replace(/[“”]/g, '"')
    .replace(/ & /g, ' and ')
    .replace(/^[\s\-*•·▪●◦‣∙]+/, '')
    .replace(/\s+/g, ' ')
    .trim();
}

// A sentence ends at a line break, or at . ! ? followed by space and an upper-case letter, digit or quote.
const SENTENCE_END = /\n|[.!?]["”’)]*[ \t]+(?=[A-Z0-9"“(])/g;
const SENTENCE_BREAK = new RegExp(SENTENCE_END.source);

/** True when sentenceSpans would split `text`: a line break, or a sentence end before a capital. */
export function hasSentenceBreak(text: string): boolean {
  return SENTENCE_BREAK.test(text);
}

/** [start, end) of each sentence or line of `text`, leading bullets and spaces excluded. */
export function sentenceSpans(text: string): [number, number][] {
  const out: [number, number][] = [];
  const push = (s: number, e: number) => {
    while (s < e && /[\s\-*•·▪●◦‣∙]/.test(text[s]!)) s++;
    while (e > s && /\s/.test(text[e - 1]!)) e--;
    if (e > s) out.push([s, e]);
  };
  let start = 0;
  SENTENCE_END.lastIndex = 0;
  for (let m = SENTENCE_END.exec(text); m; m = SENTENCE_END.exec(text)) {
    const end = m[0] === '\n' ? m.index : m.index + m[0].trimEnd().length;
    push(start, end);
    start = m.index + m[0].length;
  }
  push(start, text.length);
  return out;
}

/** A sub-head line: short, not a bullet, no closing punctuation ("Work/Life Balance", "Why AWS?"). */
export function isHeadingLine(line: string): boolean {
  const t = line.trim();
  return t.length > 0 && t.length <= 50 && !/[.,;!]$/.test(t) && !/^[-*•·▪●◦‣∙]/.test(t) && t.split(/\s+/).length <= 6;
}

const LEARNED = new Set(BOILERPLATE_SENTENCES);
// The first word of every learned sentence: most sentences start otherwise and skip normalising.
const FIRST_WORDS = new Set(BOILERPLATE_SENTENCES.map((s) => s.split(' ')[0]!));
const LEAD = /^[\s\-*•·▪●◦‣∙]*([^\s]*)/;

/** normalizeSentence(s)'s first word, without normalising the whole sentence. */
function firstWord(sentence: string): string {
  return (LEAD.exec(sentence)?.[1] ?? '').toLowerCase().replace(/[’‘]/g, "'").replace(/[“”]/g, '"');
}
const HEADINGS = new Set(BOILERPLATE_HEADINGS);
const OPENER = new RegExp(`^(?:${NOTICE_OPENERS.join('|')})`, 'i');

/** Is this one sentence standard text? */
export function isBoilerplateSentence(sentence: string): boolean {
  return OPENER.test(sentence.trimStart()) || (FIRST_WORDS.has(firstWord(sentence)) && LEARNED.has(normalizeSentence(sentence)));
}

// Blocks under a standard heading: from the heading to the next heading line (or the end).
function headedBlocks(text: string, out: [number, number][]): void {
  let block = -1;
  let at = 0;
  for (const line of text.split('\n')) {
    const end = at + line.length;
    if (isHeadingLine(line)) {
      if (block >= 0) out.push([block, at - 1]);
      block = HEADINGS.has(normalizeSentence(line)) ? at : -1;
    }
    at = end + 1;
  }
  if (block >= 0) out.push([block, text.length]);
}

/** [start, end) ranges of boilerplate in `text`, in order, overlapping and adjacent ones merged. */
export function boilerplateRanges(text: string, spans: readonly (readonly [number, number])[] = sentenceSpans(text)): [number, number][] {
  const found: [number, number][] = [];
  if (HEADINGS.size > 0) headedBlocks(text, found);
  for (const [s, e] of spans) if (isBoilerplateSentence(text.slice(s, e))) found.push([s, e]);
  found.sort((a, b) => a[0] - b[0]);
  const out: [number, number][] = [];
  for (const [s, e] of found) {
    const last = out[out.length - 1];
    if (last && (s <= last[1] || /^\s*$/.test(text.slice(last[1], s)))) last[1] = Math.max(last[1], e);
    else out.push([s, e]);
  }
  return out;
}

/** True for a paragraph that is wholly Amazon boilerplate. */
export function isBoilerplate(text: string): boolean {
  const t = text.trim();
  if (t === '') return false;
  const covered = boilerplateRanges(t).reduce((n, [s, e]) => n + (e - s), 0);
  return covered >= t.length * 0.8;
}
