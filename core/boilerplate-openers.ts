// How Amazon's standard closing paragraphs begin (equal opportunity, accommodations, privacy, pay and
// benefits): one list for the extractor, which moves them out of the qualification lists into
// `notices` (core/section-text.ts), and for the ranking, which masks each such sentence
// (core/boilerplate.ts). The recurring marketing blocks (Why AWS, work/life balance…) are learned from
// the postings instead (scripts/learn-boilerplate.ts). Plain text, matched case-insensitively.
export const NOTICE_OPENERS = [
  'Amazon is an equal opportunit',
  'Amazon\\.com is an equal opportunit',
  'Amazon is committed to a diverse',
  'Our inclusive culture',
  'We believe passionately that employing a diverse',
  'We make recruiting decisions based on',
  'If you have a disability',
  'For individuals with disabilities',
  'If the country/region you',
  'Los Angeles County applicants',
  'Pursuant to the',
  'Our compensation reflects',
  'The base pay',
  'The pay range',
  'Base pay for',
  'Pay is based on',
  'Amazon is a total compensation',
  'Dependent on the position offered',
  'For more information on Amazon',
  'For more information, please visit',
  'Protecting your privacy',
  'Please consult our Privacy',
  'This position will remain posted',
  'Applicants should apply via',
  'Salary Range',
  'Benefits: Amazon provides',
  'Amazon provides a full range of benefits',
  'Eligible employees may also receive',
  'While they might vary from location',
] as const;
