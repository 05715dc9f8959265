// Property-based fuzz of the extractors: whatever HTML a page holds and whatever URL it has, extraction
// returns a schema-valid result and never throws into the page.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { extractListing } from '../../../content/extract-listing';
import { extractPosting } from '../../../content/extract-posting';
import { Listing, POSTING_FIELDS, Posting } from '../../../core/posting';
import { parse } from '../content/html';
import { htmlSoup, htmlTree, pageUrl } from './arbitraries';

function extractsValidly(html: string, url: string): void {
  const doc = parse(html);
  const posting = extractPosting(doc, url);
  const parsed = Posting.safeParse(posting);
  expect(parsed.success, parsed.success ? '' : parsed.error.message).toBe(true);
  // `missing` and `provenance` partition the fields: each field is either found (with its strategy) or named missing.
  for (const f of POSTING_FIELDS) expect(posting.missing.includes(f)).toBe(posting.provenance[f] === undefined);
  const listing = extractListing(doc, url);
  expect(Listing.safeParse(listing).success).toBe(true);
  for (const card of listing.cards) expect(card.jobId).toMatch(/^\d+$/);
}

describe('extraction fuzz', () => {
  it('random element trees: valid Posting and Listing, never a throw', () => {
    fc.assert(fc.property(htmlTree, pageUrl, extractsValidly), { numRuns: 300, seed: 20250801 });
  });

  it('random tag soup: valid Posting and Listing, never a throw', () => {
    fc.assert(fc.property(htmlSoup, pageUrl, extractsValidly), { numRuns: 300, seed: 20250802 });
  });
});
