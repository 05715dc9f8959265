// The fast counters in posting-quality.ts must count exactly what the plain Unicode regexes count.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { postingFromRecord } from '../../../core/posting-from-record';
import { countCjk, countWords } from '../../../core/posting-quality';
import { SECTIONS, sectionText } from '../../../core/posting-sections';
import { records } from './helpers';

const wordsByRegex = (t: string) => t.match(/[\p{L}\p{N}]+/gu)?.length ?? 0;
const cjkByRegex = (t: string) => t.match(/[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}\p{Script=Hangul}]/gu)?.length ?? 0;

describe('countWords and countCjk', () => {
  it('agree with the regexes on every real posting', () => {
    let words = 0;
    for (const r of [...records('postings.jsonl'), ...records('qualifications-only.jsonl')]) {
      const p = postingFromRecord(r);
      const body = SECTIONS.map((s) => sectionText(p, s)).join('\n');
      expect(countWords(body)).toBe(wordsByRegex(body));
      expect(countCjk(body)).toBe(cjkByRegex(body));
      words += countWords(body);
    }
    expect(words).toBeGreaterThan(10_000);
  });

  it('agree on hand-checked text: Japanese, German, emoji, lone surrogates', () => {
    expect(countWords('Wir suchen Größe, 42 Kunden!')).toBe(5);
    expect(countCjk('お客様のために新しい')).toBe(10);
    expect(countWords('a😀b 𝔄x \ud800 c')).toBe(4); // "a", "b", "𝔄x" (a letter outside the BMP), "c"
    expect(countCjk('Amazon “quotes” ’s – no CJK')).toBe(0);
  });

  it('agree on arbitrary Unicode text', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'binary', maxLength: 80 }), fc.string({ unit: 'grapheme', maxLength: 40 }), (a, b) => {
        const t = a + b;
        expect(countWords(t)).toBe(wordsByRegex(t));
        expect(countCjk(t)).toBe(cjkByRegex(t));
      }),
      { numRuns: 500, seed: 20251126 },
    );
  });

  it('the CJK pre-test covers every Han, Hiragana, Katakana and Hangul character', () => {
    for (let cp = 0; cp <= 0x10ffff; cp++) {
      if (cp >= 0xd800 && cp <= 0xdfff) continue;
      const ch = String.fromCodePoint(cp);
      if (cjkByRegex(ch) === 1) expect(countCjk(ch), `U+${cp.toString(16)}`).toBe(1);
    }
  });
});
