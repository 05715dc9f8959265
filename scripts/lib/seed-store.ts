// Test and benchmark data for the extension's pages: tracked applications built from the real
// postings in tests/fixtures/postings (through postingFromRecord, as an import would), and a writer
// that puts them into the extension's IndexedDB from one of its pages. Beyond the 37 real postings,
// copies get made-up job IDs (9xxxxxxx) so a 10,000-application store can be measured.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import type { Application } from '../../core/application';
import { DAY_MS } from '../../core/follow-up';
import { postingFromRecord } from '../../core/posting-from-record';
import type { Status } from '../../core/status';
import { ROOT } from './chromium';

/** The real postings that have a job ID, in file order. */
export function realPostings() {
  return readFileSync(join(ROOT, 'tests/fixtures/postings/postings.jsonl'), 'utf8')
    .split('\n')
    .filter((l) => l.trim())
    .map((l) => postingFromRecord(JSON.parse(l)))
    .filter((p) => p.jobId !== null);
}

// Valid paths through the state machine, so every seeded history could have happened.
const PATHS: Status[][] = [
  ['saved'],
  ['saved', 'applied'],
  ['saved', 'applied', 'online-assessment'],
  ['saved', 'applied', 'phone-screen'],
  ['saved', 'applied', 'phone-screen', 'loop'],
  ['saved', 'applied', 'rejected'],
  ['saved', 'applied', 'no-response'],
  ['saved', 'withdrawn'],
];

const NOTES = ['Recruiter said the team is hiring two people', 'Referral from a former colleague', 'Ask about on-call load'];

/** `count` applications, the first ones from real postings; deterministic for a given `now`. */
export function seedApplications(count: number, now: number): Application[] {
  const postings = realPostings();
  const out: Application[] = [];
  for (let i = 0; i < count; i++) {
    const base = postings[i % postings.length]!;
    const jobId = i < postings.length ? base.jobId! : String(90_000_000 + i);
    const posting = i < postings.length ? base : { ...base, jobId, url: `https://www.amazon.jobs/en/jobs/${jobId}` };
    const path = PATHS[i % PATHS.length]!;
    const savedAt = now - ((i * 7919) % 120) * DAY_MS - (i % 1000) * 60_000;
    const history = path.map((to, k) => ({
      from: k === 0 ? null : path[k - 1]!,
      to,
      at: savedAt + k * 3 * DAY_MS,
      prevNextFollowUpAt: null,
      prevFollowUpCount: 0,
    }));
    const last = history.at(-1)!;
    const status = last.to;
    const terminal = ['rejected', 'withdrawn', 'no-response', 'offer'].includes(status);
    out.push({
      jobId,
      posting,
      status,
      history,
      notes: i % 3 === 0 ? [{ at: last.at, text: NOTES[i % NOTES.length]! }] : [],
      contacts: [],
      nextFollowUpAt: terminal ? null : last.at + (status === 'applied' ? 14 : 7) * DAY_MS,
      followUpCount: 0,
      notifiedDueAt: null,
      savedAt,
      updatedAt: last.at,
      postingChangedAt: null,
      postingChanges: [],
      closedAt: null,
      planState: { checked: [], starNotes: {} },
    });
  }
  return out;
}

/**
 * Write records into the extension's `loopready` database from an extension page that has opened
 * it (so the schema exists). Raw IndexedDB, in batches; reload the page afterwards so Dexie reads them.
 */
export async function writeRecords(page: Page, store: 'applications' | 'stories' | 'interviews', records: unknown[], batch = 1000): Promise<void> {
  for (let i = 0; i < records.length; i += batch) {
    await page.evaluate(
      async ({ store, chunk }) => {
        const db = await new Promise<IDBDatabase>((resolve, reject) => {
          const req = indexedDB.open('loopready');
          req.onsuccess = () => resolve(req.result);
          req.onerror = () => reject(req.error);
        });
        await new Promise<void>((resolve, reject) => {
          const tx = db.transaction(store, 'readwrite');
          for (const r of chunk) tx.objectStore(store).put(r);
          tx.oncomplete = () => resolve();
          tx.onerror = () => reject(tx.error);
        });
        db.close();
      },
      { store, chunk: records.slice(i, i + batch) },
    );
  }
}
