// The one way a Posting is assembled, wherever its values come from: a job page (content/extract-posting),
// a job card on a listing (postingFromCard, below), a stored or imported record (posting-from-record),
// or a saved snapshot merged with a revisit (snapshot.ts). The caller says what it read and how; the
// builder fills the rest, keeps `provenance` to the fields that hold a value, and names every other
// field in `missing`.
//
// No Zod here (type-only imports): the content script ships this. Boundaries parse the result.
import { canonicalPostingUrl, pageKind } from './amazon-jobs-url';
import type { FieldProvenance, JobCard, Posting, PostingField } from './posting';
import { POSTING_FIELDS } from './posting-fields';

/** What a source read: any of the Posting's values (an absent field was not read). */
export type PostingValues = Partial<Omit<Posting, 'provenance' | 'missing'>>;

/** How the values were found: one way for all of them, or one per field (a field without one is missing). */
export type HowFound = FieldProvenance | Posting['provenance'];

/** True when a field holds something: not null, not "" and not an empty list. */
export function hasValue(value: unknown): boolean {
  return Array.isArray(value) ? value.length > 0 : value !== null && value !== undefined && value !== '';
}

/**
 * A Posting of `values`. A field counts as found when it holds a value and `how` says how it was found;
 * a value without a provenance is kept (a URL given but not recognised) and still named in `missing`.
 */
export function buildPosting(values: PostingValues = {}, how: HowFound = {}): Posting {
  const one = 'strategy' in how ? (how as FieldProvenance) : null;
  const posting: Posting = {
    jobId: null,
    title: null,
    url: '',
    locale: null,
    locations: [],
    category: null,
    team: null,
    company: null,
    postedDate: null,
    updatedDate: null,
    description: null,
    responsibilities: [],
    basicQualifications: [],
    preferredQualifications: [],
    notices: [],
    closed: false,
    ...(Object.fromEntries(Object.entries(values).filter(([, v]) => v !== undefined)) as PostingValues),
    provenance: {},
    missing: [],
  };
  for (const field of POSTING_FIELDS) {
    const found = one ?? (how as Posting['provenance'])[field];
    if (found && hasValue(posting[field])) posting.provenance[field] = found;
    else posting.missing.push(field);
  }
  return posting;
}

const CARD_ID: FieldProvenance = { strategy: 'dom', confidence: 1 };
const FROM_CARD: FieldProvenance = { strategy: 'dom', confidence: 0.8 };

/**
 * A job card saved from a listing: a Posting with only what the card shows, every other field named in
 * `missing`, so the tracker says so honestly. Visiting the posting later fills the rest (the background
 * merges the full extraction into the saved snapshot).
 */
export function postingFromCard(card: JobCard): Posting {
  const url = canonicalPostingUrl(card.url) ?? `https://www.amazon.jobs/en/jobs/${card.jobId}`;
  const kind = pageKind(url);
  return buildPosting(
    {
      jobId: card.jobId,
      title: card.title,
      url,
      locale: kind.page === 'job' ? kind.locale : null,
      locations: card.locations,
      postedDate: card.postedDate,
    },
    { jobId: CARD_ID, title: FROM_CARD, url: FROM_CARD, locale: FROM_CARD, locations: FROM_CARD, postedDate: FROM_CARD },
  );
}
