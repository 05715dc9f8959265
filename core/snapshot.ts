// Comparing a saved posting with the same posting seen again, to tell the candidate when the
// content they prepared against has changed.
import { buildPosting, hasValue, type PostingValues } from './build-posting';
import type { Posting, PostingField } from './posting';
import { POSTING_FIELDS } from './posting-fields';

// Fields whose change matters to a candidate: every found field but the job ID, the URL (its slug) and
// the locale, so a revisit from another locale does not flag a change. Notices (equal-opportunity
// boilerplate, reworded often) and provenance are not compared.
const IDENTITY = ['jobId', 'url', 'locale'] as const;
type Meaningful = Exclude<PostingField, (typeof IDENTITY)[number]>;
export const MEANINGFUL_FIELDS: readonly Meaningful[] = POSTING_FIELDS.filter(
  (f): f is Meaningful => !(IDENTITY as readonly string[]).includes(f),
);

function normalize(v: string | null | string[]): string | null | string[] {
  // The extractor already normalises whitespace; collapse again so a capture re-indented differently is not a change.
  if (typeof v === 'string') return v.replace(/\s+/g, ' ').trim();
  if (Array.isArray(v)) return v.map((s) => s.replace(/\s+/g, ' ').trim());
  return v;
}

/**
 * The meaningful fields that differ. A field the new extraction did not find is not a change:
 * a page that failed to load fully must not wipe or flag what was saved.
 */
export function changedFields(saved: Posting, seen: Posting): Meaningful[] {
  return MEANINGFUL_FIELDS.filter((f) => {
    if (!hasValue(seen[f])) return false;
    return JSON.stringify(normalize(saved[f])) !== JSON.stringify(normalize(seen[f]));
  });
}

/** The saved snapshot updated with what the revisit found; fields it did not find keep their saved value. */
export function mergeSnapshot(saved: Posting, seen: Posting): Posting {
  const values: PostingValues = { ...saved, closed: seen.closed };
  // Provenance stays in step with the values it describes: a field taken from the revisit keeps how the
  // revisit found it; every other field keeps the saved one (and stays missing if it was).
  const how: Posting['provenance'] = { ...saved.provenance };
  for (const f of MEANINGFUL_FIELDS) {
    if (!hasValue(seen[f])) continue;
    (values as Record<Meaningful, unknown>)[f] = seen[f];
    how[f] = seen.provenance[f] ?? saved.provenance[f];
  }
  return buildPosting(values, how);
}
