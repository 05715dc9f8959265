// What LoopReady cannot judge about a posting: too little text, a language its English signals do
// not read, text cut for size. Each finding becomes a plain-language note in the plan.
import type { Posting } from '../content/posting';
import { MAX_SECTION_CHARS, SECTIONS, sectionText } from './posting-sections';

export interface PostingQuality {
  words: number;
  thin: boolean;
  english: boolean;
  truncated: boolean;
  notes: string[];
}

export const THIN_WORDS = 40;
const ENGLISH_WORDS = /\b(?:the|and|to|of|with|you|for|in|our|we|a|is|will|are|experience)\b/gi;

export function assessPosting(posting: Posting): PostingQuality {
  const body = SECTIONS.filter((s) => s !== 'title')
    .map((s) => sectionText(posting, s))
    .join('\n');
  const sample = body.slice(0, 20_000);
  const words = sample.match(/[\p{L}\p{N}]+/gu)?.length ?? 0;
  // CJK scripts have no spaces, so count their characters as words too.
  const cjk = sample.match(/[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}\p{Script=Hangul}]/gu)?.length ?? 0;
  const english = sample.match(ENGLISH_WORDS)?.length ?? 0;
  const totalWords = body.length > 20_000 ? Math.round((words * body.length) / 20_000) : words;
  const thin = totalWords + cjk < THIN_WORDS;
  const isEnglish = thin ? true : cjk < words && english / Math.max(1, words) >= 0.08;
  const truncated = SECTIONS.some((s) => sectionText(posting, s).length > MAX_SECTION_CHARS);
  const notes: string[] = [];
  if (thin) notes.push('Too little text to rank principles; showing the general plan for the role family.');
  else if (!isEnglish)
    notes.push(
      'The posting does not appear to be in English. LoopReady reads English phrasing only, so the principle ranking rests mostly on the role family, not the text.',
    );
  if (truncated)
    notes.push(`The posting is very long; only the first ${MAX_SECTION_CHARS.toLocaleString('en')} characters of each section were read.`);
  if (!posting.title) notes.push('The posting has no title, so the role family was judged from the text alone.');
  return { words: totalWords + cjk, thin, english: isEnglish, truncated, notes };
}
