// @vitest-environment happy-dom
// The plan page (entrypoints/plan/App.tsx) over a real store: the application is read once, so the
// candidate's own saves (STAR slots, as typed) never rebuild the plan under the cursor, while the
// story bank and the practice log stay live.
import { cleanup, fireEvent, render, screen, waitFor } from '@testing-library/preact';
import { Dexie } from 'dexie';
import { IDBFactory, IDBKeyRange } from 'fake-indexeddb';
import { afterAll, afterEach, describe, expect, it, vi } from 'vitest';
import { buildPrepPlan } from '../../../core/prep-plan';
import { saveApplication } from '../../../db/applications';
import { openDb, type LoopReadyDb } from '../../../db/db';
import { recordPractice } from '../../../db/practice';
import { saveStory } from '../../../db/stories';
import { App } from '../../../entrypoints/plan/App';
import { onApplicationChanged } from '../../../messaging/bus';
import { T0, postingOf } from '../ui/helpers';

// Dexie's liveQuery stays silent unless Dexie knows an indexedDB (it reads the global one when it
// loads, and Node has none): give it one, so the page's live queries really run here.
Dexie.dependencies.indexedDB = new IDBFactory();
Dexie.dependencies.IDBKeyRange = IDBKeyRange;

// Count the plan builds: the real function, watched.
vi.mock('../../../core/prep-plan', async (original) => {
  const real = await original<typeof import('../../../core/prep-plan')>();
  return { ...real, buildPrepPlan: vi.fn(real.buildPrepPlan) };
});
const builds = vi.mocked(buildPrepPlan);

// Each save announces applicationChanged to the other open pages. In Chrome, a message nobody listens
// to sets runtime.lastError for the callback (and the announcement swallows it); WXT's fake browser
// instead returns a rejected promise beside the callback, which nothing can catch. So a listener stands
// in for another open page (the tracker), as when the candidate has both open.
const stopListening = onApplicationChanged(() => undefined);

let db: LoopReadyDb | undefined;
afterAll(() => stopListening());
afterEach(() => {
  cleanup();
  db?.close();
  builds.mockClear();
});

async function planPage(jobId: string): Promise<LoopReadyDb> {
  db = openDb(`plan-${Math.random()}`, { indexedDB: new IDBFactory(), IDBKeyRange });
  await saveApplication(db, postingOf(jobId), T0);
  render(<App db={db} jobId={jobId} />);
  await screen.findByRole('heading', { level: 1 });
  return db;
}

describe('the plan page', () => {
  it('builds the plan once: three saves of a STAR slot rebuild nothing, and a new story still shows', async () => {
    const d = await planPage('3038134');
    expect(builds).toHaveBeenCalledTimes(1);
    const name = builds.mock.results[0]!.value.principles[0]!.name as string;
    const slot = screen.getByRole('textbox', { name: `${name}: Situation` }) as HTMLTextAreaElement;

    for (const text of ['Q3 report', 'Q3 report was 4% high', 'Q3 report was 4% high; I traced it']) {
      fireEvent.input(slot, { target: { value: text } });
      fireEvent.blur(slot); // saves at once
      await waitFor(async () => expect(Object.values((await d.applications.get('3038134'))!.planState.starNotes)).toContain(text));
    }
    // A story written in another tab: the live story bank shows it in the coverage list.
    const story = await saveStory(
      d,
      { title: 'Found the double-counted refunds', principles: builds.mock.results[0]!.value.principles.map((p: { id: string }) => p.id), situation: 's', task: 't', action: 'a', result: 'r' },
      T0,
    );
    await screen.findAllByText(new RegExp(story.title));
    expect(builds).toHaveBeenCalledTimes(1);
    expect(slot.isConnected).toBe(true);
    expect(slot.value).toBe('Q3 report was 4% high; I traced it');
  });

  it('lists practice sessions as they are recorded', async () => {
    const d = await planPage('3038134');
    await recordPractice(d, { jobId: '3038134', principle: 'dive-deep', question: 'Tell me about a metric you traced.', rating: 4, elapsedMs: 90_000, at: T0 });
    await screen.findByText(/Tell me about a metric you traced\./);
    expect(builds).toHaveBeenCalledTimes(1);
  });

  it('says so when the job is not tracked', async () => {
    db = openDb(`plan-${Math.random()}`, { indexedDB: new IDBFactory(), IDBKeyRange });
    render(<App db={db} jobId="2790938" />);
    await screen.findByText(/Job 2790938 is not in your tracker/);
    expect(builds).not.toHaveBeenCalled();
  });
});
