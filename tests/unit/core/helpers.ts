import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { buildPosting, type PostingValues } from '../../../core/build-posting';
import type { Posting } from '../../../core/posting';
import { postingFromRecord } from '../../../core/posting-from-record';

const FIXTURES = join(__dirname, '../../fixtures');

export interface RawRecord {
  job_id: string | null;
  title: string | null;
  [k: string]: unknown;
}

export function records(file: 'postings.jsonl' | 'qualifications-only.jsonl'): RawRecord[] {
  return readFileSync(join(FIXTURES, 'postings', file), 'utf8')
    .split('\n')
    .filter((l) => l.trim())
    .map((l) => JSON.parse(l) as RawRecord);
}

export function postingById(id: string): Posting {
  const r = [...records('postings.jsonl'), ...records('qualifications-only.jsonl')].find((x) => x.job_id === id);
  if (!r) throw new Error(`no fixture record ${id}`);
  return postingFromRecord(r);
}

export function label<T>(file: 'principles.json' | 'role-families.json'): Record<string, T> {
  return JSON.parse(readFileSync(join(FIXTURES, 'labels', file), 'utf8')) as Record<string, T>;
}

/** A Posting holding only `values`, nothing of it found by any source (so every field is in `missing`). */
export function emptyPosting(values: PostingValues = {}): Posting {
  return buildPosting(values);
}
