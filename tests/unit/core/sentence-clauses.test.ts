import { describe, expect, it } from 'vitest';
import { sentenceClauses } from '../../../core/sentence-clauses';

const clauses = (s: string) => sentenceClauses(s, 0, s.length).map(([a, b]) => s.slice(a, b));

describe('sentenceClauses', () => {
  it('cuts where a coordinator starts a clause with a subject of its own (10562098)', () => {
    const s = 'We foster an inclusive culture where bold ideas are welcomed, and you own projects to completion.';
    expect(clauses(s)).toEqual(['We foster an inclusive culture where bold ideas are welcomed', ', and you own projects to completion.']);
  });

  it('cuts every such clause, end to end, at whole words', () => {
    const s = 'Our operational load is low and we need new software, but you will own it while they learn the domain.';
    const out = clauses(s);
    expect(out.join('')).toBe(s);
    expect(out).toHaveLength(4);
    for (const c of out.slice(1)) expect(c).toMatch(/^,? (?:and|but|while) /);
  });

  it('leaves lists and short phrases whole (1374696, 3057748)', () => {
    for (const s of [
      'Work with existing AWS business development and field organizations to engage with customers, and partners to execute joint go to market programs.',
      'Develop relationships with internal and external partner teams to enrich our collection of data.',
      'You will own the technical relationship with the customer and operate as their trusted advisor.',
      'Fast and we move.',
    ])
      expect(clauses(s)).toEqual([s]);
  });
});
