import { describe, expect, it } from 'vitest';
import { filterRows, sortRows, toRow, countByStage } from '../../../components/tracker/tracker-rows';
import { DAY, T0, appOf } from './helpers';

// From tests/fixtures/postings/postings.jsonl: 1496414 "SDE, AWS Security Dev Ops" (US, VA, Herndon, team
// team-sde-primary), 994952 "Senior Software Development Engineer" (US, VA, Herndon, same team), 3038134 "Sr BIE
// position 3P Selection, EU 3P Selection" (no location), 2790938 "Applied Scientist, EU INTech" (no location).
const apps = [
  appOf('1496414', ['saved', 'applied'], { nextFollowUpAt: T0 + 3 * DAY }),
  appOf('994952', ['saved'], { nextFollowUpAt: T0 - DAY, notes: [{ at: T0, text: 'Referral from Priya in AWS Identity' }] }),
  appOf('3038134', ['saved', 'applied', 'phone-screen'], { nextFollowUpAt: null, closedAt: T0 }),
  appOf('2790938', ['saved', 'withdrawn']),
];
const rows = apps.map(toRow);
const ids = (rs: { jobId: string }[]) => rs.map((r) => r.jobId);
const base = { text: '', stage: 'all' as const, dueOnly: false, now: T0 };

describe('tracker rows', () => {
  it('finds applications by location, title, team and notes, case-insensitively, every word required', () => {
    expect(ids(filterRows(rows, { ...base, text: 'herndon' }))).toEqual(['1496414', '994952']);
    expect(ids(filterRows(rows, { ...base, text: 'SELECTION' }))).toEqual(['3038134']);
    expect(ids(filterRows(rows, { ...base, text: 'team-sde-primary' }))).toEqual(['1496414', '994952']);
    expect(ids(filterRows(rows, { ...base, text: 'priya' }))).toEqual(['994952']);
    expect(ids(filterRows(rows, { ...base, text: 'herndon priya' }))).toEqual(['994952']);
    expect(filterRows(rows, { ...base, text: 'nowhere-to-be-found' })).toEqual([]);
  });

  it('filters by stage and by follow-up due now', () => {
    expect(ids(filterRows(rows, { ...base, stage: 'applied' }))).toEqual(['1496414']);
    expect(ids(filterRows(rows, { ...base, dueOnly: true }))).toEqual(['994952']);
    expect(ids(filterRows(rows, { ...base, dueOnly: true, now: T0 + 4 * DAY }))).toEqual(['1496414', '994952']);
  });

  it('sorts by follow-up date with unscheduled last, and by title', () => {
    expect(ids(sortRows([...rows], 'follow-up'))).toEqual(['994952', '1496414', '2790938', '3038134']);
    expect(ids(sortRows([...rows], 'title'))).toEqual(['2790938', '1496414', '994952', '3038134']);
  });

  it('marks closed postings and counts stages', () => {
    expect(rows.find((r) => r.jobId === '3038134')!.closed).toBe(true);
    const counts = countByStage(rows);
    expect([counts.saved, counts.applied, counts['phone-screen'], counts.withdrawn, counts.loop]).toEqual([1, 1, 1, 1, 0]);
  });
});
