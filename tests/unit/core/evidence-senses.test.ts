// A signal's word in another sense is never evidence: a library ("Scikit-learn"), electromagnetic
// emissions ("RF emissions (EMI)"), a facility's building automation system. Real postings, read in place.
import { describe, expect, it } from 'vitest';
import { rankPrinciples } from '../../../core/rank-principles';
import { externalPosting, externalRecords } from '../../../scripts/lib/labelled-postings';

const external = externalRecords();
const evidence = (id: string) => {
  const r = external.find((x) => x.job_id === id);
  if (!r) throw new Error(`no external record ${id}`);
  return rankPrinciples(externalPosting(r)).flatMap((p) => p.evidence.map((e) => ({ id: p.id, phrase: e.text })));
};

describe('words in another sense', () => {
  it('never reads "Scikit-learn" as learning (six data-science postings)', () => {
    for (const id of ['1375280', '1375277', '1375238', '1375236', '1375234', '1375233'])
      for (const e of evidence(id)) expect(e.phrase.toLowerCase(), `${id} ${e.id}`).not.toContain('learn');
  });

  it('never reads RF emissions (EMI) testing as environmental responsibility (job 1374692)', () => {
    expect(evidence('1374692').filter((e) => /emission/i.test(e.phrase))).toEqual([]);
  });

  it('never reads a building automation system as inventing (job 10562098)', () => {
    expect(evidence('10562098').filter((e) => /automat/i.test(e.phrase) && e.id === 'invent-and-simplify')).toEqual([]);
  });
});
