// The popup's question "what is on this page?", answered from the cache, or by extracting on
// the spot when the trackers have nothing yet (e.g. the popup opened mid-render).
import { extractListing } from '../../content/extract-listing';
import { extractPosting } from '../../content/extract-posting';
import { pageKind } from '../../core/amazon-jobs-url';
import type { PageReport } from '../../messaging/protocol';
import type { PageCache } from './page-cache';

export function pageReport(url: string, doc: Document, cache: PageCache): PageReport {
  const kind = pageKind(url);
  if (kind.page === 'job') {
    return { kind, posting: cache.posting(url) ?? extractPosting(doc, url), listing: null };
  }
  if (kind.page === 'search') {
    return { kind, posting: null, listing: cache.listing(url) ?? extractListing(doc, url) };
  }
  return { kind, posting: null, listing: null };
}
