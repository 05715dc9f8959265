import { describe, expect, it } from 'vitest';
import { postingFromRecord } from '../../../core/posting-from-record';
import { rankPrinciples } from '../../../core/rank-principles';
import { records } from './helpers';

// rankPrinciples makes a principle's quotes when they are first read (a plan reads only its top
// principles'). Each principle's quotes leave out what a higher-ranked one quotes, so they must not
// depend on which principle is read first, and a copy or JSON of the ranking must carry them all.
describe('quotes made when read', () => {
  const postings = records('postings.jsonl').map((r) => postingFromRecord(r));

  it('gives the same quotes whatever order the principles are read in', () => {
    let quoted = 0;
    for (const p of postings) {
      const topDown = rankPrinciples(p).map((r) => r.evidence);
      const bottomUp = rankPrinciples(p);
      const read = [...bottomUp].reverse().map((r) => r.evidence).reverse();
      expect(read).toEqual(topDown);
      quoted += topDown.flat().length;
    }
    expect(quoted).toBeGreaterThan(postings.length);
  });

  it('carries every principle’s quotes in a copy and in JSON', () => {
    const p = postings.find((x) => (x.description ?? '').length > 2000)!;
    const ranked = rankPrinciples(p);
    const json = JSON.parse(JSON.stringify(ranked)) as { evidence: unknown[] }[];
    expect(json.map((r) => r.evidence)).toEqual(ranked.map((r) => r.evidence));
    expect(ranked.map((r) => ({ ...r }).evidence)).toEqual(ranked.map((r) => r.evidence));
    expect(structuredClone(ranked).map((r) => r.evidence)).toEqual(ranked.map((r) => r.evidence));
  });
});
