// Every read and write of tracked applications. Each write is one Dexie read-write transaction, so
// two tabs (or the popup and the tracker) acting at once cannot interleave half-done changes.
import { isAmazonJobsUrl } from '../core/amazon-jobs-url';
import type { Posting } from '../core/posting';
import { Contact, emptyPlanState, type Application, type PlanState } from '../core/application';
import { followUpAfterNudge, followUpAfterStatus, snoozeUntil } from '../core/follow-up';
import { changedFields, mergeSnapshot } from '../core/snapshot';
import { isSaneTime } from '../core/timestamp';
import { canTransition, isTerminal, STATUS_LABELS, type Status } from '../core/status';
import type { LoopReadyDb } from './db';
import { getSettings } from './settings';

export type TrackingErrorCode = 'not-found' | 'invalid-transition' | 'nothing-to-undo' | 'invalid-input' | 'stale-stage';

/** A refused change: nothing was written. The message is fit to show. */
export class TrackingError extends Error {
  constructor(
    readonly code: TrackingErrorCode,
    message: string,
  ) {
    super(message);
    this.name = 'TrackingError';
  }
}

async function mustGet(db: LoopReadyDb, jobId: string): Promise<Application> {
  const app = await db.applications.get(jobId);
  if (!app) throw new TrackingError('not-found', `Job ${jobId} is not tracked`);
  return app;
}

/** Read, change and write one application inside a single rw transaction. */
async function update(
  db: LoopReadyDb,
  jobId: string,
  change: (app: Application) => Application | Promise<Application>,
): Promise<Application> {
  return db.transaction('rw', db.applications, db.settings, async () => {
    const next = await change(await mustGet(db, jobId));
    await db.applications.put(next);
    return next;
  });
}

/**
 * Start tracking a posting (status "saved"), or return the existing record: saving twice, or from
 * two tabs at once, yields one record. IndexedDB runs rw transactions on the same store one after
 * the other, so the second save sees the first's record.
 */
export async function saveApplication(db: LoopReadyDb, posting: Posting, now: number): Promise<Application> {
  const jobId = posting.jobId;
  if (!jobId || !/^\d{1,12}$/.test(jobId)) {
    throw new TrackingError('invalid-input', 'This posting has no amazon.jobs job ID, so it cannot be tracked');
  }
  if (!isAmazonJobsUrl(posting.url)) {
    throw new TrackingError('invalid-input', 'This posting is not on amazon.jobs, so it cannot be tracked');
  }
  return db.transaction('rw', db.applications, db.settings, async () => {
    const existing = await db.applications.get(jobId);
    if (existing) return existing;
    const settings = await getSettings(db);
    const app: Application = {
      jobId,
      posting,
      status: 'saved',
      history: [{ from: null, to: 'saved', at: now, prevNextFollowUpAt: null, prevFollowUpCount: 0 }],
      notes: [],
      contacts: [],
      // A posting already closed when saved is kept for reference: closed now, nothing to follow up.
      nextFollowUpAt: posting.closed ? null : followUpAfterStatus('saved', now, settings),
      followUpCount: 0,
      notifiedDueAt: null,
      savedAt: now,
      updatedAt: now,
      postingChangedAt: null,
      postingChanges: [],
      closedAt: posting.closed ? now : null,
      planState: emptyPlanState(),
    };
    await db.applications.add(app);
    return app;
  });
}

export interface SnapshotRefresh {
  application: Application;
  /** Meaningful fields that differ from the saved snapshot (empty when nothing changed). */
  changed: string[];
  /** This visit is the one that found the posting closed. */
  newlyClosed: boolean;
  /** Something was stored (a change, a closing or a reopening). */
  written: boolean;
}

/**
 * A tracked posting was seen again. A closed page keeps the saved snapshot (a closed page shows
 * little) and records when it closed; an open page updates the snapshot and records what changed.
 * Returns null when the job is not tracked: revisits never create records.
 */
export async function refreshSnapshot(db: LoopReadyDb, posting: Posting, now: number): Promise<SnapshotRefresh | null> {
  const jobId = posting.jobId;
  if (!jobId) return null;
  return db.transaction('rw', db.applications, async () => {
    const app = await db.applications.get(jobId);
    if (!app) return null;
    if (posting.closed) {
      if (app.closedAt !== null) return { application: app, changed: [], newlyClosed: false, written: false };
      const next: Application = { ...app, closedAt: now, posting: { ...app.posting, closed: true }, updatedAt: now };
      await db.applications.put(next);
      return { application: next, changed: [], newlyClosed: true, written: true };
    }
    const changed = changedFields(app.posting, posting);
    const reopened = app.closedAt !== null;
    if (changed.length === 0 && !reopened) return { application: app, changed, newlyClosed: false, written: false };
    const next: Application = {
      ...app,
      posting: mergeSnapshot(app.posting, posting),
      closedAt: null,
      updatedAt: now,
      ...(changed.length > 0 ? { postingChangedAt: now, postingChanges: changed } : {}),
    };
    await db.applications.put(next);
    return { application: next, changed, newlyClosed: false, written: true };
  });
}

/** Move to a new status (dated `at`, default now) and schedule that stage's follow-up. */
/**
 * `from`: the stage the caller last saw. When the stored one differs (moved in another popup or the
 * tracker since), nothing is written: checked inside the write's transaction, so the last write
 * cannot silently win over a change the caller never saw.
 */
export async function setStatus(db: LoopReadyDb, jobId: string, to: Status, now: number, at: number = now, from?: Status): Promise<Application> {
  if (at > now) throw new TrackingError('invalid-input', 'A status change cannot be dated in the future');
  if (!isSaneTime(at)) throw new TrackingError('invalid-input', 'Pick a date between 2000 and 2100');
  return update(db, jobId, async (app) => {
    if (from !== undefined && app.status !== from) {
      throw new TrackingError('stale-stage', `Stage changed elsewhere: now ${STATUS_LABELS[app.status]}`);
    }
    if (!canTransition(app.status, to)) {
      throw new TrackingError(
        'invalid-transition',
        `Cannot go from "${STATUS_LABELS[app.status]}" to "${STATUS_LABELS[to]}"`,
      );
    }
    const settings = await getSettings(db);
    return {
      ...app,
      status: to,
      history: [
        ...app.history,
        { from: app.status, to, at, prevNextFollowUpAt: app.nextFollowUpAt, prevFollowUpCount: app.followUpCount },
      ],
      nextFollowUpAt: followUpAfterStatus(to, at, settings),
      followUpCount: 0,
      updatedAt: now,
    };
  });
}

/** Revert the last status change, restoring the follow-up it replaced. The save itself cannot be undone. */
export async function undoLastStatus(db: LoopReadyDb, jobId: string, now: number): Promise<Application> {
  return update(db, jobId, (app) => {
    const last = app.history.at(-1);
    if (!last || last.from === null || app.history.length < 2) {
      throw new TrackingError('nothing-to-undo', 'There is no status change to undo');
    }
    return {
      ...app,
      status: last.from,
      history: app.history.slice(0, -1),
      nextFollowUpAt: last.prevNextFollowUpAt,
      followUpCount: last.prevFollowUpCount,
      updatedAt: now,
    };
  });
}

export async function addNote(db: LoopReadyDb, jobId: string, text: string, now: number): Promise<Application> {
  const trimmed = text.trim();
  if (!trimmed) throw new TrackingError('invalid-input', 'A note cannot be empty');
  if (trimmed.length > 20_000) throw new TrackingError('invalid-input', 'A note can be at most 20,000 characters');
  return update(db, jobId, (app) => ({ ...app, notes: [...app.notes, { at: now, text: trimmed }], updatedAt: now }));
}

/** Replace the contact list with what the user typed (blank rows dropped). */
export async function setContacts(db: LoopReadyDb, jobId: string, contacts: Contact[], now: number): Promise<Application> {
  const kept: Contact[] = [];
  for (const [i, c] of contacts.entries()) {
    const parsed = Contact.safeParse({ name: c.name.trim(), email: c.email.trim() });
    if (!parsed.success) throw new TrackingError('invalid-input', `Contact ${i + 1}: name or email is too long`);
    if (parsed.data.name || parsed.data.email) kept.push(parsed.data);
  }
  return update(db, jobId, (app) => ({ ...app, contacts: kept, updatedAt: now }));
}

export async function setPlanState(db: LoopReadyDb, jobId: string, planState: PlanState, now: number): Promise<Application> {
  return update(db, jobId, (app) => ({ ...app, planState, updatedAt: now }));
}

function assertFollowsUp(app: Application): void {
  if (isTerminal(app.status)) {
    throw new TrackingError('invalid-input', `"${STATUS_LABELS[app.status]}" has no follow-up`);
  }
}

/** "Remind me later": push the follow-up `days` from now (the settings' snooze length by default). */
export async function snooze(db: LoopReadyDb, jobId: string, now: number, days?: number): Promise<Application> {
  return update(db, jobId, async (app) => {
    assertFollowsUp(app);
    const d = days ?? (await getSettings(db)).snoozeDays;
    if (!Number.isInteger(d) || d < 1 || d > 365) throw new TrackingError('invalid-input', 'Snooze for 1 to 365 days');
    return { ...app, nextFollowUpAt: snoozeUntil(now, d), updatedAt: now };
  });
}

/** "I followed up": count it and schedule the next check. */
export async function markFollowedUp(db: LoopReadyDb, jobId: string, now: number): Promise<Application> {
  return update(db, jobId, async (app) => {
    assertFollowsUp(app);
    const settings = await getSettings(db);
    return { ...app, followUpCount: app.followUpCount + 1, nextFollowUpAt: followUpAfterNudge(app.status, now, settings), updatedAt: now };
  });
}

/** Set the follow-up date the user picked. */
export async function setFollowUpAt(db: LoopReadyDb, jobId: string, at: number, now: number): Promise<Application> {
  if (!isSaneTime(at)) throw new TrackingError('invalid-input', 'Pick a date between 2000 and 2100');
  return update(db, jobId, (app) => {
    assertFollowsUp(app);
    return { ...app, nextFollowUpAt: at, updatedAt: now };
  });
}

/** Applications whose follow-up is due at `now`, earliest first (by the nextFollowUpAt index). */
export async function dueFollowUps(db: LoopReadyDb, now: number): Promise<Application[]> {
  return db.applications.where('nextFollowUpAt').belowOrEqual(now).toArray();
}

export async function countDue(db: LoopReadyDb, now: number): Promise<number> {
  return db.applications.where('nextFollowUpAt').belowOrEqual(now).count();
}

/** The earliest follow-up after `now`, to set an alarm for it; null when none is scheduled. */
export async function nextDueAfter(db: LoopReadyDb, now: number): Promise<number | null> {
  const first = await db.applications.where('nextFollowUpAt').above(now).first();
  return first?.nextFollowUpAt ?? null;
}

/** Upcoming follow-ups (due or not), earliest first, for the calendar export. */
export async function scheduledFollowUps(db: LoopReadyDb): Promise<Application[]> {
  return db.applications.where('nextFollowUpAt').aboveOrEqual(0).toArray();
}

/**
 * Record that a notification was shown for these due items. Only items whose follow-up is still the
 * one notified are marked (a snooze in between means the new date deserves its own reminder).
 * `updatedAt` is left alone: a reminder is not an edit.
 */
export async function markNotified(db: LoopReadyDb, items: { jobId: string; nextFollowUpAt: number }[]): Promise<void> {
  await db.transaction('rw', db.applications, async () => {
    for (const item of items) {
      await db.applications
        .where('jobId')
        .equals(item.jobId)
        .modify((app) => {
          if (app.nextFollowUpAt === item.nextFollowUpAt) app.notifiedDueAt = item.nextFollowUpAt;
        });
    }
  });
}

/** The `limit` most recently updated applications, newest first, read through the updatedAt index
 * (the tracker's first page, the popup's recent list). */
export async function listRecent(db: LoopReadyDb, limit: number): Promise<Application[]> {
  return db.applications.orderBy('updatedAt').reverse().limit(limit).toArray();
}

export async function getApplication(db: LoopReadyDb, jobId: string): Promise<Application | null> {
  return (await db.applications.get(jobId)) ?? null;
}

/** jobId -> status for those of `jobIds` that are tracked (listing badges). */
export async function getTrackedStatuses(db: LoopReadyDb, jobIds: string[]): Promise<Record<string, Status>> {
  const apps = await db.applications.bulkGet(jobIds);
  const out: Record<string, Status> = {};
  for (const app of apps) if (app) out[app.jobId] = app.status;
  return out;
}

export async function deleteApplication(db: LoopReadyDb, jobId: string): Promise<boolean> {
  return db.transaction('rw', db.applications, db.interviews, async () => {
    const existed = (await db.applications.get(jobId)) !== undefined;
    await db.applications.delete(jobId);
    // Its interviews go with it: no reminder for a job the user stopped tracking.
    await db.interviews.where('jobId').equals(jobId).delete();
    return existed;
  });
}
