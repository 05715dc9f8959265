// normalizeSentence and isBoilerplateSentence skip the replaces a sentence would not be changed by;
// they must give what the plain chain of replaces gives, on every sentence of the fixtures and on
// sentences made to need each replace.
import { describe, expect, it } from 'vitest';
import { isBoilerplateSentence, normalizeSentence, sentenceSpans } from '../../../core/boilerplate';
import { BOILERPLATE_SENTENCES } from '../../../core/boilerplate.data';
import { NOTICE_OPENERS } from '../../../core/boilerplate-openers';
import { loadCases } from '../../../scripts/lib/labelled-postings';

// The rules written plainly.
const plainNormalize = (s: string) =>
  s.toLowerCase().replace(/[’‘]/g, "'").replace(/[“”]/g, '"').replace(/ & /g, ' and ').replace(/^[\s\-*•·▪●◦‣∙]+/, '').replace(/\s+/g, ' ').trim();
const learned = new Set(BOILERPLATE_SENTENCES);
const opener = new RegExp(`^(?:${NOTICE_OPENERS.join('|')})`, 'i');
const plainIsBoilerplate = (s: string) => opener.test(s.trimStart()) || learned.has(plainNormalize(s));

const sentences: string[] = [];
for (const { posting } of loadCases())
  for (const text of [posting.description ?? '', ...posting.basicQualifications, ...posting.preferredQualifications])
    for (const [s, e] of sentenceSpans(text)) sentences.push(text.slice(s, e));

describe('normalizeSentence and isBoilerplateSentence', () => {
  it('give what the plain replaces give, on sentences that need each of them', () => {
    for (const s of ['  • Amazon’s “Day 1” culture &  you', '\tWe\u00a0value\ndiversity', 'R & D', 'plain words', '', ' \u2028 Amazon is an equal opportunity employer'])
      expect(normalizeSentence(s), s).toBe(plainNormalize(s));
    expect(isBoilerplateSentence(' \u00a0\u2028Amazon is an equal opportunity employer')).toBe(true);
    expect(isBoilerplateSentence('x Amazon is an equal opportunity employer')).toBe(false);
  });

  it('on every sentence of the fixtures, and each learned sentence with curly quotes and uneven blanks', () => {
    const variants = BOILERPLATE_SENTENCES.flatMap((l) => [l, `  ${l.replace(/'/g, '’').replace(/ /g, '  ')}`, `• ${l.replace(/"/g, '“').replace(/ and /g, ' & ')}`]);
    let standard = 0;
    for (const s of [...sentences, ...variants]) {
      expect(normalizeSentence(s), s).toBe(plainNormalize(s));
      const is = isBoilerplateSentence(s);
      expect(is, s).toBe(plainIsBoilerplate(s));
      if (is) standard++;
    }
    expect(sentences.length).toBeGreaterThan(5000);
    expect(standard).toBeGreaterThan(BOILERPLATE_SENTENCES.length);
  });
});
