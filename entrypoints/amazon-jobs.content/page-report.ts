// The popup's question "what is on this page?": the posting from the cache or extracted on the spot
// (it is extracted only when something asks for it; see posting-watcher.ts); the listing read when
// asked (the site redraws it, and the listing badges read only the cards' IDs and titles).
import { extractListing } from '../../content/extract-listing';
import { extractPosting } from '../../content/extract-posting';
import { pageKind } from '../../core/amazon-jobs-url';
import type { Posting } from '../../core/posting';
import type { PageReport } from '../../messaging/protocol';
import type { PageCache } from './page-cache';

export function pageReport(url: string, doc: Document, cache: PageCache): PageReport {
  const kind = pageKind(url);
  if (kind.page === 'job') return { kind, posting: pagePosting(url, doc, cache), listing: null };
  if (kind.page === 'search') return { kind, posting: null, listing: extractListing(doc, url) };
  return { kind, posting: null, listing: null };
}

/**
 * The posting on the page at `url`: from the cache, or extracted now. Kept once the posting watcher
 * knows the DOM shows this URL's job (before that it may still be the previous job's DOM).
 */
export function pagePosting(url: string, doc: Document, cache: PageCache): Posting {
  const cached = cache.posting(url);
  if (cached) return cached;
  const posting = extractPosting(doc, url);
  if (cache.shown(url)) cache.setPosting(url, posting);
  return posting;
}
