// The readers' lexicon: word stems → principles, learned by scripts/learn-lexicon.ts from the labels'
// evidence quotes, used to settle a sentence several principles' signals contend for.
import { describe, expect, it } from 'vitest';
import { LEARNED_LEXICON } from '../../../core/rank-principles';
import { pushStems, stem, stemsOf } from '../../../core/principle-lexicon';
import { PRINCIPLE_IDS } from '../../../core/principles';
import { MIN_POSTINGS, learnLexicon, lexiconIsCurrent } from '../../../scripts/learn-lexicon';
import { loadCases, readers } from '../../../scripts/lib/labelled-postings';

describe('principle lexicon', () => {
  it('is what the labels give today (core/principle-lexicon.data.ts is current)', () => {
    expect(lexiconIsCurrent()).toBe(true);
  });

  it('stems the forms of a word alike and skips stop words, short words and numbers', () => {
    expect(new Set(['analyze', 'analyzing', 'analyzed', 'analyzes'].map(stem)).size).toBe(1);
    expect(stem('mentors')).toBe(stem('mentor'));
    expect(stemsOf('Own the 5 best-practice reviews for 10x of our customers')).toEqual(['own', 'best', 'practic', 'review', stem('customers')]);
    expect(pushStems('abc 3rd x2y and', 0, 15, [])).toEqual(['abc']);
  });

  it('stems as the plain rule does (first fitting suffix in order) on every word of the fixtures and every suffix pile-up', () => {
    // The rule written plainly: the ...ysis/...thes pair, else the first suffix that leaves four letters.
    const suffixes = ['ations', 'ation', 'ative', 'ating', 'ated', 'ates', 'ate', 'ings', 'ing', 'ments', 'ment', 'ities', 'ity', 'ied', 'ies', 'ed', 'es', 'ly', 'er', 'ers', 's', 'e'];
    const plain = (w: string): string => {
      if (/(?:ys|th)[ei]s$/.test(w)) return w.slice(0, -2);
      const suf = suffixes.find((x) => w.length - x.length >= 4 && w.endsWith(x) && !(x === 's' && /[su]s$/.test(w)));
      if (!suf) return w;
      return suf === 'ies' || suf === 'ied' ? `${w.slice(0, -3)}y` : w.slice(0, -suf.length);
    };
    const words = new Set<string>();
    for (const c of loadCases()) for (const m of JSON.stringify(c.posting).matchAll(/[A-Za-z]+/g)) words.add(m[0].toLowerCase());
    const ends = ['', 's', 'es', 'is', 'ys', 'th', 'ss', 'us', 'ies', 'ied', 'e', 'ly', ...suffixes];
    for (const a of ['', 'a', 'ab', 'abcd', 'thes', 'ys']) for (const b of ends) for (const c of ends) words.add(a + b + c);
    expect(words.size).toBeGreaterThan(5000);
    for (const w of words) expect(stem(w), w).toBe(plain(w));
  });

  it('keeps only stems quoted in several different postings, with positive weights for known principles', () => {
    const cases = loadCases().filter((c) => c.label);
    const postingsOf = new Map<string, Set<string>>();
    for (const c of cases) {
      for (const r of readers(c.label!)) {
        for (const quote of Object.values(r.evidence ?? {})) {
          for (const s of stemsOf(quote ?? '')) (postingsOf.get(s) ?? postingsOf.set(s, new Set()).get(s)!).add(c.key);
        }
      }
    }
    expect(LEARNED_LEXICON.size).toBeGreaterThan(50);
    for (const [s, pairs] of LEARNED_LEXICON) {
      expect(postingsOf.get(s)?.size ?? 0).toBeGreaterThanOrEqual(MIN_POSTINGS);
      for (let k = 0; k < pairs.length; k += 2) {
        expect(PRINCIPLE_IDS[pairs[k]!]).toBeDefined();
        expect(pairs[k + 1]!).toBeGreaterThan(0);
      }
    }
  });

  it('learned without some postings, holds no stem those postings alone quoted (what the eval holds out is out)', () => {
    const cases = loadCases().filter((c) => c.label);
    const train = cases.filter((_, i) => i % 2 === 0);
    const quoted = new Set(train.flatMap((c) => readers(c.label!).flatMap((r) => Object.values(r.evidence ?? {}).flatMap((q) => stemsOf(q ?? '')))));
    const learned = learnLexicon(train);
    expect(learned.length).toBeGreaterThan(20);
    for (const [s] of learned) expect(quoted.has(s)).toBe(true);
  });
});
