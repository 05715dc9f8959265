// The external set (../shared/fixtures/external/postings.jsonl), read in place, never copied.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Posting } from '../../../core/posting';
import { postingFromRecord } from '../../../core/posting-from-record';

const FILE = join(__dirname, '../../../../shared/fixtures/external/postings.jsonl');

export interface ExternalRecord {
  job_id: string;
  title: string | null;
  url: string | null;
  description: string | null;
  basic_qualifications: string | null;
  preferred_qualifications: string | null;
  job_category: string | null;
  locations: string[] | null;
  posted_date: string | null;
}

export function externalRecords(): ExternalRecord[] {
  return readFileSync(FILE, 'utf8')
    .split('\n')
    .filter((l) => l.trim())
    .map((l) => JSON.parse(l) as ExternalRecord);
}

/** The external keys differ a little from postings.jsonl (`job_category`, `locations`). */
export function externalPosting(r: ExternalRecord): Posting {
  return postingFromRecord({
    job_id: r.job_id,
    title: r.title,
    url: r.url,
    description: r.description,
    basic_qualifications: r.basic_qualifications,
    preferred_qualifications: r.preferred_qualifications,
    category: r.job_category,
    location: r.locations?.join('; ') ?? null,
    posted_date: r.posted_date,
  });
}

export function externalById(id: string): Posting {
  const r = externalRecords().find((x) => x.job_id === id);
  if (!r) throw new Error(`no external record ${id}`);
  return externalPosting(r);
}
