// Making evidence read well: the matched phrase widened or trimmed to whole words a reader would
// quote ("simple and" → "simple and robust", "to own the" → "own the roadmap"), and the clause or
// sentence around it, bounded, so a UI can show the phrase highlighted in its setting. Everything
// is offsets into the section text; the "…" marks for a cut-off context exist only in evidenceQuote.

/** The longest context quoted around a phrase, in characters. */
export const MAX_CONTEXT_CHARS = 200;
/** How far to look for a sentence boundary before giving up (bounds the work on unpunctuated text). */
const LOOK = 400;
/** A cut context gives up at most this many characters to start or end at a clause break. */
const SNAP = 40;

import type { EvidenceContext } from './evidence';

export type { EvidenceContext };

// A phrase ending in one of these leaves the reader hanging: "knowledge of", "partner with".
const DANGLING = new Set([
  'a', 'an', 'the', 'of', 'to', 'on', 'in', 'at', 'by', 'for', 'and', 'or', 'with', 'from', 'our', 'your',
  'their', 'its', 'his', 'her', 'my', 'as', 'into', 'onto', 'across', 'about', 'over', 'within', 'between',
  'through', 'via', 'per', 'than', 'both', 'either', 'this', 'these', 'that', 'those', 'all', 'any', 'each',
  'every', 'some', 'many', 'other', 'new',
]);
// Words that end a widened phrase: a clause or a new idea starts there.
const STOP = new Set([...DANGLING, 'is', 'are', 'be', 'was', 'were', 'will', 'can', 'who', 'which', 'while', 'where', 'when', 'so', 'but', 'not', 'including', 'such', 'like', 'etc']);
// Leading words dropped when more follows: "you own the", "will own", "to own and".
const LEADING = new Set(['you', 'we', 'will', 'to', 'and', 'or', 'the', 'a', 'an']);

const WORD = /[A-Za-z0-9\u00c0-\u024f][A-Za-z0-9\u00c0-\u024f'’]*(?:[-\u2010\u2011][A-Za-z0-9\u00c0-\u024f]+)*/y;
const LETTER = /[A-Za-z0-9\u00c0-\u024f]/;

function isSpace(c: string | undefined): boolean {
  return c === ' ' || c === '\t' || c === '\u00a0';
}

/** The word at `at` (after spaces/tabs only, never across a line or punctuation), or null. */
function wordAfter(text: string, at: number): { start: number; end: number; word: string } | null {
  let i = at;
  if (!isSpace(text[i])) return null;
  while (isSpace(text[i])) i++;
  WORD.lastIndex = i;
  const m = WORD.exec(text);
  return m ? { start: i, end: i + m[0].length, word: m[0] } : null;
}

/** [start, end) of each word of text[start, end). */
function wordsIn(text: string, start: number, end: number): [number, number][] {
  const out: [number, number][] = [];
  let i = start;
  while (i < end) {
    if (!LETTER.test(text[i] ?? '')) {
      i++;
      continue;
    }
    WORD.lastIndex = i;
    const m = WORD.exec(text);
    const e = Math.min(end, i + (m?.[0].length ?? 1));
    out.push([i, e]);
    i = e;
  }
  return out;
}

const lower = (text: string, [s, e]: [number, number]) => text.slice(s, e).toLowerCase();

/**
 * The phrase a reader would quote for a match at [start, end): leading "you/will/to" dropped, a
 * dangling end ("knowledge of") carried on to the words it introduces ("knowledge of SQL"), or, where
 * nothing follows on the same line, trimmed back ("partner with" → "partner"). Never empty, never
 * outside a single line; returns the match unchanged when it has no dangling edge.
 */
export function readablePhrase(text: string, start: number, end: number): [number, number] {
  // Whole hyphenated words: "decision" in "decision-making", "starter" in "self-starter".
  while (/[-\u2010\u2011]/.test(text[end] ?? '') && LETTER.test(text[end + 1] ?? '')) {
    end += 1;
    while (LETTER.test(text[end] ?? '')) end++;
  }
  while (/[-\u2010\u2011]/.test(text[start - 1] ?? '') && LETTER.test(text[start - 2] ?? '')) {
    start -= 1;
    while (LETTER.test(text[start - 1] ?? '')) start--;
  }
  const words = wordsIn(text, start, end);
  if (words.length === 0) return [start, end];
  while (words.length > 1 && LEADING.has(lower(text, words[0]!))) words.shift();
  let s = words[0]![0];
  let e = words[words.length - 1]![1];
  if (!DANGLING.has(lower(text, words[words.length - 1]!))) return [s, e];
  // Carry on through function words to at most two content words ("knowledge of the AWS stack"),
  // three when joined by "and"/"or" ("scalable and innovative solutions"); after a dangling "and"
  // just the word it joins ("simple and robust", "own and drive").
  const tail = lower(text, words[words.length - 1]!);
  let content = 0;
  let limit = tail === 'and' || tail === 'or' ? 1 : 2;
  let at = e;
  for (let guard = 0; guard < 8 && content < limit; guard++) {
    const next = wordAfter(text, at);
    if (!next) break;
    const w = next.word.toLowerCase();
    if (content > 0 && (w === 'and' || w === 'or') && limit === 2) {
      limit = 3;
      at = next.end;
      continue;
    }
    if (content > 0 && STOP.has(w)) break;
    if (content === 0 && STOP.has(w) && !DANGLING.has(w)) break;
    at = next.end;
    if (!DANGLING.has(w)) {
      content++;
      e = at;
    }
  }
  if (content > 0) return [s, e];
  // Nothing to carry on to: drop the dangling words instead (but keep one word).
  while (words.length > 1 && DANGLING.has(lower(text, words[words.length - 1]!))) words.pop();
  s = words[0]![0];
  e = words[words.length - 1]![1];
  return [s, e];
}

const ABBREVIATIONS = new Set(['e.g', 'i.e', 'etc', 'vs', 'inc', 'incl', 'approx', 'dept', 'u.s', 'mr', 'ms', 'dr', 'jr', 'sr', 'no', 'st']);
const CLOSERS = '"”’\')]';
const BULLETS = '•·▪●◦‣∙';

// Is text[i] (one of . ! ?) the end of a sentence? Then returns the index just after it (and any
// closing quote or bracket); otherwise -1.
function sentenceEndAt(text: string, i: number): number {
  let j = i + 1;
  while (j < text.length && CLOSERS.includes(text[j]!)) j++;
  if (j < text.length && !/\s/.test(text[j]!)) return -1;
  if (text[i] === '.') {
    const before = /[A-Za-z.]+$/.exec(text.slice(Math.max(0, i - 8), i))?.[0].toLowerCase() ?? '';
    // An abbreviation, an initial, or initials ("J.D. Power", "U.S. teams").
    if (ABBREVIATIONS.has(before) || /^[a-z]$/.test(before) || /^(?:[a-z]\.)+[a-z]$/.test(before)) return -1;
    let k = j;
    while (k < text.length && /[ \t]/.test(text[k]!)) k++;
    // "... we want": a lower-case word after the full stop continues the sentence.
    if (k < text.length && /[a-z]/.test(text[k]!)) return -1;
  }
  return j;
}

const BULLET_CODES = new Set([...BULLETS].map((c) => c.charCodeAt(0)));

// Line breaks and bullet characters always end a sentence. (The lowest bullet is "·", U+00B7.)
function isHardBreak(c: number): boolean {
  return c === 10 || c === 13 || (c >= 0xb7 && BULLET_CODES.has(c));
}

function isTerminator(c: number): boolean {
  return c === 46 || c === 33 || c === 63; // . ! ?
}

/** [start, end) of the sentence, line or bullet around [start, end); `found*` false when cut at LOOK. */
function sentenceAround(text: string, start: number, end: number): { s: number; e: number; foundS: boolean; foundE: boolean } {
  const from = Math.max(0, start - LOOK);
  let s = from;
  let foundS = s === 0;
  for (let i = start - 1; i >= from; i--) {
    const c = text.charCodeAt(i);
    if (isHardBreak(c)) {
      s = i + 1;
      foundS = true;
      break;
    }
    if (isTerminator(c) && i + 1 < start) {
      const after = sentenceEndAt(text, i);
      if (after >= 0 && after <= start) {
        s = after;
        foundS = true;
        break;
      }
    }
  }
  const limit = Math.min(text.length, end + LOOK);
  let e = limit;
  let foundE = limit === text.length;
  for (let i = end; i < limit; i++) {
    const c = text.charCodeAt(i);
    if (isHardBreak(c)) {
      e = i;
      foundE = true;
      break;
    }
    if (isTerminator(c)) {
      const after = sentenceEndAt(text, i);
      if (after >= 0) {
        e = after;
        foundE = true;
        break;
      }
    }
  }
  return { s, e, foundS, foundE };
}

// Clause breaks inside a sentence: ", " "; " ": " and spaced dashes.
const CLAUSE_BREAK = /[,;:](?=\s)|\s[-\u2013\u2014]\s/g;

function trimRange(text: string, s: number, e: number): [number, number] {
  // Leading bullet markers ("- ", "* ", "1. ") and spaces; trailing spaces.
  for (;;) {
    while (s < e && /\s/.test(text[s]!)) s++;
    const marker = /^(?:[-*•·▪●◦‣∙]|\d{1,2}[.)])(?=\s)/.exec(text.slice(s, Math.min(e, s + 4)));
    if (!marker) break;
    s += marker[0].length;
  }
  while (e > s && /\s/.test(text[e - 1]!)) e--;
  return [s, e];
}

// Where a long sentence may be cut: after ", " "; " ": " or a spaced dash, and before an enumerator
// "(2.)" or "3)". Commas inside a list cut it too; a run of whole list items still reads as a clause.
const CLAUSE_EDGE = /[,;:](?=\s)|\s[-\u2013\u2014](?=\s)|\s(?=\(?\d{1,2}[.)]\)?\s)/g;
// A run must hold this much besides the phrase, or it is too thin to show what the work demands.
const MIN_RUN = 60;

/**
 * The longest run of whole clauses of the sentence [cs, ce) that holds the phrase and fits
 * MAX_CONTEXT_CHARS, growing from the phrase's own clause towards the sentence's start first (the verb
 * that governs the phrase), then its end; null when the phrase's clause alone is too long or the run
 * is too thin.
 */
function clauseRun(text: string, cs: number, ce: number, start: number, end: number): [number, number] | null {
  // Clause pieces as [start, end) between edges, and whether each edge is strong (; : dash, enumerator).
  const cuts: [number, number][] = [];
  const strong: boolean[] = [];
  let from = cs;
  CLAUSE_EDGE.lastIndex = 0;
  const body = text.slice(cs, ce);
  for (let m = CLAUSE_EDGE.exec(body); m; m = CLAUSE_EDGE.exec(body)) {
    const at = cs + m.index;
    // Never cut inside the phrase, nor inside brackets ("(e.g. Excel, Tableau)").
    if (at >= start && at < end) continue;
    if (depth(text, cs, at) > 0) continue;
    cuts.push([from, at]);
    strong.push(m[0] !== ',');
    from = at + m[0].length;
  }
  cuts.push([from, ce]);
  const pieces = cuts.map(([a, b]) => trimRange(text, a, b));
  let i = pieces.findIndex(([a, b]) => a <= start && end <= b);
  if (i < 0) return null;
  let j = i;
  const len = (a: number, b: number) => pieces[b]![1] - pieces[a]![0];
  if (len(i, j) > MAX_CONTEXT_CHARS) return null;
  // Grow within the phrase's own part of the sentence first (edges strong[k] sits between piece k and
  // k + 1), towards its start (the verb that governs the phrase), then across a ";", ":" or dash.
  for (const crossStrong of [false, true]) {
    for (;;) {
      if (i > 0 && (crossStrong || !strong[i - 1]) && len(i - 1, j) <= MAX_CONTEXT_CHARS) i--;
      else if (j < pieces.length - 1 && (crossStrong || !strong[j]) && len(i, j + 1) <= MAX_CONTEXT_CHARS) j++;
      else break;
    }
  }
  let [rs, re] = [pieces[i]![0], pieces[j]![1]];
  // The run ends on its last word, not on the mark that joined it to the next clause.
  while (re > end && /[,;:\s]/.test(text[re - 1]!)) re--;
  // A run that ends on a joining word ("…and", "…of the") stops before it.
  for (let guard = 0; guard < 3; guard++) {
    const last = /([A-Za-z]+)$/.exec(text.slice(rs, re));
    if (!last || !DANGLING.has(last[1]!.toLowerCase()) || re - last[1]!.length <= end) break;
    re -= last[1]!.length;
    while (re > end && /[,;:\s]/.test(text[re - 1]!)) re--;
  }
  if (rs >= re || re - rs - (end - start) < Math.min(MIN_RUN, ce - cs - (end - start))) return null;
  return [rs, re];
}

/** How many brackets are open at `at`, counting from `from`. */
function depth(text: string, from: number, at: number): number {
  let d = 0;
  for (let k = from; k < at; k++) {
    const c = text[k];
    if (c === '(' || c === '[') d++;
    else if ((c === ')' || c === ']') && d > 0) d--;
  }
  return d;
}

/**
 * The clause or sentence around the phrase at [start, end) of `text`, at most MAX_CONTEXT_CHARS long
 * (unless the phrase itself is longer), cut at sentence, bullet and line boundaries, then at clause
 * breaks, then at spaces.
 */
export function evidenceContext(text: string, start: number, end: number): EvidenceContext {
  const sentence = sentenceAround(text, start, end);
  const [ss, se] = trimRange(text, Math.min(sentence.s, start), Math.max(sentence.e, end));
  let [cs, ce] = [Math.min(ss, start), Math.max(se, end)];
  if (ce - cs > MAX_CONTEXT_CHARS) {
    const run = clauseRun(text, cs, ce, start, end);
    if (run) return { start: run[0], end: run[1], text: text.slice(run[0], run[1]) };
  }
  if (ce - cs > MAX_CONTEXT_CHARS) {
    // A window of whole words centred on the phrase, then snapped to a clause break near its edges.
    const room = Math.max(0, MAX_CONTEXT_CHARS - (end - start));
    let ws = Math.max(cs, start - (room >> 1));
    let we = Math.min(ce, end + (room - (start - ws)));
    ws = Math.max(cs, start - (room - (we - end)));
    if (ws > cs && ws < start && !/\s/.test(text[ws - 1]!)) {
      const space = text.slice(ws, start).search(/\s/);
      ws = space < 0 ? start : ws + space + 1;
    }
    if (we < ce && we > end && !/\s/.test(text[we]!)) {
      const space = text.slice(end, we).search(/\s\S*$/);
      we = space < 0 ? end : end + space;
    }
    let first: number | null = null;
    let last: number | null = null;
    CLAUSE_BREAK.lastIndex = 0;
    // One character past the window, so a break right at its end (", ") is seen.
    const body = text.slice(ws, Math.min(ce, we + 1));
    for (let m = CLAUSE_BREAK.exec(body); m; m = CLAUSE_BREAK.exec(body)) {
      const [bs, be] = [ws + m.index, ws + m.index + m[0].length];
      if (be <= start && first === null) first = be;
      if (bs >= end && bs <= we) last = bs;
    }
    // Only a short fragment is given up for a clean clause edge.
    if (first !== null && first - ws <= SNAP && ws > cs) ws = first;
    if (last !== null && we - last <= SNAP && we < ce) we = last;
    [cs, ce] = trimRange(text, ws, we);
    // A cut that ends on a clause mark reads as a stray comma: drop it.
    while (ce > end && /[,;:]/.test(text[ce - 1]!)) ce--;
    // Never lose the phrase to trimming.
    cs = Math.min(cs, start);
    ce = Math.max(ce, end);
  }
  return { start: cs, end: ce, text: text.slice(cs, ce) };
}

/** Does the context [start, end) stop short of its sentence at the start, at the end? */
function clipped(text: string, start: number, end: number): { before: boolean; after: boolean } {
  // Search from the context's last full stop (before any closing quote), so it is found.
  let last = end - 1;
  while (last > start && CLOSERS.includes(text[last]!)) last--;
  const sentence = sentenceAround(text, start, Math.max(start, last));
  const [ss, se] = trimRange(text, Math.min(sentence.s, start), Math.max(sentence.e, end));
  return { before: start > ss || !sentence.foundS, after: end < se || !sentence.foundE };
}

export interface EvidenceQuote {
  /** Context before the phrase, with a leading "…" when the context starts mid-sentence. */
  before: string;
  phrase: string;
  /** Context after the phrase, with a trailing "…" when the context stops mid-sentence. */
  after: string;
}

/**
 * Display helper: the phrase in its context, split for highlighting, with "…" where the context
 * stops short of its sentence. `sectionText` is the text the offsets index (sectionText(posting,
 * evidence.section)). Evidence without a usable context (older saved plans) quotes the phrase alone.
 */
export function evidenceQuote(
  sectionText: string,
  ev: { start: number; end: number; text: string; context?: EvidenceContext | undefined },
): EvidenceQuote {
  const c = ev.context;
  const fits =
    c !== undefined &&
    c.start <= ev.start &&
    ev.end <= c.end &&
    sectionText.slice(c.start, c.end) === c.text &&
    sectionText.slice(ev.start, ev.end) === ev.text;
  if (!fits) return { before: '', phrase: ev.text, after: '' };
  const cut = clipped(sectionText, c.start, c.end);
  return {
    before: (cut.before ? '…' : '') + sectionText.slice(c.start, ev.start),
    phrase: ev.text,
    after: sectionText.slice(ev.end, c.end) + (cut.after ? '…' : ''),
  };
}
