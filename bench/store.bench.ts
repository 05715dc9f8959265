// The tracking store on fake-indexeddb (Node): the queries the popup, badge and tracker run, at
// 1,000 and 10,000 saved applications. Targets at 10k: due < 5 ms, first page < 50 ms, save < 5 ms.
// fake-indexeddb is a pure-JS IndexedDB, slower than the browser's native one, so these are upper bounds.
import { readFileSync } from 'node:fs';
import { IDBFactory, IDBKeyRange } from 'fake-indexeddb';
import { buildPosting } from '../core/build-posting';
import type { Posting } from '../core/posting';
import type { Application } from '../core/application';
import { DAY_MS } from '../core/follow-up';
import { STATUSES } from '../core/status';
import { countDue, dueFollowUps, listRecent, saveApplication } from '../db/applications';
import { openDb, type LoopReadyDb } from '../db/db';
import type { BenchEntry } from './benchmark';

const NOW = Date.UTC(2026, 2, 2, 9);

interface PostingRecord {
  title: string; job_id: string | null; url: string; location: string | null; category: string | null;
  team: string | null; company: string | null; description: string | null;
  basic_qualifications: string | null; preferred_qualifications: string | null;
}

// Real postings as the snapshots (a real-sized record, about 5 KB each), cycled with new job IDs.
const records = readFileSync(new URL('../tests/fixtures/postings/postings.jsonl', import.meta.url), 'utf8')
  .split('\n').filter((l) => l.trim()).map((l) => JSON.parse(l) as PostingRecord);

function posting(i: number): Posting {
  const r = records[i % records.length]!;
  const lines = (t: string | null) => (t ?? '').split('\n').map((l) => l.replace(/^\s*[-•·]\s*/, '').trim()).filter(Boolean);
  const jobId = String(1_000_000 + i);
  return buildPosting(
    {
      // The URL follows the made-up job ID (two fixture records have none, and a save needs one).
      jobId, title: r.title, url: `https://www.amazon.jobs/en/jobs/${jobId}`, locale: 'en', locations: r.location ? [r.location] : [],
      category: r.category, team: r.team, company: r.company, description: r.description,
      basicQualifications: lines(r.basic_qualifications), preferredQualifications: lines(r.preferred_qualifications),
    },
    { strategy: 'record', confidence: 1 },
  );
}

// Saved over a year; terminal statuses have no follow-up, the rest are due 1–60 days ahead except
// every `overdueEvery`-th, which is overdue by up to 60 days. The due query's cost follows the
// number of due records it returns, not the table size, so the benches hold that number fixed
// (25, a heavy but plausible backlog) and add one stress case.
function application(i: number, overdueEvery: number): Application {
  const status = STATUSES[i % STATUSES.length]!;
  const savedAt = NOW - ((i * 7919) % 365) * DAY_MS;
  const terminal = ['offer', 'rejected', 'withdrawn', 'no-response'].includes(status);
  const days = 1 + ((i * 104729) % 60);
  const nextFollowUpAt = terminal ? null : i % overdueEvery === 0 ? NOW - days * DAY_MS : NOW + days * DAY_MS;
  return {
    jobId: String(1_000_000 + i), posting: posting(i), status,
    history: [{ from: null, to: status, at: savedAt, prevNextFollowUpAt: null, prevFollowUpCount: 0 }],
    notes: [], contacts: [], nextFollowUpAt, followUpCount: 0, notifiedDueAt: null,
    savedAt, updatedAt: savedAt + (i % 13) * DAY_MS, postingChangedAt: null, postingChanges: [], closedAt: null,
    planState: { checked: [], starNotes: {} },
  };
}

async function filled(n: number, overdueEvery: number): Promise<LoopReadyDb> {
  const db = openDb(`bench-${n}`, { indexedDB: new IDBFactory(), IDBKeyRange });
  const all = Array.from({ length: n }, (_, i) => application(i, overdueEvery));
  for (let i = 0; i < n; i += 1000) await db.applications.bulkAdd(all.slice(i, i + 1000));
  return db;
}

export default async function (): Promise<BenchEntry[]> {
  const entries: BenchEntry[] = [];
  for (const n of [1_000, 10_000]) {
    // Every multiple of n/25 is index 0 mod 10 ("saved", active): exactly 25 overdue.
    const db = await filled(n, n / 25);
    const due = await countDue(db, NOW);
    let next = n;
    entries.push(
      { name: `store ${n}: due follow-ups (${due} due, by index)`, fn: () => dueFollowUps(db, NOW) },
      { name: `store ${n}: due count (badge)`, fn: () => countDue(db, NOW) },
      { name: `store ${n}: tracker first page of 50 by updatedAt`, fn: () => listRecent(db, 50), runs: 100 },
      // A new job each run: an insert, not the idempotent "already saved" answer.
      { name: `store ${n}: save one application`, fn: () => saveApplication(db, posting(next++), NOW) },
    );
  }
  // Stress: 10,000 applications with one active application in four overdue (250 due records).
  const stress = await filled(10_000, 40);
  const stressDue = await countDue(stress, NOW);
  entries.push({ name: `store 10000: due follow-ups, stress (${stressDue} due)`, fn: () => dueFollowUps(stress, NOW), runs: 50 });
  return entries;
}
