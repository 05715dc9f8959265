// Applications for the UI tests, built from the real postings (tests/fixtures/postings, unchanged
// copies) through postingFromRecord as an import would, with histories that follow the state machine.
// Read by path, not `new URL(import.meta.url)`: under happy-dom, URL is happy-dom's and fs refuses it.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Posting } from '../../../core/posting';
import type { Application } from '../../../core/application';
import { postingFromRecord } from '../../../core/posting-from-record';
import type { Status } from '../../../core/status';

export const DAY = 86_400_000;
/** 2026-03-02 09:00 local time: a fixed "now". */
export const T0 = new Date(2026, 2, 2, 9, 0, 0).getTime();

const POSTINGS: Posting[] = readFileSync(join(process.cwd(), 'tests/fixtures/postings/postings.jsonl'), 'utf8')
  .split('\n')
  .filter((l) => l.trim())
  .map((l) => postingFromRecord(JSON.parse(l)));

export function postingOf(jobId: string): Posting {
  const p = POSTINGS.find((x) => x.jobId === jobId);
  if (!p) throw new Error(`no posting ${jobId} in postings.jsonl`);
  return p;
}

export function appOf(jobId: string, path: Status[] = ['saved'], extra: Partial<Application> = {}): Application {
  const history = path.map((to, i) => ({
    from: i === 0 ? null : path[i - 1]!,
    to,
    at: T0 + i * DAY,
    prevNextFollowUpAt: null,
    prevFollowUpCount: 0,
  }));
  return {
    jobId,
    posting: postingOf(jobId),
    status: path.at(-1)!,
    history,
    notes: [],
    contacts: [],
    nextFollowUpAt: null,
    followUpCount: 0,
    notifiedDueAt: null,
    savedAt: T0,
    updatedAt: history.at(-1)!.at,
    postingChangedAt: null,
    postingChanges: [],
    closedAt: null,
    planState: { checked: [], starNotes: {} },
    ...extra,
  };
}
