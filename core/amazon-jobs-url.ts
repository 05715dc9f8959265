// What an amazon.jobs URL is, from the URL alone: pure rules used by extraction (content/), the content
// script (which features run on a page), and core and db (which links may be stored or shown).
//
// Rules, from the real URLs in tests/fixtures/urls.tsv:
// - job:    (www.)amazon.jobs/[<locale>/]jobs/<digits>[/<slug>]
// - search: /[<locale>/]search, /content/<locale>/job-categories/<slug>, and the per-team, per-category and
//           per-location pages that list jobs: /<locale>/(teams|business_categories|job_categories|locations)/<slug>.
//           Their index pages (/en/job_categories, /en/business_categories, /en/locations) list no jobs: other.
// - other:  anything else on amazon.jobs or a subdomain (account., passport.: apply and sign-in steps)
// - foreign: another host, a look-alike host, a non-http(s) scheme, or not a URL.
import type { PageKind } from './posting';

const HOST = 'amazon.jobs';
const LOCALE = /^[a-z]{2}(?:[-_][a-z]{2,4})?$/i;
const JOB_ID = /^\d{3,12}$/;
const LISTING_SECTIONS = new Set(['teams', 'business_categories', 'job_categories', 'locations']);

interface JobPath {
  jobId: string;
  locale: string | null;
  slug: string | null;
}

function parseUrl(url: string): URL | null {
  try {
    const u = new URL(url.trim());
    return u.protocol === 'https:' || u.protocol === 'http:' ? u : null;
  } catch {
    return null;
  }
}

function normalizeLocale(segment: string): string {
  return segment.toLowerCase().replace('_', '-');
}

function segmentsOf(u: URL): string[] {
  return u.pathname.split('/').filter((s) => s !== '');
}

function jobPath(segments: string[]): JobPath | null {
  const first = segments[0];
  const locale = first !== undefined && LOCALE.test(first) ? normalizeLocale(first) : null;
  const rest = locale ? segments.slice(1) : segments;
  const [jobs, id, slug, ...extra] = rest;
  if (jobs?.toLowerCase() !== 'jobs' || id === undefined || !JOB_ID.test(id) || extra.length > 0) return null;
  return { jobId: id, locale, slug: slug ?? null };
}

function isListing(segments: string[]): boolean {
  const [a, b, c, d] = segments.map((s) => s.toLowerCase());
  if (a === undefined) return false;
  if (a === 'search') return b === undefined;
  if (a === 'content') return b !== undefined && LOCALE.test(b) && c === 'job-categories' && d !== undefined;
  if (!LOCALE.test(a)) return false;
  if (b === 'search') return c === undefined;
  return b !== undefined && LISTING_SECTIONS.has(b) && c !== undefined && d === undefined;
}

/** Classifies a URL; never throws. */
export function pageKind(url: string): PageKind {
  const u = parseUrl(url);
  if (!u) return { page: 'foreign' };
  const host = u.hostname.toLowerCase();
  if (host !== HOST && !host.endsWith(`.${HOST}`)) return { page: 'foreign' };
  // account.amazon.jobs/jobs/<id>/apply and the like are steps after the posting, not the posting.
  if (host !== HOST && host !== `www.${HOST}`) return { page: 'other' };
  const segments = segmentsOf(u);
  const job = jobPath(segments);
  if (job) return { page: 'job', jobId: job.jobId, locale: job.locale };
  if (isListing(segments)) return { page: 'search' };
  return { page: 'other' };
}

/** https://www.amazon.jobs/<locale>/jobs/<id>[/<slug>] for a posting URL ("en" when it has no locale), else null. */
export function canonicalPostingUrl(url: string): string | null {
  const u = parseUrl(url);
  if (!u || pageKind(url).page !== 'job') return null;
  const job = jobPath(segmentsOf(u));
  if (!job) return null;
  return `https://www.${HOST}/${job.locale ?? 'en'}/jobs/${job.jobId}${job.slug ? `/${job.slug}` : ''}`;
}

/**
 * True for an https URL on amazon.jobs or one of its subdomains, without credentials: the only
 * links LoopReady stores for a posting or shows (a backup could hold `javascript:` or a look-alike).
 */
export function isAmazonJobsUrl(url: string): boolean {
  let u: URL;
  try {
    u = new URL(url);
  } catch {
    return false;
  }
  const host = u.hostname.toLowerCase();
  return u.protocol === 'https:' && u.username === '' && u.password === '' && (host === HOST || host.endsWith(`.${HOST}`));
}
