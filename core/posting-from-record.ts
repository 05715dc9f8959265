// Turns one record of the postings.jsonl shape (amazon.jobs' search API fields, as the fixtures and
// public scrapers store them) into a Posting. Used by the CLI and by import; never by the page.
import * as z from 'zod/mini';
import { canonicalPostingUrl, pageKind } from './amazon-jobs-url';
import { buildPosting } from './build-posting';
import { Posting, type FieldProvenance } from './posting';
import { normalizeText, parsePostedDate, splitDescription, splitQualifications } from './section-text';

const text = z.optional(z.nullable(z.string()));

export const PostingRecord = z.object({
  title: text,
  job_id: z.optional(z.nullable(z.union([z.string(), z.number()]))),
  url: text,
  location: text,
  /** Several locations, each its own entry (the external set's shape); after `location` when both are given. */
  locations: z.optional(z.nullable(z.array(z.string()))),
  category: text,
  team: text,
  posted_date: text,
  company: text,
  description: text,
  basic_qualifications: text,
  preferred_qualifications: text,
  source: text,
});
export type PostingRecord = z.infer<typeof PostingRecord>;

const FROM_RECORD: FieldProvenance = { strategy: 'record', confidence: 1 };

function clean(s: string | null | undefined): string | null {
  if (s == null) return null;
  const t = normalizeText(s);
  return t === '' ? null : t;
}

/** Throws an Error naming the bad fields when `record` is not a posting record. */
export function postingFromRecord(record: unknown): Posting {
  const parsed = PostingRecord.safeParse(record);
  if (!parsed.success) throw new Error(`Not a posting record:\n${z.prettifyError(parsed.error)}`);
  const r = parsed.data;

  const jobId = r.job_id == null || String(r.job_id).trim() === '' ? null : String(r.job_id).trim();
  const kind = r.url ? pageKind(r.url) : null;
  const url =
    (r.url && canonicalPostingUrl(r.url)) ?? (jobId ? `https://www.amazon.jobs/en/jobs/${jobId}` : (r.url ?? ''));
  const description = r.description ? splitDescription(r.description) : null;
  const basic = r.basic_qualifications ? splitQualifications(r.basic_qualifications) : { items: [], notices: [] };
  const preferred = r.preferred_qualifications
    ? splitQualifications(r.preferred_qualifications)
    : { items: [], notices: [] };

  const locations: string[] = [];
  for (const place of [r.location, ...(r.locations ?? [])]) {
    const c = clean(place);
    if (c && !locations.includes(c)) locations.push(c);
  }
  const posting = buildPosting(
    {
      jobId,
      title: clean(r.title),
      url,
      locale: kind?.page === 'job' ? kind.locale : null,
      locations,
      category: clean(r.category),
      team: clean(r.team),
      company: clean(r.company),
      postedDate: r.posted_date ? parsePostedDate(r.posted_date) : null,
      description: description && description.description !== '' ? description.description : null,
      responsibilities: description?.responsibilities ?? [],
      basicQualifications: basic.items,
      preferredQualifications: preferred.items,
      notices: [...basic.notices, ...preferred.notices],
    },
    FROM_RECORD,
  );
  return Posting.parse(posting);
}
