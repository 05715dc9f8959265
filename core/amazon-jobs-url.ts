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
const LISTING_SECTIONS = new Set(['teams', 'business_categories', 'job_categories', 'locations']);

// The locale and job ID rules as character tests rather than regular expressions: the content script
// classifies its page with them (pageKindOfHref), and there each regular expression's first use is
// compiled on the spot (about 0.3 ms apiece on a busy machine, measured in the content script).
const isAsciiLetter = (c: number) => (c >= 65 && c <= 90) || (c >= 97 && c <= 122);
export const isAsciiDigit = (c: number) => c >= 48 && c <= 57;
function every(s: string, from: number, test: (c: number) => boolean): boolean {
  for (let i = from; i < s.length; i++) if (!test(s.charCodeAt(i))) return false;
  return true;
}

/** A locale segment: two letters, optionally `-` or `_` and two to four letters ("en", "zh-CN", "en_gb"). */
function isLocale(segment: string): boolean {
  const n = segment.length;
  if (n !== 2 && (n < 5 || n > 7)) return false;
  if (!isAsciiLetter(segment.charCodeAt(0)) || !isAsciiLetter(segment.charCodeAt(1))) return false;
  return n === 2 || ((segment[2] === '-' || segment[2] === '_') && every(segment, 3, isAsciiLetter));
}

/** Only ASCII digits, at least one (a job ID as a card's data-job-id gives it). */
export const isDigits = (s: string) => s.length > 0 && every(s, 0, isAsciiDigit);

/** A job ID segment: three to twelve ASCII digits. */
const isJobId = (segment: string) => segment.length >= 3 && segment.length <= 12 && isDigits(segment);

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

function segmentsOf(pathname: string): string[] {
  return pathname.split('/').filter((s) => s !== '');
}

function jobPath(segments: string[]): JobPath | null {
  const first = segments[0];
  const locale = first !== undefined && isLocale(first) ? normalizeLocale(first) : null;
  const rest = locale ? segments.slice(1) : segments;
  const [jobs, id, slug, ...extra] = rest;
  if (jobs?.toLowerCase() !== 'jobs' || id === undefined || !isJobId(id) || extra.length > 0) return null;
  return { jobId: id, locale, slug: slug ?? null };
}

function isListing(segments: string[]): boolean {
  const [a, b, c, d] = segments.map((s) => s.toLowerCase());
  if (a === undefined) return false;
  if (a === 'search') return b === undefined;
  if (a === 'content') return b !== undefined && isLocale(b) && c === 'job-categories' && d !== undefined;
  if (!isLocale(a)) return false;
  if (b === 'search') return c === undefined;
  return b !== undefined && LISTING_SECTIONS.has(b) && c !== undefined && d === undefined;
}

/** The rules above, on an http(s) URL's host (lower case, as URL gives it) and path. */
function kindOf(host: string, pathname: string): PageKind {
  if (host !== HOST && !host.endsWith(`.${HOST}`)) return { page: 'foreign' };
  // account.amazon.jobs/jobs/<id>/apply and the like are steps after the posting, not the posting.
  if (host !== HOST && host !== `www.${HOST}`) return { page: 'other' };
  const segments = segmentsOf(pathname);
  const job = jobPath(segments);
  if (job) return { page: 'job', jobId: job.jobId, locale: job.locale };
  if (isListing(segments)) return { page: 'search' };
  return { page: 'other' };
}

/** Classifies a URL; never throws. */
export function pageKind(url: string): PageKind {
  const u = parseUrl(url);
  return u ? kindOf(u.hostname.toLowerCase(), u.pathname) : { page: 'foreign' };
}

/**
 * Nothing URL's parser would rewrite: whitespace, controls, backslashes, non-ASCII, or what may be a
 * dot segment ("/./", "/../", "%2e"). A serialized URL has none of these, except a rare "/." in a name.
 */
const isSerialized = (href: string) =>
  every(href, 0, (c) => c > 32 && c < 127 && c !== 92) && !href.includes('/.') && !href.includes('%2e') && !href.includes('%2E');

/**
 * pageKind of a URL as the browser serializes it (`location.href`, a navigation's destination URL):
 * lower-case scheme and host, dot segments resolved, no backslashes. Read from the string, without
 * `new URL` (the content script's first URL object costs its page time). For any other string the
 * answer is pageKind's.
 */
export function pageKindOfHref(href: string): PageKind {
  const scheme = href.startsWith('https://') ? 8 : href.startsWith('http://') ? 7 : 0;
  if (scheme === 0 || !isSerialized(href)) return pageKind(href);
  let end = scheme;
  while (end < href.length && href[end] !== '/' && href[end] !== '?' && href[end] !== '#') end++;
  // user:password@ before the host (the last @ ends it), :port after it.
  const authority = href.slice(href.lastIndexOf('@', end - 1) + 1 || scheme, end);
  const colon = authority.indexOf(':');
  const host = colon === -1 ? authority : authority.slice(0, colon);
  if (host.toLowerCase() !== host) return pageKind(href);
  let pathEnd = end;
  while (pathEnd < href.length && href[pathEnd] !== '?' && href[pathEnd] !== '#') pathEnd++;
  return kindOf(host, href.slice(end, pathEnd));
}

/** https://www.amazon.jobs/<locale>/jobs/<id>[/<slug>] for a posting URL ("en" when it has no locale), else null. */
export function canonicalPostingUrl(url: string): string | null {
  const u = parseUrl(url);
  if (!u || pageKind(url).page !== 'job') return null;
  const job = jobPath(segmentsOf(u.pathname));
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
