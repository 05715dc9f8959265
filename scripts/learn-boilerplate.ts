// Learns which sentences are standard text rather than the job's own words, and writes
// core/boilerplate.data.ts. Reproducible: same fixtures, same output.
//   npx tsx scripts/learn-boilerplate.ts           write the data module
//   npx tsx scripts/learn-boilerplate.ts --check   exit 1 when the module is not what the postings give
//
// Two rules, over the descriptions and closing notices (qualification lists are not learned from: a
// requirement many postings share, "strong sense of ownership", is still the job's):
// - a sentence (normalised, at least MIN_CHARS long) of a notice or of the closing part of a
//   description (after CLOSING_PART of it: the opening introduces the team and the job, company text
//   closes it) is boilerplate when it occurs in at least MIN_POSTINGS (7) postings of at least
//   SENTENCE_FAMILIES (2) role families (the equal-opportunity lines, "Here at AWS, we embrace…").
//   Fewer postings let one team's own closing lines in (a team posting SDE and SDM roles alike);
//   requiring more families loses the organisation-wide blocks, which engineering postings dominate;
// - a heading ("Work/Life Balance", "Mentorship and Career Growth") is a standard section when it
//   heads a block in at least HEADING_POSTINGS postings of at least HEADING_FAMILIES families, and in
//   at least half of them the block's first sentence is text another family's posting also has. Its
//   whole block is masked. "About the team" or "A day in the life" head different text in each posting,
//   so they stay; an organisation's team introduction repeated in its own postings stays too.
// The postings: every fixture posting (the 418 external ones read in place, and the internal ones).
import { readFileSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { headingKey, isHeadingLine, normalizeSentence, sentenceSpans } from '../core/boilerplate';
import { detectRoleFamily } from '../core/role-family';
import { loadCases, type LabelledCase } from './lib/labelled-postings';
import { runAsMain } from './lib/run-as-main';

export const MIN_POSTINGS = 7;
export const SENTENCE_FAMILIES = 2;
/** Only sentences after this share of a description are learned from (notices: all). */
export const CLOSING_PART = 0.4;
export const HEADING_POSTINGS = 3;
export const HEADING_FAMILIES = 3;
export const MIN_CHARS = 12;

export interface LearnedBoilerplate {
  sentences: string[];
  headings: string[];
}

function add(map: Map<string, Set<string>>, key: string, value: string): void {
  (map.get(key) ?? map.set(key, new Set()).get(key)!).add(value);
}

/** Headings of the description with the first sentence of the block under each. */
function headedFirstSentences(description: string): [string, string][] {
  const lines = description.split('\n').map((l) => l.trim());
  const out: [string, string][] = [];
  for (let i = 0; i < lines.length; i++) {
    if (!isHeadingLine(lines[i]!)) continue;
    let j = i + 1;
    while (j < lines.length && lines[j] === '') j++;
    const body = lines[j] ?? '';
    if (body === '' || isHeadingLine(body)) continue;
    const [s, e] = sentenceSpans(body)[0] ?? [0, 0];
    out.push([headingKey(lines[i]!), normalizeSentence(body.slice(s, e))]);
  }
  return out;
}

export function learnBoilerplate(cases: readonly LabelledCase[]): LearnedBoilerplate {
  const headed: [string, string, string][] = [];
  const bodyFamilies = new Map<string, Set<string>>();
  for (const c of cases) {
    const family = detectRoleFamily(c.posting).id;
    for (const [h, first] of headedFirstSentences(c.posting.description ?? '')) {
      headed.push([h, first, family]);
      add(bodyFamilies, first, family);
    }
  }
  const headStats = new Map<string, { n: number; shared: number; families: Set<string> }>();
  for (const [h, first, family] of headed) {
    const st = headStats.get(h) ?? headStats.set(h, { n: 0, shared: 0, families: new Set() }).get(h)!;
    st.n++;
    st.families.add(family);
    if (bodyFamilies.get(first)!.size >= 2) st.shared++;
  }
  const headings = [...headStats]
    .filter(([, st]) => st.n >= HEADING_POSTINGS && st.families.size >= HEADING_FAMILIES && st.shared * 2 >= st.n)
    .map(([h]) => h)
    .sort();
  return { sentences: learnSentences(cases), headings };
}

function learnSentences(cases: readonly LabelledCase[]): string[] {
  const postings = new Map<string, Set<string>>();
  const families = new Map<string, Set<string>>();
  for (const c of cases) {
    const p = c.posting;
    const family = detectRoleFamily(p).id;
    const seen = new Set<string>();
    for (const text of [p.description ?? '', ...p.notices]) {
      for (const [s, e] of sentenceSpans(text)) {
        // Company text closes a description; its opening introduces the team and the job.
        if (text === p.description && s < text.length * CLOSING_PART) continue;
        const n = normalizeSentence(text.slice(s, e));
        if (n.length >= MIN_CHARS) seen.add(n);
      }
    }
    for (const n of seen) {
      add(postings, n, `${c.set}:${c.key}`);
      add(families, n, family);
    }
  }
  return [...postings.keys()]
    .filter((n) => postings.get(n)!.size >= MIN_POSTINGS && families.get(n)!.size >= SENTENCE_FAMILIES)
    .sort();
}

const OUT = join(dirname(fileURLToPath(import.meta.url)), '../core/boilerplate.data.ts');

export function renderBoilerplate(learned: LearnedBoilerplate): string {
  const list = (xs: readonly string[]) => xs.map((s) => `  ${JSON.stringify(s)},`).join('\n');
  return `// GENERATED by scripts/learn-boilerplate.ts from every fixture posting: do not edit; re-run
// \`npx tsx scripts/learn-boilerplate.ts\` (npm run eval checks it is current). Standard text, masked
// before ranking (core/boilerplate.ts); normalised as normalizeSentence does.

/** Sentences of descriptions and notices in at least ${MIN_POSTINGS} postings of at least ${SENTENCE_FAMILIES} role families. */
export const BOILERPLATE_SENTENCES: readonly string[] = [
${list(learned.sentences)}
];

/** Headings whose block is the same text across role families: the whole block is masked. */
export const BOILERPLATE_HEADINGS: readonly string[] = [
${list(learned.headings)}
];
`;
}

export function boilerplateIsCurrent(): boolean {
  try {
    return readFileSync(OUT, 'utf8') === renderBoilerplate(learnBoilerplate(loadCases()));
  } catch {
    return false;
  }
}

runAsMain(import.meta.url, async () => {
  if (process.argv.includes('--check')) {
    if (!boilerplateIsCurrent()) {
      console.error('core/boilerplate.data.ts is stale: run npx tsx scripts/learn-boilerplate.ts');
      process.exit(1);
    }
    return;
  }
  const learned = learnBoilerplate(loadCases());
  writeFileSync(OUT, renderBoilerplate(learned));
  console.log(`wrote ${learned.sentences.length} sentences and ${learned.headings.length} headings to ${OUT}`);
});
