// The analysis behind `npm run analyze`: HTML (+ URL) → the JSON the CLI prints. Kept apart from the
// CLI's argument handling so later steps (principle ranking, prep plan) can extend the job output.
import { parseHTML } from 'linkedom';
import { extractListing } from '../content/extract-listing';
import { extractPosting } from '../content/extract-posting';
import { pageKind } from '../core/amazon-jobs-url';
import type { JobCard, PageKind, Posting } from '../core/posting';
import { analyzePosting } from '../core/analyze-posting';
import type { RankedPrinciple } from '../core/rank-principles';
import type { RoleFamily } from '../core/role-family';
import type { PracticeQuestion } from '../core/questions';
import { postingFromRecord } from '../core/posting-from-record';

/** Used when neither --url nor the page's own og:url/canonical says where the page came from. */
export const PLACEHOLDER_URL = 'https://www.amazon.jobs/';

/** What the core understands of a posting, as the CLI prints it (the plan as Markdown). */
export interface Understanding {
  principles: RankedPrinciple[];
  roleFamily: RoleFamily;
  questions: { practice: PracticeQuestion[]; toAsk: string[] };
  plan: string;
  notes: string[];
}

export type JobAnalysis = { page: 'job' } & Posting & Understanding;

export type Analysis =
  | JobAnalysis
  | { page: 'search'; url: string; cards: JobCard[] }
  | { page: 'other' | 'foreign'; url: string };

function ownUrl(doc: Document): string | null {
  const og = doc.querySelector('meta[property="og:url"]')?.getAttribute('content');
  const canonical = doc.querySelector('link[rel="canonical"]')?.getAttribute('href');
  return og || canonical || null;
}

/** A posting with the principles ranked, questions and the prep plan. */
export function analyzeJob(posting: Posting): JobAnalysis {
  const { principles, roleFamily, questions, planMarkdown, notes } = analyzePosting(posting);
  return { page: 'job', ...posting, principles, roleFamily, questions, plan: planMarkdown, notes };
}

/** A posting JSON record (the shape of ../shared/fixtures/postings/*.jsonl). Throws naming the bad fields. */
export function analyzeRecord(json: string): JobAnalysis {
  let record: unknown;
  try {
    record = JSON.parse(json);
  } catch (err) {
    throw new Error(`not valid JSON: ${(err as Error).message}`);
  }
  return analyzeJob(postingFromRecord(record));
}

/** Classifies and extracts a page. The URL decides the kind; a page whose URL says nothing is sniffed. */
export function analyzeHtml(html: string, url?: string): Analysis {
  const doc = parseHTML(html).document as unknown as Document;
  const where = url ?? ownUrl(doc) ?? PLACEHOLDER_URL;
  const kind = pageKind(where);
  if (kind.page === 'job') return analyzeJob(extractPosting(doc, where));
  const listing = extractListing(doc, where);
  if (kind.page === 'search' || listing.cards.length > 0) return { page: 'search', url: where, cards: listing.cards };
  const posting = extractPosting(doc, where);
  const found = posting.title !== null || posting.description !== null || posting.basicQualifications.length > 0;
  if (found) return analyzeJob(posting);
  return { page: kind.page, url: where };
}

/** The classification of a URL alone (`--url` without a file). */
export function analyzeUrl(url: string): PageKind {
  return pageKind(url);
}
