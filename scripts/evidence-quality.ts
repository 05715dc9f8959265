// Counts the evidence quotes a candidate sees (the plan's top principles, over every fixture posting:
// the 418 external ones read in place and the internal ones) that an interviewer would not accept:
//   npx tsx scripts/evidence-quality.ts                 counts per kind
//   npx tsx scripts/evidence-quality.ts --list short    the quotes of one kind (short, marketing, fragment, cut, debris)
//   npx tsx scripts/evidence-quality.ts --json          the counts as JSON
// The detectors here are deliberately independent of the masking rules in core/boilerplate.ts (their
// own word lists), so masking more cannot make them blind: they read the quote as a reviewer would.
import { analyzePosting } from '../core/analyze-posting';
import { sectionText } from '../core/posting-sections';
import { loadCases } from './lib/labelled-postings';
import { runAsMain } from './lib/run-as-main';

/** Fewer content words than this and the quote does not show what the work demands. */
export const MIN_CONTENT_WORDS = 4;

const STOP = new Set(
  ('a an the of to on in at by for and or with from our your their its as into about over within between through via per than ' +
    'this these that those all any each every some is are be was were will can you we us it who which while where when so but not ' +
    'including such like etc e g i have has had do does able ability strong excellent good great new other more most very')
    .split(' '),
);

export function contentWords(text: string): number {
  return (text.toLowerCase().match(/[a-z][a-z'’-]*/g) ?? []).filter((w) => !STOP.has(w) && w.length > 1).length;
}

// Recruiting and company marketing, as a reviewer reads it: taglines and hooks, benefits, what the
// company is or offers, rather than a duty or a qualification.
const MARKETING = [
  /^(?:come|join|why)\b/i, // "Come innovate with us", "Join us", "Why AWS?"
  /\?\s*$/, // a hook: "Want to make a billion-dollar impact?"
  /\b(?:work hard|have fun|make history)\b/i,
  /\bcareer (?:growth|development|advancement|progression)\b(?!.*\b(?:others|engineers|team|employees|reports)\b)/i,
  /\b(?:work[- /]life|benefits|perks|flexible (?:hours|working)|competitive (?:salary|pay|compensation))\b/i,
  /\b(?:we|our team|amazon|aws) (?:care|value|believe|embrace|offer|celebrate|support)s?\b/i,
  /\b(?:diverse|inclusive|inclusion|diversity)\b.*\b(?:culture|team|workplace|backgrounds|perspectives|experiences)\b/i,
  /^(?:at |here at )?(?:amazon|aws|amazon web services)(?: \([a-z]+\))?,? (?:is|are|has|have|strives|continues|was|commands|pioneered|we)\b/i,
  /\b(?:earth'?s|world'?s) (?:most|largest|leading|best)\b/i,
  /\b(?:you will|you'll) (?:grow|learn|have the (?:chance|opportunity))\b/i,
  /\bopportunit(?:y|ies) to (?:grow|learn|develop your)\b/i,
];

export function isMarketing(quote: string): boolean {
  return MARKETING.some((re) => re.test(quote));
}

const LETTER = /[A-Za-z0-9\u00c0-\u024f]/;

/** The quote starts inside a clause: the source has a word, not a sentence, line or clause break, before it. */
export function midClauseStart(text: string, start: number): boolean {
  let i = start - 1;
  while (i >= 0 && (text[i] === ' ' || text[i] === '\t')) i--;
  return i >= 0 && (LETTER.test(text[i]!) || /["”’')]/.test(text[i]!));
}

/** The quote stops inside a clause: a word follows it in the source. */
export function midClauseEnd(text: string, end: number): boolean {
  if (/[.!?]["”’')]*$/.test(text.slice(Math.max(0, end - 3), end))) return false;
  let i = end;
  while (i < text.length && (text[i] === ' ' || text[i] === '\t')) i++;
  return i < text.length && (LETTER.test(text[i]!) || text[i] === '(');
}

/** Source debris at an edge: a glued bullet "-7+", a stray mark, a list marker "(2.)", a dangling "of"/"and". */
export function debris(quote: string): boolean {
  return (
    /^(?:[-–—*•·;,:)(]|\(?\d+[.)]\s)/.test(quote) ||
    /(?:\(\d+[.)]\)?|[;,:(\-–—/&]|\b(?:and|or|of|to|the|a|with|for|in|including))\s*$/i.test(quote)
  );
}

export interface QuoteRow {
  key: string;
  principle: string;
  quote: string;
}

export interface QualityCounts {
  postings: number;
  quotes: number;
  short: number;
  marketing: number;
  fragment: number;
  /** Of the fragments: cut inside a clause. */
  cut: number;
  /** Of the fragments: source debris at an edge. */
  debris: number;
  /** Top principles of a plan that show no quote at all (of postings with a description). */
  unquoted: number;
  /** Quotes with any of the three faults. */
  bad: number;
}

type Faults = { short: boolean; marketing: boolean; fragment: boolean; cut: boolean; debris: boolean };

/** `quote` as displayed ("…" marks dropped); `text` is the section text, [start, end) the quote's context in it. */
export function classify(quote: string, text: string, start: number, end: number): Faults {
  quote = quote.replace(/^…|…$/g, '');
  const cut = midClauseStart(text, start) || midClauseEnd(text, end);
  const junk = debris(quote);
  return { short: contentWords(quote) < MIN_CONTENT_WORDS, marketing: isMarketing(quote), fragment: cut || junk, cut, debris: junk };
}

export function measure(): { counts: QualityCounts; rows: (QuoteRow & Faults)[] } {
  const cases = loadCases();
  const rows: (QuoteRow & Faults)[] = [];
  let unquoted = 0;
  for (const c of cases) {
    const plan = analyzePosting(c.posting).plan;
    for (const p of plan.principles) {
      if (p.evidence.length === 0 && c.posting.description) unquoted++;
      for (const ev of p.evidence) {
        const q = ev.quote ?? { before: '', phrase: ev.text, after: '' };
        const quote = `${q.before}${q.phrase}${q.after}`.trim();
        const text = sectionText(c.posting, ev.section);
        rows.push({ key: `${c.set}:${c.key}`, principle: p.id, quote, ...classify(quote, text, ev.context.start, ev.context.end) });
      }
    }
  }
  const n = (f: (r: (typeof rows)[number]) => boolean) => rows.filter(f).length;
  return {
    counts: {
      postings: cases.length,
      quotes: rows.length,
      short: n((r) => r.short),
      marketing: n((r) => r.marketing),
      fragment: n((r) => r.fragment),
      cut: n((r) => r.cut),
      debris: n((r) => r.debris),
      unquoted,
      bad: n((r) => r.short || r.marketing || r.fragment),
    },
    rows,
  };
}

runAsMain(import.meta.url, async () => {
  const argv = process.argv.slice(2);
  const { counts, rows } = measure();
  const list = argv.indexOf('--list');
  if (list >= 0) {
    const kind = argv[list + 1] as 'short' | 'marketing' | 'fragment' | 'cut' | 'debris';
    for (const r of rows) if (r[kind]) console.log(`${r.key}\t${r.principle}\t${r.quote}`);
    return;
  }
  if (argv.includes('--json')) {
    console.log(JSON.stringify(counts));
    return;
  }
  console.log(`${counts.quotes} quotes in the plans of ${counts.postings} postings (top principles)`);
  console.log(`  under ${MIN_CONTENT_WORDS} content words: ${counts.short}`);
  console.log(`  tagline/benefit/company marketing: ${counts.marketing}`);
  console.log(`  starts or ends in a fragment: ${counts.fragment} (cut inside a clause: ${counts.cut}, source debris at an edge: ${counts.debris})`);
  console.log(`  any of these: ${counts.bad}`);
  console.log(`top principles with no quote (postings with a description): ${counts.unquoted}`);
});
