// @vitest-environment happy-dom
// The data panel against a real (in-memory) store: a bad backup shows exactly what is wrong and
// writes nothing; a good one is imported and counted.
import { cleanup, fireEvent, render, screen } from '@testing-library/preact';
import { IDBFactory, IDBKeyRange } from 'fake-indexeddb';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { DataPanel } from '../../../components/data/DataPanel';
import { dataActions } from '../../../entrypoints/tracker/data-actions';
import { buildBackup } from '../../../core/backup';
import { openDb } from '../../../db/db';
import { storeWrites } from '../../../db/store-writes';
import { T0, appOf } from './helpers';

afterEach(() => {
  cleanup();
  vi.restoreAllMocks();
});

function setup() {
  const db = openDb(`loopready-${Math.random()}`, { indexedDB: new IDBFactory(), IDBKeyRange });
  const afterImport = vi.fn(async () => undefined);
  // The write path's afterChange: called once a backup is written, never for a refused one.
  render(<DataPanel actions={dataActions(db, storeWrites(db, afterImport, () => T0), () => T0)} />);
  return { db, afterImport };
}

function choose(text: string) {
  const input = screen.getByLabelText('Import a backup (JSON)') as HTMLInputElement;
  const file = new File([text], 'backup.json', { type: 'application/json' });
  Object.defineProperty(input, 'files', { value: [file], configurable: true });
  fireEvent.change(input);
}

describe('DataPanel', () => {
  it('names each problem of an invalid backup and writes nothing', async () => {
    const { db, afterImport } = setup();
    const good = appOf('1496414', ['saved', 'applied']);
    // Second record: a status the tracker does not know, and a history that does not end in it.
    const bad = { ...appOf('3038134'), status: 'hired' };
    choose(JSON.stringify({ ...buildBackup([good], [], null, [], T0), applications: [good, bad] }));
    const alert = await screen.findByRole('alert');
    expect(alert.textContent).toContain('Nothing was imported. This file is not a valid LoopReady backup:');
    expect(alert.textContent).toContain('(job 3038134), status: invalid option');
    expect(await db.applications.count()).toBe(0);
    expect(afterImport).not.toHaveBeenCalled();
  });

  it('says when the file is not JSON at all', async () => {
    const { db } = setup();
    choose('{"format": "loopready-backup", ');
    const alert = await screen.findByRole('alert');
    expect(alert.textContent).toMatch(/Not valid JSON/);
    expect(await db.applications.count()).toBe(0);
  });

  it('imports a valid backup and reports the counts', async () => {
    const { db, afterImport } = setup();
    const apps = [appOf('1496414', ['saved', 'applied']), appOf('3038134')];
    choose(JSON.stringify(buildBackup(apps, [], null, [], T0)));
    expect((await screen.findByRole('status')).textContent).toBe('Imported 2 applications and 0 stories.');
    expect((await db.applications.toArray()).map((a) => a.jobId).sort()).toEqual(['1496414', '3038134']);
    expect(afterImport).toHaveBeenCalledTimes(1);
  });

  it('shows each step of a long import with its numbers, then what it imported and what it skipped', async () => {
    const { db } = setup();
    const model = appOf('3038134', ['saved', 'applied']);
    const apps = Array.from({ length: 1200 }, (_, i) => {
      const jobId = String(10_000_000 + i);
      return { ...model, jobId, posting: { ...model.posting, jobId } };
    });
    const file = JSON.stringify(buildBackup(apps, [], null, [], T0));
    // Every state the progress area shows: its step, its text, and the bar's numbers.
    const seen = new Set<string>();
    const watch = new MutationObserver(() => {
      const area = document.querySelector('.import-progress');
      const bar = area?.querySelector('progress');
      if (area && bar) seen.add(`${area.getAttribute('data-phase')} | ${area.textContent} | ${bar.getAttribute('value')}/${bar.getAttribute('max')} ${bar.getAttribute('aria-valuetext') ?? ''}`);
    });
    watch.observe(document.body, { subtree: true, childList: true, characterData: true, attributes: true });
    // The check yields to the page every 100 ms of work; an idle machine checks 1,200 records inside one
    // slice, so here the clock moves 10 ms at each reading and the check yields every few records.
    let clock = T0;
    const tick = vi.spyOn(Date, 'now').mockImplementation(() => (clock += 10));
    choose(file);
    expect((await screen.findByRole('status', {}, { timeout: 20_000 })).textContent).toBe('Imported 1,200 applications and 0 stories.');
    tick.mockRestore();
    watch.disconnect();
    const states = [...seen];
    expect(states[0]).toMatch(/^reading \| Reading the file \(\d+ MB\)…/);
    expect(states.some((s) => s.startsWith('parsing | Reading the backup’s contents…'))).toBe(true);
    // Checked and saved counts short of the total, each in words and on the bar.
    expect(states.some((s) => /^validating \| .*\b(\d{1,3}|1,[01]\d\d) of 1,200 records checked \| (\d+)\/1200 \1 of 1,200 records checked$/.test(s))).toBe(true);
    expect(states.some((s) => /^writing \| .*\b1,000 of 1,200 records saved \| 1000\/1200 1,000 of 1,200 records saved$/.test(s))).toBe(true);
    // Done: the progress area is gone and the input is usable again.
    expect(document.querySelector('.import-progress')).toBeNull();
    expect((screen.getByLabelText('Import a backup (JSON)') as HTMLInputElement).disabled).toBe(false);
    expect(await db.applications.count()).toBe(1200);

    choose(file);
    expect((await screen.findByText(/^Imported 0 applications/, {}, { timeout: 20_000 })).textContent).toBe(
      'Imported 0 applications and 0 stories. Skipped 1,200 applications already here exactly as in the file.',
    );
  });

  it('refuses a calendar export when nothing is scheduled', async () => {
    setup();
    fireEvent.click(screen.getByRole('button', { name: 'Export follow-ups (calendar .ics)' }));
    const alert = await screen.findByRole('alert');
    expect(alert.textContent).toBe('No follow-ups or interviews are scheduled, so there is nothing to put in a calendar');
  });
});
