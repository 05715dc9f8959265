import { describe, expect, it } from 'vitest';
import { companyLineRanges, isSelfDescription, sentencePieces, sentenceSpans } from '../../../core/boilerplate';
import { postingFromRecord } from '../../../core/posting-from-record';
import { PostingSentences } from '../../../core/posting-sentences';
import { isCultureLine } from '../../../core/sentence-subject';
import { records } from './helpers';

// The ranking asks whether the sentence around a hit is company text, judging only the sentences it
// asks about (PostingSentences.touches): the answer must be the one the whole list of such sentences gives.
describe('PostingSentences.touches', () => {
  const texts = records('postings.jsonl')
    .map((r) => postingFromRecord(r).description ?? '')
    .filter((t) => t.length > 0);
  const whole = (text: string, test: (s: string) => boolean) => sentencePieces(text, sentenceSpans(text)).filter(([s, e]) => test(text.slice(s, e)));
  const overlaps = (list: readonly (readonly [number, number])[], start: number, end: number) => list.some(([s, e]) => s < end && start < e);

  it('answers as the whole list does, for every stretch of every fixture description', () => {
    let held = 0;
    for (const text of texts) {
      const lists = { 'company-line': companyLineRanges(text), 'self-description': whole(text, isSelfDescription), culture: whole(text, isCultureLine) };
      const read = new PostingSentences(text);
      // Stretches of a few characters to a few sentences, across sentence and bullet edges.
      for (let start = 0; start < text.length; start += 37) {
        for (const len of [1, 12, 90, 400]) {
          const end = Math.min(text.length, start + len);
          for (const test of ['company-line', 'self-description', 'culture'] as const) {
            const want = overlaps(lists[test], start, end);
            expect(read.touches(test, start, end), `${test} ${start}-${end}`).toBe(want);
            if (want) held++;
          }
        }
      }
    }
    expect(held).toBeGreaterThan(100);
  });
});
