import { afterEach, describe, expect, it } from 'vitest';
import { Application } from '../../../core/application';
import {
  TrackingError,
  addNote,
  countDue,
  deleteApplication,
  dueFollowUps,
  getApplication,
  getTrackedStatuses,
  listRecent,
  markFollowedUp,
  markNotified,
  nextDueAfter,
  refreshSnapshot,
  saveApplication,
  setContacts,
  setFollowUpAt,
  setStatus,
  snooze,
  undoLastStatus,
} from '../../../db/applications';
import type { LoopReadyDb } from '../../../db/db';
import { updateSettings } from '../../../db/settings';
import { DAY, T0, freshDb, postingOf } from '../tracking/fixtures';

let db: LoopReadyDb;
afterEach(() => db?.close());

describe('saveApplication', () => {
  it('stores the posting snapshot with status saved and a dated first history entry', async () => {
    db = freshDb();
    const app = await saveApplication(db, postingOf('1496414'), T0);
    expect(Application.safeParse(app).success).toBe(true);
    const stored = await getApplication(db, '1496414');
    expect(stored).toEqual(app);
    expect(stored?.posting.title).toBe('SDE, AWS Security Dev Ops');
    expect(stored?.posting.locations).toEqual(['US, VA, Herndon']);
    expect(stored?.status).toBe('saved');
    expect(stored?.history).toEqual([{ from: null, to: 'saved', at: T0, prevNextFollowUpAt: null, prevFollowUpCount: 0 }]);
    expect(stored?.nextFollowUpAt).toBe(T0 + 7 * DAY);
    expect(stored?.savedAt).toBe(T0);
    expect(stored?.updatedAt).toBe(T0);
  });

  it('is idempotent by job ID: a second save returns the first record untouched', async () => {
    db = freshDb();
    const first = await saveApplication(db, postingOf('1496414'), T0);
    const again = await saveApplication(db, { ...postingOf('1496414'), title: 'Renamed' }, T0 + DAY);
    expect(again).toEqual(first);
    expect(await db.applications.count()).toBe(1);
  });

  it('yields one record when two tabs save the same job at the same moment', async () => {
    db = freshDb();
    const [a, b] = await Promise.all([
      saveApplication(db, postingOf('2790938'), T0),
      saveApplication(db, postingOf('2790938'), T0 + 5),
    ]);
    expect(await db.applications.count()).toBe(1);
    expect(a.savedAt).toBe(T0);
    expect(b).toEqual(a);
  });

  it('refuses a posting without a job ID and writes nothing', async () => {
    db = freshDb();
    await expect(saveApplication(db, { ...postingOf('1496414'), jobId: null }, T0)).rejects.toThrow(TrackingError);
    expect(await db.applications.count()).toBe(0);
  });
});

describe('status changes', () => {
  it('records each change with its date and schedules that stage’s follow-up', async () => {
    db = freshDb();
    await saveApplication(db, postingOf('1496414'), T0);
    const applied = await setStatus(db, '1496414', 'applied', T0 + DAY);
    expect(applied.status).toBe('applied');
    expect(applied.nextFollowUpAt).toBe(T0 + 15 * DAY);
    const screen = await setStatus(db, '1496414', 'phone-screen', T0 + 10 * DAY, T0 + 9 * DAY);
    expect(screen.history.map((h) => [h.from, h.to, h.at])).toEqual([
      [null, 'saved', T0],
      ['saved', 'applied', T0 + DAY],
      ['applied', 'phone-screen', T0 + 9 * DAY],
    ]);
    // Backdated: the week's wait counts from when it happened.
    expect(screen.nextFollowUpAt).toBe(T0 + 16 * DAY);
    expect(screen.updatedAt).toBe(T0 + 10 * DAY);
  });

  it('refuses a move the state machine does not allow, writing nothing', async () => {
    db = freshDb();
    await saveApplication(db, postingOf('1496414'), T0);
    await expect(setStatus(db, '1496414', 'offer', T0 + DAY)).rejects.toMatchObject({
      code: 'invalid-transition',
      message: 'Cannot go from "Saved" to "Offer"',
    });
    expect((await getApplication(db, '1496414'))?.status).toBe('saved');
  });

  it('refuses a change dated in the future and an unknown job', async () => {
    db = freshDb();
    await saveApplication(db, postingOf('1496414'), T0);
    await expect(setStatus(db, '1496414', 'applied', T0, T0 + DAY)).rejects.toMatchObject({ code: 'invalid-input' });
    await expect(setStatus(db, '999', 'applied', T0)).rejects.toMatchObject({ code: 'not-found', message: 'Job 999 is not tracked' });
  });

  it('clears the follow-up on a terminal status and undo restores it exactly', async () => {
    db = freshDb();
    await saveApplication(db, postingOf('1496414'), T0);
    await setStatus(db, '1496414', 'applied', T0 + DAY);
    await markFollowedUp(db, '1496414', T0 + 16 * DAY);
    const before = await getApplication(db, '1496414');
    expect(before?.followUpCount).toBe(1);
    expect(before?.nextFollowUpAt).toBe(T0 + 23 * DAY);

    const rejected = await setStatus(db, '1496414', 'rejected', T0 + 17 * DAY);
    expect(rejected.nextFollowUpAt).toBeNull();
    expect(rejected.followUpCount).toBe(0);

    const undone = await undoLastStatus(db, '1496414', T0 + 17 * DAY + 1);
    expect(undone.status).toBe('applied');
    expect(undone.nextFollowUpAt).toBe(T0 + 23 * DAY);
    expect(undone.followUpCount).toBe(1);
    expect(undone.history).toEqual(before?.history);
  });

  it('cannot undo the save itself', async () => {
    db = freshDb();
    await saveApplication(db, postingOf('1496414'), T0);
    await expect(undoLastStatus(db, '1496414', T0)).rejects.toMatchObject({ code: 'nothing-to-undo' });
  });
});

describe('notes, contacts, follow-ups', () => {
  it('adds dated notes, trimmed, and refuses an empty one', async () => {
    db = freshDb();
    await saveApplication(db, postingOf('1496414'), T0);
    await addNote(db, '1496414', '  Recruiter said the team is hiring two.  ', T0 + DAY);
    const app = await addNote(db, '1496414', 'Loop scheduled for the 20th', T0 + 2 * DAY);
    expect(app.notes).toEqual([
      { at: T0 + DAY, text: 'Recruiter said the team is hiring two.' },
      { at: T0 + 2 * DAY, text: 'Loop scheduled for the 20th' },
    ]);
    await expect(addNote(db, '1496414', '   ', T0)).rejects.toMatchObject({ code: 'invalid-input' });
  });

  it('keeps contacts as typed, dropping blank rows', async () => {
    db = freshDb();
    await saveApplication(db, postingOf('1496414'), T0);
    const app = await setContacts(
      db,
      '1496414',
      [{ name: 'Dana R.', email: 'dana@' }, { name: ' ', email: '' }, { name: '', email: 'coordinator@example.com' }],
      T0 + DAY,
    );
    expect(app.contacts).toEqual([{ name: 'Dana R.', email: 'dana@' }, { name: '', email: 'coordinator@example.com' }]);
  });

  it('snoozes by the settings’ default or a given number of days', async () => {
    db = freshDb();
    await saveApplication(db, postingOf('1496414'), T0);
    expect((await snooze(db, '1496414', T0 + DAY)).nextFollowUpAt).toBe(T0 + 4 * DAY);
    expect((await snooze(db, '1496414', T0 + DAY, 10)).nextFollowUpAt).toBe(T0 + 11 * DAY);
    await updateSettings(db, { snoozeDays: 2 });
    expect((await snooze(db, '1496414', T0 + DAY)).nextFollowUpAt).toBe(T0 + 3 * DAY);
  });

  it('refuses follow-up actions on a terminal status', async () => {
    db = freshDb();
    await saveApplication(db, postingOf('1496414'), T0);
    await setStatus(db, '1496414', 'withdrawn', T0 + DAY);
    await expect(snooze(db, '1496414', T0 + DAY)).rejects.toMatchObject({ message: '"Withdrawn" has no follow-up' });
    await expect(markFollowedUp(db, '1496414', T0 + DAY)).rejects.toMatchObject({ code: 'invalid-input' });
  });
});

describe('due follow-ups by index', () => {
  async function seed() {
    db = freshDb();
    await saveApplication(db, postingOf('1496414'), T0); // due T0+7d
    await saveApplication(db, postingOf('1497592'), T0 + DAY); // due T0+8d
    await saveApplication(db, postingOf('2790938'), T0);
    await setStatus(db, '2790938', 'applied', T0); // due T0+14d
    await saveApplication(db, postingOf('2798990'), T0);
    await setStatus(db, '2798990', 'withdrawn', T0); // none
  }

  it('returns exactly the due ones, earliest first, and counts them', async () => {
    await seed();
    expect((await dueFollowUps(db, T0 + 6 * DAY)).map((a) => a.jobId)).toEqual([]);
    expect((await dueFollowUps(db, T0 + 7 * DAY)).map((a) => a.jobId)).toEqual(['1496414']);
    expect((await dueFollowUps(db, T0 + 20 * DAY)).map((a) => a.jobId)).toEqual(['1496414', '1497592', '2790938']);
    expect(await countDue(db, T0 + 8 * DAY)).toBe(2);
    expect(await nextDueAfter(db, T0 + 7 * DAY)).toBe(T0 + 8 * DAY);
    expect(await nextDueAfter(db, T0 + 14 * DAY)).toBeNull();
  });

  it('marks notified only while the follow-up date is the one notified', async () => {
    await seed();
    await snooze(db, '1497592', T0 + 8 * DAY, 3);
    await markNotified(db, [
      { jobId: '1496414', nextFollowUpAt: T0 + 7 * DAY },
      { jobId: '1497592', nextFollowUpAt: T0 + 8 * DAY },
    ]);
    expect((await getApplication(db, '1496414'))?.notifiedDueAt).toBe(T0 + 7 * DAY);
    expect((await getApplication(db, '1496414'))?.updatedAt).toBe(T0);
    expect((await getApplication(db, '1497592'))?.notifiedDueAt).toBeNull();
  });

  it('lets the user set the follow-up date', async () => {
    await seed();
    await setFollowUpAt(db, '2790938', T0 - DAY, T0);
    expect((await dueFollowUps(db, T0)).map((a) => a.jobId)).toEqual(['2790938']);
  });
});

describe('tracker lists', () => {
  it('lists the most recently updated first, through the updatedAt index', async () => {
    db = freshDb();
    const ids = ['1496414', '1497592', '2790938', '2798990', '2877542'];
    for (const [i, id] of ids.entries()) await saveApplication(db, postingOf(id), T0 + i * DAY);
    await setStatus(db, '1496414', 'applied', T0 + 10 * DAY);
    await setStatus(db, '2790938', 'applied', T0 + 11 * DAY);

    expect((await listRecent(db, 2)).map((a) => a.jobId)).toEqual(['2790938', '1496414']);
    expect((await listRecent(db, 10)).map((a) => a.jobId)).toEqual(['2790938', '1496414', '2877542', '2798990', '1497592']);
    expect((await listRecent(db, 1)).map((a) => a.jobId)).toEqual(['2790938']);
  });

  it('answers listing badges for tracked IDs only, and deletes', async () => {
    db = freshDb();
    await saveApplication(db, postingOf('1496414'), T0);
    await saveApplication(db, postingOf('3038134'), T0);
    await setStatus(db, '3038134', 'applied', T0);
    expect(await getTrackedStatuses(db, ['3038134', '555', '1496414'])).toEqual({ '3038134': 'applied', '1496414': 'saved' });
    expect(await deleteApplication(db, '1496414')).toBe(true);
    expect(await deleteApplication(db, '1496414')).toBe(false);
    expect(await getApplication(db, '1496414')).toBeNull();
  });
});

describe('refreshSnapshot on a revisit', () => {
  it('does nothing for a job that is not tracked', async () => {
    db = freshDb();
    expect(await refreshSnapshot(db, postingOf('1496414'), T0)).toBeNull();
    expect(await db.applications.count()).toBe(0);
  });

  it('leaves an unchanged posting alone', async () => {
    db = freshDb();
    const saved = await saveApplication(db, postingOf('1496414'), T0);
    const r = await refreshSnapshot(db, postingOf('1496414'), T0 + DAY);
    expect(r).toEqual({ application: saved, changed: [], newlyClosed: false, written: false });
  });

  it('records which meaningful fields changed and updates the snapshot', async () => {
    db = freshDb();
    await saveApplication(db, postingOf('1496414'), T0);
    const seen = postingOf('1496414');
    seen.basicQualifications = [...seen.basicQualifications, 'Experience with Rust'];
    seen.url = 'https://www.amazon.jobs/de/jobs/1496414/sde-aws-security-dev-ops';
    const r = await refreshSnapshot(db, seen, T0 + DAY);
    expect(r?.changed).toEqual(['basicQualifications']);
    const stored = await getApplication(db, '1496414');
    expect(stored?.postingChangedAt).toBe(T0 + DAY);
    expect(stored?.postingChanges).toEqual(['basicQualifications']);
    expect(stored?.posting.basicQualifications.at(-1)).toBe('Experience with Rust');
  });

  it('keeps the snapshot of a closed posting and dates the closing once', async () => {
    db = freshDb();
    const saved = await saveApplication(db, postingOf('1496414'), T0);
    const closedPage = { ...postingOf('1496414'), title: null, description: null, basicQualifications: [], closed: true };
    const r = await refreshSnapshot(db, closedPage, T0 + 3 * DAY);
    expect(r?.newlyClosed).toBe(true);
    const stored = await getApplication(db, '1496414');
    expect(stored?.closedAt).toBe(T0 + 3 * DAY);
    expect(stored?.posting.title).toBe('SDE, AWS Security Dev Ops');
    expect(stored?.posting.description).toBe(saved.posting.description);
    expect(stored?.posting.closed).toBe(true);
    const again = await refreshSnapshot(db, closedPage, T0 + 4 * DAY);
    expect(again?.newlyClosed).toBe(false);
    expect((await getApplication(db, '1496414'))?.closedAt).toBe(T0 + 3 * DAY);
  });
});
