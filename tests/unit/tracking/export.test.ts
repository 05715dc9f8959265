import Papa from 'papaparse';
import { afterEach, describe, expect, it } from 'vitest';
import { CSV_COLUMNS, applicationsToCsv } from '../../../core/export-csv';
import { followUpsToIcs } from '../../../core/export-ics';
import { DEFAULT_SETTINGS } from '../../../core/settings';
import { addNote, getApplication, saveApplication, scheduledFollowUps, setContacts, setStatus } from '../../../db/applications';
import type { LoopReadyDb } from '../../../db/db';
import { DAY, T0, freshDb, postingOf } from './fixtures';

let db: LoopReadyDb;
afterEach(() => db?.close());

async function seed() {
  db = freshDb();
  await saveApplication(db, postingOf('1496414'), T0);
  await setStatus(db, '1496414', 'applied', T0 + DAY);
  await addNote(db, '1496414', 'Asked about "team size", they said 8', T0 + 2 * DAY);
  await setContacts(db, '1496414', [{ name: 'Dana', email: 'dana@example.com' }, { name: 'Lee', email: '' }], T0 + 2 * DAY);
  await saveApplication(db, { ...postingOf('2790938'), title: '=HYPERLINK("http://evil.example","click")' }, T0 + 3 * DAY);
  await setStatus(db, '2790938', 'withdrawn', T0 + 3 * DAY);
}

describe('CSV export', () => {
  it('writes one row per application that reads back cell for cell', async () => {
    await seed();
    const a = (await getApplication(db, '1496414'))!;
    const csv = applicationsToCsv([a]);
    const rows = Papa.parse<string[]>(csv).data;
    expect(rows[0]).toEqual([...CSV_COLUMNS]);
    expect(rows[1]).toEqual([
      '1496414',
      'SDE, AWS Security Dev Ops',
      'Applied',
      'US, VA, Herndon',
      'team-sde-primary',
      'Software Development',
      '2026-03-02',
      '2026-03-04',
      '2026-03-17',
      '0',
      'Dana <dana@example.com>; Lee',
      '2026-03-04: Asked about "team size", they said 8',
      '',
      '',
      'https://www.amazon.jobs/en/jobs/1496414/sde-aws-security-dev-ops',
    ]);
  });

  it('defuses a posting title that would run as a spreadsheet formula', async () => {
    await seed();
    const csv = applicationsToCsv([(await getApplication(db, '2790938'))!]);
    const row = Papa.parse<string[]>(csv).data[1]!;
    expect(row[1]).toBe(`'=HYPERLINK("http://evil.example","click")`);
    expect(row[2]).toBe('Withdrawn');
    expect(row[8]).toBe('');
  });
});

describe('ICS export', () => {
  it('writes an all-day event on the local due date for each scheduled follow-up', async () => {
    await seed();
    const ics = followUpsToIcs(await scheduledFollowUps(db), DEFAULT_SETTINGS, T0 + 3 * DAY);
    const lines = ics.replace(/\r\n[ \t]/g, '').split('\r\n');
    expect(lines.filter((l) => l === 'BEGIN:VEVENT')).toHaveLength(1);
    expect(lines).toContain('X-WR-CALNAME:LoopReady follow-ups');
    expect(lines).toContain('UID:loopready-1496414-2026-03-17@loopready');
    expect(lines).toContain('SUMMARY:Follow up: SDE\\, AWS Security Dev Ops');
    expect(lines).toContain('DTSTART;VALUE=DATE:20260317');
    expect(lines).toContain('DTEND;VALUE=DATE:20260318');
    expect(lines).toContain('URL:https://www.amazon.jobs/en/jobs/1496414/sde-aws-security-dev-ops');
    expect(lines).toContain('DESCRIPTION:Applied. Applied 14 days ago\\; candidates usually hear back within two weeks.');
  });

  it('ends an event at the end of the month on the first of the next', async () => {
    db = freshDb();
    await saveApplication(db, postingOf('3038134'), new Date(2026, 0, 24, 23, 30).getTime());
    const lines = followUpsToIcs(await scheduledFollowUps(db), DEFAULT_SETTINGS, T0).split('\r\n');
    expect(lines).toContain('DTSTART;VALUE=DATE:20260131');
    expect(lines).toContain('DTEND;VALUE=DATE:20260201');
  });
});
