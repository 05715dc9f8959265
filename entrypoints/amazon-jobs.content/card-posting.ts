// A search-result card saved from the listing becomes a Posting with only what the card shows; every
// other field is named in `missing`, so the tracker says so honestly. Visiting the posting later fills
// the rest (the background merges the full extraction into the saved snapshot).
import { canonicalPostingUrl, pageKind } from '../../core/amazon-jobs-url';
import type { FieldProvenance, JobCard, Posting, PostingField } from '../../core/posting';
import { emptyPosting, POSTING_FIELDS } from '../../core/posting-fields';

const FROM_CARD: FieldProvenance = { strategy: 'dom', confidence: 0.8 };

export function postingFromCard(card: JobCard): Posting {
  const url = canonicalPostingUrl(card.url) ?? `https://www.amazon.jobs/en/jobs/${card.jobId}`;
  const kind = pageKind(url);
  const posting = emptyPosting({
    jobId: card.jobId,
    title: card.title,
    url,
    locale: kind.page === 'job' ? kind.locale : null,
    locations: card.location ? card.location.split('; ').filter(Boolean) : [],
    postedDate: card.postedDate,
  });
  const found = (f: PostingField): boolean => {
    const v = posting[f];
    return Array.isArray(v) ? v.length > 0 : v !== null && v !== '';
  };
  for (const f of POSTING_FIELDS) {
    if (found(f)) posting.provenance[f] = f === 'jobId' ? { strategy: 'dom', confidence: 1 } : FROM_CARD;
    else posting.missing.push(f);
  }
  return posting;
}
