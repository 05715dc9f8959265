// Issue 11, items 1, 3 and 4 at the record boundary: a hostile or corrupt backup cannot plant an
// impossible time or a foreign link, and saving a closed posting records it as closed.
import { describe, expect, it } from 'vitest';
import { Application } from '../../../core/application';
import { BACKUP_FORMAT, parseBackup } from '../../../core/backup';
import { applicationsToCsv } from '../../../core/export-csv';
import { followUpsToIcs } from '../../../core/export-ics';
import { PracticeSession } from '../../../core/practice';
import { DEFAULT_SETTINGS } from '../../../core/settings';
import { Story } from '../../../core/story';
import { getApplication, saveApplication, setFollowUpAt, TrackingError } from '../../../db/applications';
import { DAY, T0, freshDbs, postingOf } from '../tracking/fixtures';

const db = freshDbs();

/** The largest time JavaScript can hold, plus one: `new Date(it)` is an Invalid Date. */
const BEYOND_DATE = 8_640_000_000_000_001;

async function savedApp(jobId = '1496414'): Promise<Application> {
  return saveApplication(db(), postingOf(jobId), T0);
}

function backupOf(...applications: unknown[]): string {
  return JSON.stringify({ format: BACKUP_FORMAT, version: 2, exportedAt: new Date(T0).toISOString(), applications, stories: [], settings: null, practice: [] });
}

describe('every stored time is a real date between 2000 and 2100', () => {
  const badTimes = [BEYOND_DATE, -1, 0, Date.UTC(1999, 11, 31), Date.UTC(2100, 0, 2), 1.5, Number.MAX_SAFE_INTEGER];

  it.each(['nextFollowUpAt', 'updatedAt', 'savedAt', 'closedAt', 'notifiedDueAt', 'postingChangedAt'] as const)(
    'refuses an application whose %s is out of range',
    async (field) => {
      const app = await savedApp();
      for (const t of badTimes) expect(Application.safeParse({ ...app, [field]: t }).success, `${field} = ${t}`).toBe(false);
      expect(Application.safeParse({ ...app, [field]: T0 + DAY }).success).toBe(true);
    },
  );

  it('refuses out-of-range times in history, notes, stories and practice sessions', async () => {
    const app = await savedApp();
    const history = [{ ...app.history[0]!, at: BEYOND_DATE }];
    expect(Application.safeParse({ ...app, history }).success).toBe(false);
    expect(Application.safeParse({ ...app, history: [{ ...app.history[0]!, prevNextFollowUpAt: BEYOND_DATE }] }).success).toBe(false);
    expect(Application.safeParse({ ...app, notes: [{ at: BEYOND_DATE, text: 'x' }] }).success).toBe(false);
    const story = { id: 's', title: 't', principles: [], situation: '', task: '', action: '', result: '', createdAt: T0, updatedAt: T0 };
    expect(Story.safeParse(story).success).toBe(true);
    expect(Story.safeParse({ ...story, updatedAt: BEYOND_DATE }).success).toBe(false);
    const session = { id: 'p', jobId: null, principle: 'ownership', question: 'q', rating: 3, elapsedMs: 1000, at: T0 };
    expect(PracticeSession.safeParse(session).success).toBe(true);
    expect(PracticeSession.safeParse({ ...session, at: -5 }).success).toBe(false);
  });

  it('refuses an impossible posted date in a stored posting', async () => {
    const app = await savedApp();
    expect(Application.safeParse({ ...app, posting: { ...app.posting, postedDate: '2025-07-18' } }).success).toBe(true);
    for (const d of ['2025-02-30', '9999-12-31', '1970-01-01', 'yesterday', ''])
      expect(Application.safeParse({ ...app, posting: { ...app.posting, postedDate: d } }).success, d).toBe(false);
  });

  it('a backup whose nextFollowUpAt is beyond any date is refused, naming the record and the field', async () => {
    const app = await savedApp();
    const result = parseBackup(backupOf({ ...app, nextFollowUpAt: BEYOND_DATE }));
    expect(result.ok).toBe(false);
    expect((result as { errors: string[] }).errors).toEqual([
      'Application “SDE, AWS Security Dev Ops” (job 1496414), nextFollowUpAt: too large (at most 4102444800000)',
    ]);
  });

  it('the store refuses a follow-up date outside the range', async () => {
    const d = db();
    await saveApplication(d, postingOf('1496414'), T0);
    await expect(setFollowUpAt(d, '1496414', BEYOND_DATE, T0)).rejects.toBeInstanceOf(TrackingError);
    expect((await getApplication(d, '1496414'))?.nextFollowUpAt).toBe(T0 + 7 * DAY);
  });
});

describe('posting links are https amazon.jobs URLs', () => {
  const foreign = ['javascript:alert(document.domain)', 'https://evil.example/login', 'http://www.amazon.jobs/en/jobs/1496414', 'https://amazon.jobs.evil.example/en/jobs/1', 'https://user:pw@www.amazon.jobs/en/jobs/1', 'data:text/html,hi'];

  it('a backup planting a foreign or script link is refused', async () => {
    const app = await savedApp();
    expect(parseBackup(backupOf(app)).ok).toBe(true);
    for (const url of foreign) {
      const result = parseBackup(backupOf({ ...app, posting: { ...app.posting, url } }));
      expect(result.ok, url).toBe(false);
      expect((result as { errors: string[] }).errors[0]).toContain('(job 1496414), posting.url');
    }
  });

  it('saving refuses a posting whose URL is not on amazon.jobs', async () => {
    const d = db();
    await expect(saveApplication(d, { ...postingOf('1496414'), url: 'https://evil.example/login' }, T0)).rejects.toBeInstanceOf(TrackingError);
    expect(await d.applications.count()).toBe(0);
  });

  it('exports leave out a foreign link kept from before, and the calendar export never shows a regular expression', async () => {
    const app = { ...(await savedApp()), posting: { ...(await savedApp()).posting, url: 'javascript:alert(document.domain)' } };
    const ics = followUpsToIcs([app], DEFAULT_SETTINGS, T0);
    expect(ics).toContain('BEGIN:VEVENT');
    expect(ics).not.toContain('javascript:');
    expect(applicationsToCsv([app])).not.toContain('javascript:');
    // A record the calendar library refuses for another reason: the message is words, not its validation internals.
    const broken = { ...app, posting: { ...app.posting, url: 'https://www.amazon.jobs/en/jobs/1496414' }, nextFollowUpAt: Number.NaN };
    let message = '';
    try {
      followUpsToIcs([broken], DEFAULT_SETTINGS, T0);
    } catch (err) {
      message = (err as Error).message;
    }
    expect(message).toMatch(/^Could not build the calendar file/);
    expect(message).not.toMatch(/[\\^$]|\(\?|\[a-z/);
  });
});

describe('saving a posting that is already closed', () => {
  it('records it as closed and schedules no follow-up', async () => {
    const d = db();
    const app = await saveApplication(d, { ...postingOf('1496414'), closed: true }, T0);
    expect(app.closedAt).toBe(T0);
    expect(app.nextFollowUpAt).toBeNull();
    expect(await getApplication(d, '1496414')).toMatchObject({ closedAt: T0, nextFollowUpAt: null, status: 'saved' });
    // An open posting still gets its reminder.
    expect((await saveApplication(d, postingOf('2790938'), T0)).nextFollowUpAt).toBe(T0 + 7 * DAY);
  });
});
