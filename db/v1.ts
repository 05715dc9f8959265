// The store as version 1 shipped it (kept so the migration to version 2 can be written and tested
// against real v1 data). Version 1 tracked one free-text note, one recruiter, and a `closed` flag,
// and its history entries only said which status was entered when.
import type { Posting } from '../core/posting';
import type { Status } from '../core/status';

export interface V1Application {
  jobId: string;
  posting: Posting;
  status: Status;
  history: { status: Status; at: number }[];
  note: string;
  recruiter: { name: string; email: string } | null;
  nextFollowUpAt: number | null;
  followUpCount: number;
  savedAt: number;
  closed: boolean;
}

export const V1_STORES = {
  applications: 'jobId, status, nextFollowUpAt, savedAt',
} as const;
