// Comparing a saved posting with the same posting seen again, to tell the candidate when the
// content they prepared against has changed.
import type { Posting, PostingField } from './posting';

// Fields whose change matters to a candidate. The URL slug, locale, provenance and notices
// (equal-opportunity boilerplate, reworded often) are left out so a revisit from another locale or
// a boilerplate edit does not flag a change.
export const MEANINGFUL_FIELDS = [
  'title',
  'locations',
  'category',
  'team',
  'company',
  'postedDate',
  'updatedDate',
  'description',
  'responsibilities',
  'basicQualifications',
  'preferredQualifications',
] as const satisfies readonly PostingField[];

type Meaningful = (typeof MEANINGFUL_FIELDS)[number];

function normalize(v: string | null | string[]): string | null | string[] {
  // The extractor already normalises whitespace; collapse again so a capture re-indented differently is not a change.
  if (typeof v === 'string') return v.replace(/\s+/g, ' ').trim();
  if (Array.isArray(v)) return v.map((s) => s.replace(/\s+/g, ' ').trim());
  return v;
}

function found(v: string | null | string[]): boolean {
  return Array.isArray(v) ? v.length > 0 : v !== null && v !== '';
}

/**
 * The meaningful fields that differ. A field the new extraction did not find is not a change:
 * a page that failed to load fully must not wipe or flag what was saved.
 */
export function changedFields(saved: Posting, seen: Posting): Meaningful[] {
  return MEANINGFUL_FIELDS.filter((f) => {
    if (!found(seen[f])) return false;
    return JSON.stringify(normalize(saved[f])) !== JSON.stringify(normalize(seen[f]));
  });
}

/** The saved snapshot updated with what the revisit found; fields it did not find keep their saved value. */
export function mergeSnapshot(saved: Posting, seen: Posting): Posting {
  const merged: Posting = { ...saved, closed: seen.closed };
  for (const f of MEANINGFUL_FIELDS) {
    if (found(seen[f])) (merged as Record<Meaningful, unknown>)[f] = seen[f];
  }
  // Keep provenance in step with the values it describes.
  merged.provenance = { ...saved.provenance };
  for (const f of MEANINGFUL_FIELDS) {
    const p = seen.provenance[f];
    if (found(seen[f]) && p) merged.provenance[f] = p;
  }
  const nowFound = new Set<PostingField>(MEANINGFUL_FIELDS.filter((f) => found(seen[f])));
  merged.missing = saved.missing.filter((f) => !nowFound.has(f));
  return merged;
}
