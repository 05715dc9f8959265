// The Posting: what LoopReady knows about one amazon.jobs job, whether it came from a page
// (content script, CLI) or from a stored record. Every boundary parses it with these schemas.
//
// zod/mini, not classic zod: this module is in the content script, whose budget is 12 KB gzipped,
// and zod/mini tree-shakes to a few KB. Use zod/mini everywhere so schemas compose.
import * as z from 'zod/mini';
import { isAmazonJobsUrl } from './amazon-jobs-url';
import { stripInvisibleControls } from './page-text';
import { POSTING_FIELDS } from './posting-fields';

/** Text read from a page or an imported record: bidi controls and zero-width characters removed on parse. */
export const PageText = z.string().check(z.overwrite(stripInvisibleControls));

/** yyyy-mm-dd, a real date in 2000–2099 (formatting an impossible date throws). */
export const IsoDate = z.string().check(
  z.regex(/^20\d\d-(?:0[1-9]|1[0-2])-(?:0[1-9]|[12]\d|3[01])$/),
  z.refine((s) => !Number.isNaN(Date.parse(s)) && new Date(Date.parse(s)).toISOString().startsWith(s)),
);

/** A link we may show and open: https on amazon.jobs (never `javascript:` or another site). */
export const AmazonJobsUrl = z.string().check(z.maxLength(2_000), z.refine(isAmazonJobsUrl));

/** How a field was found. Several strategies run; the first that yields a value wins. */
export const Strategy = z.enum([
  'dom', // the page's own structure (h1.title, p.meta, div.association…)
  'structured-data', // JSON-LD JobPosting, og:/meta tags, <title>
  'headings', // section found by its heading text ("BASIC QUALIFICATIONS", localized forms)
  'url', // derived from the URL (job ID, locale)
  'record', // a stored/imported JSON record (postings.jsonl shape)
]);
export type Strategy = z.infer<typeof Strategy>;

export { POSTING_FIELDS };
export const PostingField = z.enum(POSTING_FIELDS);
export type PostingField = z.infer<typeof PostingField>;

export const FieldProvenance = z.object({
  strategy: Strategy,
  /** 0..1: 1 = found where the page puts it; lower = fallback or inferred. */
  confidence: z.number().check(z.gte(0), z.lte(1)),
});
export type FieldProvenance = z.infer<typeof FieldProvenance>;

export const Posting = z.object({
  jobId: z.nullable(z.string()),
  title: z.nullable(PageText),
  /** Canonical posting URL: https://www.amazon.jobs/<locale>/jobs/<id>[/<slug>], no query or hash. */
  url: z.string(),
  /** Locale prefix of the page, e.g. "en", "de", "ja", "zh". */
  locale: z.nullable(z.string()),
  /** A job can list several locations, each as the site writes it ("US, VA, Herndon"). */
  locations: z.array(PageText),
  category: z.nullable(PageText),
  team: z.nullable(PageText),
  /** Legal entity shown after the ID ("Amazon.com Services LLC"). */
  company: z.nullable(PageText),
  /** ISO date, yyyy-mm-dd. */
  postedDate: z.nullable(IsoDate),
  updatedDate: z.nullable(IsoDate),
  /** The DESCRIPTION section as plain text, lines separated by "\n" (sub-heads and bullets kept). */
  description: z.nullable(PageText),
  /** Items under "Key job responsibilities" when the description has that sub-head. */
  responsibilities: z.array(PageText),
  /** One item per bullet, bullet marker stripped. */
  basicQualifications: z.array(PageText),
  preferredQualifications: z.array(PageText),
  /** Trailing non-qualification paragraphs (equal-opportunity text, pay range, accommodations). */
  notices: z.array(PageText),
  /** The page says the job is no longer available (filled or withdrawn). */
  closed: z.boolean(),
  /** Which strategy found each field that was found. */
  provenance: z.partialRecord(PostingField, FieldProvenance),
  /** Fields that could not be found. Never thrown: named here. */
  missing: z.array(PostingField),
});
export type Posting = z.infer<typeof Posting>;

/** A job card on a search/listing page. */
export const JobCard = z.object({
  jobId: z.string(),
  title: z.nullable(PageText),
  url: z.string(),
  /** Each location the card lists, as the site writes it (the same shape as a Posting's). */
  locations: z.array(PageText),
  postedDate: z.nullable(IsoDate),
});
export type JobCard = z.infer<typeof JobCard>;

export const Listing = z.object({
  url: z.string(),
  cards: z.array(JobCard),
});
export type Listing = z.infer<typeof Listing>;

/** What a URL (and, where needed, its Document) is on amazon.jobs. */
export const PageKind = z.discriminatedUnion('page', [
  z.object({ page: z.literal('job'), jobId: z.string(), locale: z.nullable(z.string()) }),
  z.object({ page: z.literal('search') }),
  z.object({ page: z.literal('other') }),
  z.object({ page: z.literal('foreign') }),
]);
export type PageKind = z.infer<typeof PageKind>;
