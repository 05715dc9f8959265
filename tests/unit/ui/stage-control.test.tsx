// @vitest-environment happy-dom
// The one stage control (components/ui/StageControl.tsx) in the tracker, against a real store
// (fake-indexeddb) through the page's own write path (db/store-writes.ts, entrypoints/tracker/
// tracker-actions.ts): a move from a stage that changed elsewhere since it was shown is refused and
// says so; it never writes over the other view's move. The popup's side is in
// tests/unit/popup/popup-tracking.test.tsx ("a stage changed elsewhere").
import { cleanup, fireEvent, render, screen, within } from '@testing-library/preact';
import { IDBFactory, IDBKeyRange } from 'fake-indexeddb';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { ApplicationDetail } from '../../../components/tracker/ApplicationDetail';
import { TrackerView } from '../../../components/tracker/TrackerView';
import { toRow } from '../../../components/tracker/tracker-rows';
import { DEFAULT_SETTINGS } from '../../../core/settings';
import { getApplication, saveApplication, setStatus } from '../../../db/applications';
import { openDb, type LoopReadyDb } from '../../../db/db';
import { storeWrites } from '../../../db/store-writes';
import { trackerActions } from '../../../entrypoints/tracker/tracker-actions';
import { DAY, T0, postingOf } from './helpers';

let db: LoopReadyDb;
const NOW = T0 + 2 * DAY;

/** The tracker's actions on a fresh store: the page's write path, its reminder sync a no-op. */
function actionsOnStore() {
  return trackerActions(storeWrites(db, async () => {}, () => NOW));
}

beforeEach(() => {
  db = openDb(`stage-${Math.random()}`, { indexedDB: new IDBFactory(), IDBKeyRange });
});
afterEach(() => {
  cleanup();
  db.close();
});

describe('the tracker detail’s stage control', () => {
  it('refuses a move from a stage that changed elsewhere, says so, and keeps the other move', async () => {
    await saveApplication(db, postingOf('3038134'), T0);
    const shown = await setStatus(db, '3038134', 'applied', T0 + DAY);
    render(<ApplicationDetail app={shown} settings={DEFAULT_SETTINGS} now={NOW} actions={actionsOnStore()} onClose={() => {}} />);
    // Meanwhile the popup moves it on; this page still shows "Applied".
    await setStatus(db, '3038134', 'phone-screen', NOW);

    fireEvent.change(screen.getByRole('combobox', { name: 'Move to' }), { target: { value: 'rejected' } });
    fireEvent.click(screen.getByRole('button', { name: 'Move' }));

    expect((await screen.findByRole('alert')).textContent).toBe('Stage changed elsewhere: now Phone screen');
    const stored = await getApplication(db, '3038134');
    expect(stored?.status).toBe('phone-screen');
    expect(stored?.history.map((h) => h.to)).toEqual(['saved', 'applied', 'phone-screen']);
  });

  it('moves, backdated, when the stage shown is the stored one', async () => {
    await saveApplication(db, postingOf('3038134'), T0);
    const shown = await setStatus(db, '3038134', 'applied', T0 + DAY);
    render(<ApplicationDetail app={shown} settings={DEFAULT_SETTINGS} now={NOW} actions={actionsOnStore()} onClose={() => {}} />);
    fireEvent.change(screen.getByRole('combobox', { name: 'Move to' }), { target: { value: 'phone-screen' } });
    fireEvent.change(screen.getByLabelText('on'), { target: { value: new Date(T0 + DAY).toISOString().slice(0, 10) } });
    fireEvent.click(screen.getByRole('button', { name: 'Move' }));
    await vi.waitFor(async () => expect((await getApplication(db, '3038134'))?.status).toBe('phone-screen'));
    const last = (await getApplication(db, '3038134'))!.history.at(-1)!;
    expect(last.from).toBe('applied');
    expect(last.at).toBeLessThan(NOW);
    expect(screen.queryByRole('alert')).toBeNull();
  });

  it('the “no response” shortcut is guarded the same way', async () => {
    await saveApplication(db, postingOf('3038134'), T0);
    const shown = await setStatus(db, '3038134', 'applied', T0 + DAY);
    // Followed up often enough, and due again: the detail offers "No response".
    const nudged = { ...shown, followUpCount: DEFAULT_SETTINGS.followUpsBeforeNoResponse };
    render(<ApplicationDetail app={nudged} settings={DEFAULT_SETTINGS} now={T0 + 30 * DAY} actions={actionsOnStore()} onClose={() => {}} />);
    await setStatus(db, '3038134', 'loop', NOW);
    fireEvent.click(screen.getByRole('button', { name: 'Mark “No response”' }));
    expect((await screen.findByRole('alert')).textContent).toMatch(/^Stage changed elsewhere: now Loop\b/);
    expect((await getApplication(db, '3038134'))?.status).toBe('loop');
  });
});

describe('the tracker’s bulk stage control', () => {
  it('moves each row from the stage it shows, and leaves a row moved elsewhere as it is', async () => {
    await saveApplication(db, postingOf('994952'), T0);
    await saveApplication(db, postingOf('1496414'), T0);
    await setStatus(db, '1496414', 'applied', T0 + DAY);
    const rows = [(await getApplication(db, '994952'))!, (await getApplication(db, '1496414'))!].map(toRow);
    render(
      <TrackerView rows={rows} complete now={NOW} settings={DEFAULT_SETTINGS} actions={actionsOnStore()} openApp={null} openId={null} onOpen={() => {}} />,
    );
    // 994952 shows "Saved"; another view moves it to "Applied" before the bulk move.
    await setStatus(db, '994952', 'applied', NOW);

    fireEvent.click(screen.getByRole('checkbox', { name: 'Select all on this page' }));
    const bulk = screen.getByRole('region', { name: 'Bulk actions' });
    fireEvent.change(within(bulk).getByRole('combobox', { name: 'Move to' }), { target: { value: 'withdrawn' } });
    fireEvent.click(within(bulk).getByRole('button', { name: 'Move 2' }));

    await screen.findByText('Moved 1 to Withdrawn; 1 left as they are (their stage changed elsewhere).');
    expect((await getApplication(db, '1496414'))?.status).toBe('withdrawn');
    const elsewhere = await getApplication(db, '994952');
    expect(elsewhere?.status).toBe('applied');
    expect(elsewhere?.history.map((h) => h.to)).toEqual(['saved', 'applied']);
  });
});
