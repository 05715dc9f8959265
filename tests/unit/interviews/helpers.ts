// Interviews for tests, on the real postings (tests/fixtures/postings/postings.jsonl) the tracking
// tests use. Times are fixed instants in named zones, never the machine's clock.
import type { InterviewDraft } from '../../../core/interview';
import { fromWallTime } from '../../../core/zoned-time';

export { DAY, T0, freshDb, freshDbs, postingOf, workerStore } from '../tracking/fixtures';

export const HOUR = 3_600_000;
export const MINUTE = 60_000;

/** An instant from a wall time in a zone ("2026-03-10", "10:00", "Europe/Berlin"). */
export function at(date: string, time: string, zone = 'Europe/Berlin'): number {
  const ms = fromWallTime({ date, time }, zone);
  if (ms === null) throw new Error(`bad wall time ${date} ${time} ${zone}`);
  return ms;
}

export function draftOf(jobId: string, start: number, extra: Partial<InterviewDraft> = {}): InterviewDraft {
  return {
    jobId,
    kind: 'phone-screen',
    start,
    timeZone: 'Europe/Berlin',
    durationMinutes: 60,
    mode: 'video',
    place: 'https://example.invalid/meeting/123 (link from the recruiter email)',
    interviewers: [{ name: 'Dana Lee', role: 'Senior Manager' }],
    sessions: [],
    thankYouWanted: false,
    ...extra,
  };
}
