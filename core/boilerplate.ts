// Text Amazon appends to every posting (equal-opportunity statement, accommodations, privacy, pay
// ranges, AWS's standard "Why AWS / Work-Life Balance / Inclusive Team Culture" blocks, the old
// "Work Hard, Have Fun, Make History" motto). It mentions inventing, simplifying, customers and
// results, so counting it would rank every posting alike. Each opener masks to the end of its sentence.

const SENTENCE_OPENERS = [
  'Amazon(?:\\.com)? is (?:an|a) equal opportunit',
  'Amazon is committed to a diverse',
  'We believe passionately that employing a diverse',
  'We make recruiting decisions based on',
  'We value your passion to discover',
  'Protecting your privacy',
  'Please consult our Privacy',
  'Our inclusive culture empowers',
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
  'For more information, please visit',
  'This position will remain posted',
  'Applicants should apply via',
  'Salary Range',
  'Benefits: Amazon provides',
  'Amazon provides a full range of benefits',
  'Eligible employees may also receive',
  'While they might vary from location',
  'Amazon values diverse experiences',
  'Even if you do not meet all of the preferred',
  'If your career is just starting',
  'Amazon Web Services \\(AWS\\) is the world',
  'We pioneered cloud computing',
  'We value work-life',
  'Achieving success at work should never',
  'When we feel supported in the workplace',
  'Here at AWS, it',
  'Here at AWS, we embrace',
  'Our employee-led affinity groups',
  'We have ten employee-led affinity',
  'Ongoing events and learning experiences',
  'We are committed to furthering our culture',
  'Amazon’s culture of inclusion',
  "Amazon's culture of inclusion",
  'We’re continuously raising our performance bar',
  "We're continuously raising our performance bar",
  'That’s why you’ll find endless knowledge',
  "That's why you'll find endless knowledge",
  'We value innovation and recognize this sometimes',
  'We also value in-person collaboration',
  'Our team affords employees options',
  'Work Hard, Have Fun, Make History',
];

// Headings of AWS's standard closing blocks: the heading itself carries no signal either.
const HEADINGS = [
  'Diverse Experiences',
  'Why AWS\\??',
  'Work/Life Balance',
  'Inclusive Team Culture',
  'Mentorship (?:and|&) Career Growth',
  'Hybrid Work',
];

const BOILERPLATE = new RegExp(
  `(?:${SENTENCE_OPENERS.join('|')})(?:[^.!?\\n]|[.!?](?=[^\\s]))*[.!?”"]*|(?:^|\\n)(?:${HEADINGS.join('|')})[ \\t]*(?=\\n|$)`,
  // Case-sensitive on purpose: the boilerplate is pasted verbatim, and V8 scans a case-sensitive
  // alternation of literals several times faster.
  'g',
);

/** [start, end) ranges of boilerplate in `text`, in order. */
export function boilerplateRanges(text: string): [number, number][] {
  const out: [number, number][] = [];
  BOILERPLATE.lastIndex = 0;
  for (let m = BOILERPLATE.exec(text); m; m = BOILERPLATE.exec(text)) {
    if (m[0].length === 0) {
      BOILERPLATE.lastIndex++;
      continue;
    }
    out.push([m.index, m.index + m[0].length]);
  }
  return out;
}

/** True for a paragraph that is wholly Amazon boilerplate (used to skip it in checklists). */
export function isBoilerplate(text: string): boolean {
  const t = text.trim();
  if (t === '') return false;
  const covered = boilerplateRanges(t).reduce((n, [s, e]) => n + (e - s), 0);
  return covered >= t.length * 0.8;
}
