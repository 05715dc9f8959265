// The Posting's field names, apart from the schemas so that code shipped in the content script can
// list them without pulling Zod into its bundle.
export const POSTING_FIELDS = [
  'jobId',
  'title',
  'url',
  'locale',
  'locations',
  'category',
  'team',
  'company',
  'postedDate',
  'updatedDate',
  'description',
  'responsibilities',
  'basicQualifications',
  'preferredQualifications',
] as const;

import type { Posting } from './posting';

/** A Posting with nothing found, to fill in (type-only import: still no Zod in the bundle). */
export function emptyPosting(over: Partial<Posting> = {}): Posting {
  return {
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
    provenance: {},
    missing: [],
    ...over,
  };
}
