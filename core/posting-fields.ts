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
