// The external set (../shared/fixtures/external/postings.jsonl), read in place, never copied. The reader and
// the record-to-Posting mapping are the ones `npm run plans` uses (scripts/plans.ts), so tests and the
// reviewer's plans see the same postings.
import type { Posting } from '../../../core/posting';
import { externalPosting, readExternal, type ExternalRecord } from '../../../scripts/plans';

export { externalPosting, type ExternalRecord };

export function externalRecords(): ExternalRecord[] {
  return readExternal();
}

export function externalById(id: string): Posting {
  const r = externalRecords().find((x) => x.job_id === id);
  if (!r) throw new Error(`no external record ${id}`);
  return externalPosting(r);
}
