// A sentence no signal matched counts, weakly, for the principle the readers' lexicon reads in its words,
// when several of its words agree; it is never quoted. Real postings: ../shared/fixtures/external read
// in place, tests/fixtures for the internal ones.
import { describe, expect, it } from 'vitest';
import type { Posting } from '../../../core/posting';
import type { PrincipleId } from '../../../core/principles';
import { rankPrinciples, scoreEvidence } from '../../../core/rank-principles';
import { externalPosting, externalRecords } from '../../../scripts/lib/labelled-postings';
import { postingById } from './helpers';

const external = externalRecords();
const byId = (id: string): Posting => {
  const r = external.find((x) => x.job_id === id);
  if (!r) throw new Error(`no external record ${id}`);
  return externalPosting(r);
};

/** The sentences (text) each principle's counted hits lie in, for hits that carry no signal's cue. */
function counted(p: Posting, id: PrincipleId, lexicon?: null): string[] {
  const { scored, texts } = lexicon === null ? scoreEvidence(p, null) : scoreEvidence(p);
  return scored.find((s) => s.id === id)!.kept.map((h) => texts.get(h.section)!.slice(h.start, h.end));
}

describe('lexicon votes for sentences no signal matched', () => {
  it('counts a duty the signals miss for the principle its words name (2986755 "Own the delivery of…")', () => {
    const p = byId('2986755');
    expect(counted(p, 'ownership')).toContain('Own the delivery of a piece of a system or application');
    // Only through the readers' lexicon: without it the sentence counts for nothing.
    expect(counted(p, 'ownership', null)).not.toContain('Own the delivery of a piece of a system or application');
    // Counted, never quoted.
    for (const r of rankPrinciples(p)) for (const e of r.evidence) expect(e.context.text).not.toBe('Own the delivery of a piece of a system or application');
  });

  it('does not let one word vote: a degree line is not Are Right, A Lot for its "degree" (1497592)', () => {
    const p = postingById('1497592');
    const line = "Bachelor's Degree in Computer Science, Mathematics or Engineering or 5+ years development experience (non internship) in lieu of degree";
    expect(p.basicQualifications).toContain(line);
    expect(counted(p, 'are-right-a-lot')).not.toContain(line);
  });
});
