// Test inputs built from the real postings in tests/fixtures/postings/postings.jsonl (copied
// unchanged from /work/shared/fixtures), and a fresh fake-indexeddb store per test.
import { readFileSync } from 'node:fs';
import { IDBFactory, IDBKeyRange } from 'fake-indexeddb';
import { afterEach, beforeEach } from 'vitest';
import { buildPosting } from '../../../core/build-posting';
import type { Posting } from '../../../core/posting';
import { openDb, type LoopReadyDb } from '../../../db/db';

export interface PostingRecord {
  title: string;
  job_id: string | null;
  url: string;
  location: string | null;
  category: string | null;
  team: string | null;
  company: string | null;
  description: string | null;
  basic_qualifications: string | null;
  preferred_qualifications: string | null;
}

export const RECORDS: PostingRecord[] = readFileSync(new URL('../../fixtures/postings/postings.jsonl', import.meta.url), 'utf8')
  .split('\n')
  .filter((l) => l.trim())
  .map((l) => JSON.parse(l) as PostingRecord);

export function record(jobId: string): PostingRecord {
  const r = RECORDS.find((x) => x.job_id === jobId);
  if (!r) throw new Error(`no record ${jobId}`);
  return r;
}

const bullets = (text: string | null) =>
  (text ?? '')
    .split('\n')
    .map((l) => l.replace(/^\s*[-•·]\s*/, '').trim())
    .filter(Boolean);

/** A Posting as the extractor would give for the record (a plain mapping: these tests are about tracking). */
export function postingOf(jobId: string): Posting {
  const r = record(jobId);
  return buildPosting(
    {
      jobId: r.job_id,
      title: r.title,
      url: r.url,
      locale: 'en',
      locations: r.location ? [r.location] : [],
      category: r.category,
      team: r.team,
      company: r.company,
      description: r.description,
      basicQualifications: bullets(r.basic_qualifications),
      preferredQualifications: bullets(r.preferred_qualifications),
    },
    { strategy: 'record', confidence: 1 },
  );
}

/** A store of its own (a new in-memory IndexedDB), so tests never share state. */
export function freshDb(name = 'loopready'): LoopReadyDb {
  return openDb(name, { indexedDB: new IDBFactory(), IDBKeyRange });
}

/**
 * For a test file that opens several stores: call once at the top (`const db = freshDbs();`), then
 * `db()` opens a fresh store; every store opened during a test is closed after it.
 */
export function freshDbs(): () => LoopReadyDb {
  const open: LoopReadyDb[] = [];
  afterEach(() => open.splice(0).forEach((d) => d.close()));
  return () => {
    const d = freshDb();
    open.push(d);
    return d;
  };
}

/** A background "service worker" for adapter tests (see workerStore). */
export interface WorkerStore {
  /** Opens the worker's store (a start, or a restart after `stop`). */
  open(): LoopReadyDb;
  /** Keeps the removers of the listeners the worker registered. */
  listen(...stops: (() => void)[]): void;
  /** Removes the worker's listeners and closes its store; the data stays for the next `open`. */
  stop(): void;
}

/**
 * For a background test file: call once at the top. The store lives in an IndexedDB that outlives
 * the worker, as the browser's does, and is a new one for each test.
 */
export function workerStore(): WorkerStore {
  let factory = new IDBFactory();
  let db: LoopReadyDb | null = null;
  const stops: (() => void)[] = [];
  beforeEach(() => {
    factory = new IDBFactory();
  });
  return {
    open: () => (db = openDb('loopready', { indexedDB: factory, IDBKeyRange })),
    listen: (...more) => {
      stops.push(...more);
    },
    stop: () => {
      stops.splice(0).forEach((stop) => stop());
      db?.close();
      db = null;
    },
  };
}

export const DAY = 86_400_000;
/** 2026-03-02 09:00 local time: a fixed "now". */
export const T0 = new Date(2026, 2, 2, 9, 0, 0).getTime();
