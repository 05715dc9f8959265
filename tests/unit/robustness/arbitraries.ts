// fast-check arbitraries for the fuzz tests: page-ish HTML (strings and element trees) and Postings
// whose text mixes real signal words, markup, unicode, empty and huge values.
import fc from 'fast-check';
import { POSTING_FIELDS, type Posting } from '../../../core/posting';
import { sectionText, type Section } from '../../../core/posting-sections';

// Words and phrases of the kind postings use for what the principles describe, so random text
// produces evidence too (a fixed list: the fuzz must not depend on the knowledge base's wording).
const SIGNAL_WORDS = [
  'customers', 'customer obsession', 'ownership', 'own', 'end-to-end', 'invent', 'simplify', 'innovate', 'are right a lot',
  'judgment', 'learn', 'curious', 'hire', 'develop', 'mentor', 'highest standards', 'quality', 'think big', 'vision',
  'bias for action', 'fast-paced', 'ambiguity', 'frugality', 'cost', 'earn trust', 'stakeholders', 'dive deep', 'data',
  'SQL', 'metrics', 'root cause', 'backbone', 'disagree and commit', 'deliver results', 'deadlines', 'impact',
  "Earth's best employer", 'inclusive', 'success and scale', 'responsibility', 'safety', 'Leadership Principles',
];

const MARKUP = [
  '<script>alert(1)</script>', '<img src=x onerror=alert(1)>', '</p></div>', '<!--', '-->', '<![CDATA[', ']]>',
  '&amp;', '&lt;b&gt;', '&#0;', '&#xD800;', '<b>', '</b>', '<br>', '"', "'", '`', '\\', '*', '_', '#', '|', '[x](javascript:alert(1))',
];
const LAYOUT = ['\n', '\n\n', '\r\n', '\t', '  ', '• ', '- ', '· ', '1. ', 'Key job responsibilities', 'A day in the life', 'About the team', ':'];
const HEADINGS = ['DESCRIPTION', 'BASIC QUALIFICATIONS', 'PREFERRED QUALIFICATIONS', 'BESCHREIBUNG', '必須要件', '职位描述', 'REQUISITOS BÁSICOS', 'Job ID: 3038134 | Amazon EU Sarl'];
const UNICODE = ['\u0000', '\u200b', '\u00a0', '\ufeff', '\u202e', '😀', '👩🏽‍💻', 'ß', 'İ', 'Ǆ', '\ud800', '\udfff', '𝔄', 'ﬁ', 'ǰ'];

/** One token of page text: a signal word, markup, layout, heading, odd unicode or random characters. */
export const textToken = fc.oneof(
  { weight: 4, arbitrary: fc.constantFrom(...SIGNAL_WORDS) },
  { weight: 2, arbitrary: fc.constantFrom(...MARKUP) },
  { weight: 2, arbitrary: fc.constantFrom(...LAYOUT) },
  { weight: 1, arbitrary: fc.constantFrom(...HEADINGS) },
  { weight: 1, arbitrary: fc.constantFrom(...UNICODE) },
  { weight: 2, arbitrary: fc.string({ unit: 'binary', maxLength: 12 }) },
  { weight: 2, arbitrary: fc.string({ maxLength: 12 }) },
);

/** Text: usually a few dozen tokens, sometimes empty. */
export const text = fc.oneof(
  { weight: 8, arbitrary: fc.array(textToken, { maxLength: 40 }).map((t) => t.join(' ')) },
  { weight: 1, arbitrary: fc.constant('') },
);

/** Huge text: tokens repeated to 150,000 characters, past the ranking's per-section scan limit. */
const hugeText = fc.array(textToken, { minLength: 1, maxLength: 20 }).map((t) => {
  const once = `${t.join(' ')} `;
  return once.repeat(Math.ceil(150_000 / once.length)).slice(0, 150_000);
});

const nullableText = fc.option(text, { nil: null });
const textList = fc.array(text, { maxLength: 8 });

const basePosting: fc.Arbitrary<Posting> = fc.record({
  jobId: fc.option(fc.stringMatching(/^\d{1,12}$/), { nil: null }),
  title: nullableText,
  url: fc.oneof(fc.webUrl(), text),
  locale: fc.option(fc.constantFrom('en', 'de', 'ja', 'zh', 'fr', 'es', 'pt-br', ''), { nil: null }),
  locations: textList,
  category: nullableText,
  team: nullableText,
  company: nullableText,
  postedDate: fc.option(fc.constantFrom('2025-07-18', '2000-01-01', '2099-12-31'), { nil: null }),
  updatedDate: fc.option(fc.constantFrom('2025-08-01', '2024-02-29'), { nil: null }),
  description: nullableText,
  responsibilities: textList,
  basicQualifications: textList,
  preferredQualifications: textList,
  notices: textList,
  closed: fc.boolean(),
  provenance: fc.constant({}),
  missing: fc.subarray([...POSTING_FIELDS]),
});

/** A Posting; one in ten has one huge section (a pasted 150 KB description, a runaway list). */
export const posting: fc.Arbitrary<Posting> = fc.oneof(
  { weight: 9, arbitrary: basePosting },
  {
    weight: 1,
    arbitrary: fc.tuple(basePosting, hugeText, fc.constantFrom('title', 'description', 'responsibilities', 'basicQualifications', 'preferredQualifications')).map(
      ([p, huge, field]) =>
        field === 'title' || field === 'description' ? { ...p, [field]: huge } : { ...p, [field]: [huge, ...p[field]] },
    ),
  },
);

/** Problems with evidence offsets (empty when each slice of its section text is the quoted text). */
// Structural, so it checks the ranking's evidence and the plan's copy of it alike.
export function evidenceProblems(p: Posting, evidence: readonly { section: Section; start: number; end: number; text: string }[]): string[] {
  return evidence
    .filter((e) => !(e.start >= 0 && e.end > e.start && sectionText(p, e.section).slice(e.start, e.end) === e.text))
    .map((e) => `${e.section}[${e.start},${e.end}) is not ${JSON.stringify(e.text)}`)
    .concat(
      // Where the ranking also gives the surrounding clause, it must hold the phrase and fit the section.
      evidence.flatMap((e) => {
        const ctx = (e as { context?: { start: number; end: number } }).context;
        const len = sectionText(p, e.section).length;
        return ctx && !(ctx.start >= 0 && ctx.start <= e.start && e.end <= ctx.end && ctx.end <= len)
          ? [`${e.section}: context [${ctx.start},${ctx.end}) does not hold [${e.start},${e.end}) within ${len}`]
          : [];
      }),
    );
}

// --- HTML ------------------------------------------------------------------------------------------

const TAGS = ['div', 'p', 'span', 'h1', 'h2', 'h3', 'strong', 'b', 'ul', 'li', 'a', 'br', 'section', 'main', 'script', 'style', 'table', 'tr', 'td', 'dt', 'dd', 'label', 'template', 'svg', 'iframe', 'button'];
const CLASSES = ['section', 'section description', 'title', 'meta', 'header', 'content', 'association job-category-icon', 'association team-icon', 'association location-icon', 'job', 'job-tile', 'job-title', 'job-link', 'location-and-id', 'posting-date', 'job-card-module_root__x1', 'metadatum-module_text__y'];
const HREFS = ['/en/jobs/3038134/sr-bie', '/jobs/1', 'https://www.amazon.jobs/de/jobs/2948751', 'javascript:alert(1)', 'https://evil.example/jobs/1', '', '%%%', '//amazon.jobs/en/jobs/99'];

const attrs = fc.record(
  {
    class: fc.constantFrom(...CLASSES),
    id: fc.constantFrom('job-detail', 'app', ''),
    href: fc.constantFrom(...HREFS),
    'data-job-id': fc.oneof(fc.stringMatching(/^\d{1,9}$/), fc.constantFrom('', 'abc')),
    type: fc.constantFrom('application/ld+json', 'text/javascript'),
  },
  { requiredKeys: [] },
);

const escapeText = (s: string): string => s.replace(/&/g, '&amp;').replace(/</g, '&lt;');
const escapeAttr = (s: string): string => s.replace(/&/g, '&amp;').replace(/"/g, '&quot;');

/** A random element tree serialised to HTML (well-formed-ish: the parser decides the rest). */
export const htmlTree: fc.Arbitrary<string> = fc.letrec<{ node: string; element: string }>((tie) => ({
  node: fc.oneof(
    { depthSize: 'small', withCrossShrink: true },
    text.map(escapeText),
    fc.constantFrom(...HEADINGS),
    tie('element'),
  ),
  element: fc
    .record({ tag: fc.constantFrom(...TAGS), attrs, children: fc.array(tie('node'), { maxLength: 5 }) })
    .map(({ tag, attrs: a, children }) => {
      const attrText = Object.entries(a).map(([k, v]) => ` ${k}="${escapeAttr(v)}"`).join('');
      return tag === 'br' ? `<br${attrText}>` : `<${tag}${attrText}>${children.join('')}</${tag}>`;
    }),
})).element.map((body) => `<!DOCTYPE html><html lang="en"><head><title>x - Job ID: 12345 | Amazon.jobs</title></head><body>${body}</body></html>`);

/** Raw HTML-looking strings: tag soup, broken tags, entities, random characters. */
export const htmlSoup: fc.Arbitrary<string> = fc
  .array(
    fc.oneof(
      fc.constantFrom('<', '>', '</', '/>', '<div class="section">', '<h2>', '</h2>', '<p>', '<br>', '<script>', '</script>', '<!--', '-->', '<h1 class="title">', '<p class="meta">', '<div id="job-detail">', '<li>', '<ul>', '<a href="/en/jobs/123">', '</a>', '<div class="job" data-job-id="77">', '"', "'", '=', '&', '&#', ';'),
      textToken,
    ),
    { maxLength: 80 },
  )
  .map((t) => t.join(''));

/** URLs the extractor may be handed: real posting and search URLs, look-alikes, junk. */
export const pageUrl = fc.oneof(
  fc.constantFrom(
    'https://www.amazon.jobs/en/jobs/3038134/sr-bie-position-3p-selection-eu-3p-selection',
    'https://amazon.jobs/jobs/2948751',
    'https://www.amazon.jobs/de/jobs/3049864?utm_source=x#apply',
    'https://www.amazon.jobs/en/search?offset=0',
    'https://amazon.jobs.evil.example/en/jobs/1',
    'about:blank',
    '',
    'not a url',
  ),
  fc.webUrl(),
  fc.string(),
);
