// A tracked application: one amazon.jobs job the candidate saved, with the posting as it was when
// saved, where the process stands, and what the candidate wrote down about it.
//
// Times are epoch milliseconds: they sort and index in IndexedDB as plain numbers, and `null`
// (not indexable) keeps an application out of the follow-up index when nothing is due.
import * as z from 'zod/mini';
import { AmazonJobsUrl, Posting, PostingField } from './posting';
import { FollowUpEvent } from './follow-up-event';
import { Status } from './status';
import { Timestamp } from './timestamp';

const Time = Timestamp;
const Text = (max: number) => z.string().check(z.maxLength(max));

export const StatusChange = z.object({
  /** null for the first entry (the save). */
  from: z.nullable(Status),
  to: Status,
  /** When it happened (the user may backdate: "I applied last Tuesday"). */
  at: Time,
  // What the change replaced, so undo restores the follow-up exactly.
  prevNextFollowUpAt: z.nullable(Time),
  prevFollowUpCount: z.number().check(z.int(), z.gte(0)),
});
export type StatusChange = z.infer<typeof StatusChange>;

/** A recruiter or coordinator, as the user typed it (no format enforced: half-typed is fine). */
export const Contact = z.object({
  name: Text(200),
  email: Text(320),
});
export type Contact = z.infer<typeof Contact>;

export const Note = z.object({
  at: Time,
  text: z.string().check(z.minLength(1), z.maxLength(20_000)),
});
export type Note = z.infer<typeof Note>;

/** Per-application prep progress, owned by the prep-plan UI: ticked checklist item ids, STAR notes by key. */
export const PlanState = z.object({
  checked: z.array(Text(200)),
  starNotes: z.record(Text(200), Text(20_000)),
});
export type PlanState = z.infer<typeof PlanState>;

export function emptyPlanState(): PlanState {
  return { checked: [], starNotes: {} };
}

/** A posting as stored with an application: shown as a link, so only an amazon.jobs https URL. */
export const StoredPosting = z.extend(Posting, { url: AmazonJobsUrl });

export const Application = z.object({
  /** The amazon.jobs job ID: the primary key. */
  jobId: z.string().check(z.regex(/^\d{1,12}$/)),
  /** The posting as extracted when saved (refreshed on revisits when it changed); its link is always amazon.jobs over https. */
  posting: StoredPosting,
  status: Status,
  /** Oldest first; the first entry is the save. */
  history: z.array(StatusChange).check(z.minLength(1)),
  notes: z.array(Note),
  contacts: z.array(Contact),
  /** When to suggest following up; null when nothing is to be done. */
  nextFollowUpAt: z.nullable(Time),
  /** Follow-ups sent in the current stage without an answer. */
  followUpCount: z.number().check(z.int(), z.gte(0)),
  /** The nextFollowUpAt value a notification was last shown for: survives browser restarts. */
  notifiedDueAt: z.nullable(Time),
  savedAt: Time,
  updatedAt: Time,
  /** A revisit found the posting's content changed; `postingChanges` says which fields. */
  postingChangedAt: z.nullable(Time),
  postingChanges: z.array(PostingField),
  /** The posting page said the job is no longer available (the snapshot is kept). */
  closedAt: z.nullable(Time),
  planState: PlanState,
  /** Set when the follow-up was scheduled from an interview's end (absent in older records). */
  followUpFrom: z.optional(FollowUpEvent),
});
export type Application = z.infer<typeof Application>;
