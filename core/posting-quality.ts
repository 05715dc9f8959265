// What LoopReady cannot judge about a posting: too little text, a language its English signals do
// not read, text cut for size. Each finding becomes a plain-language note in the plan.
import type { Posting } from './posting';
import { MAX_SECTION_CHARS, SECTIONS, sectionText } from './posting-sections';

/**
 * What the plan can rest on: the whole posting, only its qualifications (common in search results
 * and scraped copies), only its description, or too little text to read.
 */
export type PostingBasis = 'full' | 'qualifications-only' | 'description-only' | 'thin';

export interface PostingQuality {
  words: number;
  thin: boolean;
  basis: PostingBasis;
  english: boolean;
  truncated: boolean;
  notes: string[];
}

export const THIN_WORDS = 40;
const ENGLISH_WORDS = /\b(?:the|and|to|of|with|you|for|in|our|we|a|is|will|are|experience)\b/gi;
const LETTER_OR_NUMBER = /[\p{L}\p{N}]/uy;
const CJK = /[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}\p{Script=Hangul}]/gu;
// Every character of those four scripts lies in these ranges (astral ones start with a high
// surrogate); a text with none of them has no CJK character, and most postings have none.
const MAYBE_CJK = /[\u1100-\u11ff\u2e80-\u2fdf\u3000-\u9fff\ua960-\ua97f\uac00-\ud7ff\uf900-\ufaff\uff66-\uffdc\ud800-\udbff]/;

/**
 * How many runs of letters and digits `text` has: the count of /[\p{L}\p{N}]+/gu matches, without
 * building the array of matches (ASCII is classified inline; only other characters use the regex).
 */
export function countWords(text: string): number {
  let words = 0;
  let inWord = false;
  for (let i = 0; i < text.length; ) {
    const c = text.charCodeAt(i);
    let isWord: boolean;
    let step = 1;
    if (c < 128) isWord = (c >= 48 && c <= 57) || ((c | 32) >= 97 && (c | 32) <= 122);
    else {
      LETTER_OR_NUMBER.lastIndex = i;
      isWord = LETTER_OR_NUMBER.test(text);
      if (c >= 0xd800 && c <= 0xdbff) {
        const d = text.charCodeAt(i + 1);
        if (d >= 0xdc00 && d <= 0xdfff) step = 2;
      }
    }
    if (isWord && !inWord) words++;
    inWord = isWord;
    i += step;
  }
  return words;
}

/** How many characters of `text` are Han, Hiragana, Katakana or Hangul. */
export function countCjk(text: string): number {
  if (!MAYBE_CJK.test(text)) return 0;
  return text.match(CJK)?.length ?? 0;
}

// English when at least 8% of the words are common English ones: counted only until they are (no list of matches).
function mostlyEnglish(sample: string, words: number): boolean {
  let english = 0;
  ENGLISH_WORDS.lastIndex = 0;
  while (ENGLISH_WORDS.test(sample)) if (++english / Math.max(1, words) >= 0.08) return true;
  return false;
}

export function assessPosting(posting: Posting): PostingQuality {
  const body = SECTIONS.filter((s) => s !== 'title')
    .map((s) => sectionText(posting, s))
    .join('\n');
  const sample = body.slice(0, 20_000);
  const words = countWords(sample);
  // CJK scripts have no spaces, so count their characters as words too.
  const cjk = countCjk(sample);
  const totalWords = body.length > 20_000 ? Math.round((words * body.length) / 20_000) : words;
  const thin = totalWords + cjk < THIN_WORDS;
  const isEnglish = thin ? true : cjk < words && mostlyEnglish(sample, words);
  const truncated = SECTIONS.some((s) => sectionText(posting, s).length > MAX_SECTION_CHARS);
  // About 25 words of description or responsibilities: enough to say the posting has a description.
  const hasDescription = (posting.description?.trim().length ?? 0) + posting.responsibilities.join(' ').length >= 150;
  const hasQualifications = posting.basicQualifications.length + posting.preferredQualifications.length > 0;
  // A short qualifications list is still "only the qualifications": the plan says so in those words.
  const basis: PostingBasis =
    !hasDescription && hasQualifications ? 'qualifications-only' : thin ? 'thin' : !hasQualifications ? 'description-only' : 'full';
  const notes: string[] = [];
  if (basis === 'thin') notes.push('Too little text to rank principles; showing the general plan for the role family.');
  else if (!isEnglish)
    notes.push(
      'The posting does not appear to be in English. LoopReady reads English phrasing only, so the principle ranking rests mostly on the role family, not the text.',
    );
  if (truncated)
    notes.push(`The posting is very long; only the first ${MAX_SECTION_CHARS.toLocaleString('en')} characters of each section were read.`);
  if (!posting.title) notes.push('The posting has no title, so the role family was judged from the text alone.');
  return { words: totalWords + cjk, thin, basis, english: isEnglish, truncated, notes };
}
