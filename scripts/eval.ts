// Measures the principle ranking against the readers' labels (labels/principles.json, the internal
// postings; labels/external-principles.json, amazon.jobs postings no one here wrote) and role-family
// detection against amazon.jobs' own job categories and the older coarse labels.
//   npm run eval            one table, then leave-one-family-out, splits and family accuracy
//   npm run eval -- --json  the same numbers as JSON
//
// Top-3 agreement is the measure: the mean over the two readers of |our top 3 ∩ reader's top 3| / 3.
// precision@3: how many of our top 3 are in the first reader's relevant set.
// The priors, the readers' lexicon and the boilerplate are re-learned here (scripts/learn-priors.ts,
// scripts/learn-lexicon.ts, scripts/learn-boilerplate.ts) and checked against their core/*.data.ts: a
// stale one exits 1. Held out: leave-one-posting-out, odd/even halves and leave-one-family-out, each
// with priors and lexicon learned without the postings it scores.
import type { Posting } from '../core/posting';
import { SECTIONS, sectionText } from '../core/posting-sections';
import { PRINCIPLE_IDS, principle, type PrincipleId } from '../core/principles';
import { rankPrinciples } from '../core/rank-principles';
import type { Lexicon } from '../core/principle-lexicon';
import type { FamilyPriors } from '../core/family-priors';
import { ROLE_FAMILY_IDS, coarseFamilyLabel, detectRoleFamily, familiesForCategory, type RoleFamilyId } from '../core/role-family';
import { boilerplateIsCurrent } from './learn-boilerplate';
import { learnPriors, priorsAreCurrent } from './learn-priors';
import { learnLexicon, lexiconIsCurrent, toLexicon } from './learn-lexicon';
import { externalPosting, externalRecords, fixturesDir, loadCases, readers, type LabelledCase, type PrincipleLabel } from './lib/labelled-postings';
import { runAsMain } from './lib/run-as-main';

export type Ranker = (p: Posting) => PrincipleId[];

export const rankWith =
  (priors?: FamilyPriors, lexicon?: Lexicon | null): Ranker =>
  (p) =>
    rankPrinciples(p, detectRoleFamily(p), { ...(priors ? { priors } : {}), ...(lexicon !== undefined ? { lexicon } : {}) }).map((r) => r.id);

/** Priors and lexicon learned from `train` only: what the ranking would know without the held-out postings. */
export const rankLearnedFrom = (train: readonly LabelledCase[]): Ranker => rankWith(learnPriors(train), toLexicon(learnLexicon(train)));

const STOP = new Set(['and', 'the', 'a', 'be', 'to', 'of', 'on', 'are', 'have', 'bring', 'lot', 'for', 'at']);
// The literal baseline: how often the words of each principle's name occur in the posting.
const literal: Ranker = (p) => {
  const text = SECTIONS.map((s) => sectionText(p, s)).join('\n').toLowerCase();
  const scored = PRINCIPLE_IDS.map((id, order) => {
    const words = principle(id)
      .name.toLowerCase()
      .split(/[^a-z']+/)
      .filter((w) => w && !STOP.has(w));
    const count = words.reduce((n, w) => n + (text.match(new RegExp(`\\b${w.replace(/'/g, "['’]")}s?\\b`, 'g'))?.length ?? 0), 0);
    return { id, count, order };
  });
  scored.sort((a, b) => b.count - a.count || a.order - b.order);
  return scored.map((s) => s.id);
};

// The strongest constant guess: the three principles readers put in a top 3 most often overall.
function constantGuess(priors: FamilyPriors): Ranker {
  const order = [...PRINCIPLE_IDS].sort((a, b) => priors.global[b] - priors.global[a]);
  return () => order;
}

export interface Metrics {
  n: number;
  /** Mean over readers of |ours ∩ reader top 3| / 3 (the measure). */
  agreement: number;
  precisionAt3: number;
  /** Share of our top 3 in either reader's top 3 (the older, looser measure). */
  eitherReader: number;
}

const r3 = (x: number) => Math.round(x * 1000) / 1000;

export function measure(cases: readonly LabelledCase[], rank: Ranker): Metrics {
  let n = 0;
  let agreement = 0;
  let precision = 0;
  let either = 0;
  for (const c of cases) {
    const label = c.label;
    if (!label) continue;
    const top3 = rank(c.posting).slice(0, 3);
    const rs = readers(label);
    n++;
    agreement += rs.reduce((s, r) => s + top3.filter((id) => r.top3.includes(id)).length / 3, 0) / rs.length;
    precision += top3.filter((id) => label.relevant.includes(id)).length / 3;
    const any = new Set(rs.flatMap((r) => r.top3));
    either += top3.filter((id) => any.has(id)).length / 3;
  }
  const avg = (x: number) => (n ? r3(x / n) : 0);
  return { n, agreement: avg(agreement), precisionAt3: avg(precision), eitherReader: avg(either) };
}

/** How far the two readers agree with each other: |top3 ∩ top3| / 3. */
function readerAgreement(cases: readonly LabelledCase[]): number {
  const withTwo = cases.filter((c) => c.label?.second_reader);
  const sum = withTwo.reduce((s, c) => {
    const l = c.label as PrincipleLabel;
    return s + l.top3.filter((id) => l.second_reader!.top3.includes(id)).length / 3;
  }, 0);
  return withTwo.length ? r3(sum / withTwo.length) : 0;
}

// Split by job ID parity (last digit); postings without an ID count as even.
function isOdd(c: LabelledCase): boolean {
  const d = /(\d)$/.exec(c.key);
  return d ? Number(d[1]) % 2 === 1 : false;
}

const familyOf = (c: LabelledCase): RoleFamilyId => detectRoleFamily(c.posting).id;

/** Per family: priors learned without that family's postings, scored on that family's postings. */
export function leaveOneFamilyOut(cases: readonly LabelledCase[]): { family: RoleFamilyId; n: number; inSample: number; heldOut: number }[] {
  const labelled = cases.filter((c) => c.label);
  const all = rankLearnedFrom(labelled);
  const out: { family: RoleFamilyId; n: number; inSample: number; heldOut: number }[] = [];
  for (const f of ROLE_FAMILY_IDS) {
    const mine = labelled.filter((c) => familyOf(c) === f);
    if (mine.length === 0) continue;
    const without = rankLearnedFrom(labelled.filter((c) => familyOf(c) !== f));
    out.push({ family: f, n: mine.length, inSample: measure(mine, all).agreement, heldOut: measure(mine, without).agreement });
  }
  return out;
}

/**
 * Leave-one-posting-out: each labelled posting ranked with priors and lexicon learned from the others,
 * per labelled set; `lexicon: false` ranks without the readers' lexicon (what it adds, held out).
 */
export function leaveOnePostingOut(cases: readonly LabelledCase[], lexicon = true): { subset: string; n: number; agreement: number; precisionAt3: number }[] {
  const labelled = cases.filter((c) => c.label);
  const per = labelled.map((c) => {
    const train = labelled.filter((o) => o !== c);
    const rank = lexicon ? rankLearnedFrom(train) : rankWith(learnPriors(train), null);
    return { c, m: measure([c], rank) };
  });
  const subsets: [string, (c: LabelledCase) => boolean][] = [
    ['labels/principles.json', (c) => c.set === 'internal'],
    ['labels/external-principles.json', (c) => c.set === 'external'],
    ['both', () => true],
  ];
  return subsets.map(([subset, keep]) => {
    const ms = per.filter((x) => keep(x.c)).map((x) => x.m);
    const n = ms.length;
    return { subset, n, agreement: r3(ms.reduce((a, m) => a + m.agreement, 0) / Math.max(1, n)), precisionAt3: r3(ms.reduce((a, m) => a + m.precisionAt3, 0) / Math.max(1, n)) };
  });
}

/** Priors learned on one half (odd/even job IDs), scored on the other. */
function crossHalves(cases: readonly LabelledCase[]): { half: string; n: number; agreement: number; precisionAt3: number }[] {
  const labelled = cases.filter((c) => c.label);
  return (['odd', 'even'] as const).map((half) => {
    const test = labelled.filter((c) => isOdd(c) === (half === 'odd'));
    const train = labelled.filter((c) => isOdd(c) !== (half === 'odd'));
    const m = measure(test, rankLearnedFrom(train));
    return { half: `${half} job IDs (priors and lexicon from the other half)`, n: m.n, agreement: m.agreement, precisionAt3: m.precisionAt3 };
  });
}

/** Role family against amazon.jobs' job_category (163 external postings), from title and text alone. */
function categoryAccuracy(): { n: number; correct: number; misses: string[] } {
  let n = 0;
  let correct = 0;
  const misses: string[] = [];
  for (const r of externalRecords()) {
    if (!r.job_category) continue;
    n++;
    const got = detectRoleFamily(externalPosting(r, true)).id;
    if (familiesForCategory(r.job_category).includes(got)) correct++;
    else misses.push(`${r.title} (${r.job_category}): ${got}`);
  }
  return { n, correct, misses };
}

/** Against labels/role-families.json, through each family's coarse label. */
function coarseAccuracy(cases: readonly LabelledCase[]): { n: number; correct: number; misses: string[] } {
  let n = 0;
  let correct = 0;
  const misses: string[] = [];
  for (const c of cases) {
    if (!c.coarseFamily) continue;
    n++;
    const got = coarseFamilyLabel(familyOf(c));
    // "engineering management (data/BI)" is engineering management.
    if (c.coarseFamily === got || c.coarseFamily.startsWith(`${got} (`)) correct++;
    else misses.push(`${c.key}: labelled ${c.coarseFamily}, detected ${got}`);
  }
  return { n, correct, misses };
}

interface Row {
  subset: string;
  ours: Metrics;
  constant: Metrics;
  literal: Metrics;
  readers: number;
}

function table(header: string[], rows: string[][]): string {
  const widths = header.map((h, i) => Math.max(h.length, ...rows.map((row) => row[i]?.length ?? 0)));
  const line = (cells: string[]) => cells.map((c, i) => c.padEnd(widths[i] ?? 0)).join('  ').trimEnd();
  return [line(header), line(widths.map((w) => '-'.repeat(w))), ...rows.map(line)].join('\n');
}

export function evaluate() {
  const cases = loadCases();
  const labelled = cases.filter((c) => c.label);
  const learned = learnPriors(labelled);
  const ours = rankWith();
  const constant = constantGuess(learned);
  const subsets: [string, LabelledCase[]][] = [
    ['labels/principles.json', labelled.filter((c) => c.set === 'internal')],
    ['labels/external-principles.json', labelled.filter((c) => c.set === 'external')],
    ['both', labelled],
  ];
  const categories = [...new Set(labelled.map((c) => c.jobCategory).filter((x): x is string => !!x))].sort();
  for (const cat of categories) subsets.push([`  ${cat}`, labelled.filter((c) => c.jobCategory === cat)]);
  const rows: Row[] = subsets.map(([subset, cs]) => ({
    subset,
    ours: measure(cs, ours),
    constant: measure(cs, constant),
    literal: measure(cs, literal),
    readers: readerAgreement(cs),
  }));
  return {
    fixtures: fixturesDir(),
    rows,
    leaveOneFamilyOut: leaveOneFamilyOut(cases),
    halves: crossHalves(cases),
    leaveOnePostingOut: leaveOnePostingOut(cases),
    leaveOnePostingOutWithoutLexicon: leaveOnePostingOut(cases, false),
    categoryFamily: categoryAccuracy(),
    coarseFamily: coarseAccuracy(cases),
    priorsCurrent: priorsAreCurrent(),
    lexiconCurrent: lexiconIsCurrent(),
    boilerplateCurrent: boilerplateIsCurrent(),
  };
}

runAsMain(import.meta.url, async () => {
  const result = evaluate();
  if (process.argv.includes('--json')) {
    console.log(JSON.stringify(result, null, 2));
    return;
  }
  const f = (x: number) => x.toFixed(3);
  console.log(`Fixtures: ${result.fixtures}`);
  console.log(
    table(
      ['labelled set / external job category', 'n', 'top-3 agreement', 'precision@3', 'either-reader', 'constant: agreement', 'constant: p@3', 'literal: agreement', 'reader vs reader'],
      result.rows.map((r) => [r.subset, String(r.ours.n), f(r.ours.agreement), f(r.ours.precisionAt3), f(r.ours.eitherReader), f(r.constant.agreement), f(r.constant.precisionAt3), f(r.literal.agreement), f(r.readers)]),
    ),
  );
  console.log('\ntop-3 agreement = mean over the two readers of |our top 3 ∩ reader top 3| / 3; either-reader = share of our top 3 in either reader\'s top 3;');
  console.log('constant = the three principles readers chose most overall, for every posting; literal = counting principle-name words.');
  console.log('\nLeave-one-family-out (priors learned without the family, top-3 agreement on its labelled postings):');
  console.log(
    table(
      ['family', 'n', 'all priors', 'family held out'],
      result.leaveOneFamilyOut.map((r) => [r.family, String(r.n), f(r.inSample), f(r.heldOut)]),
    ),
  );
  const lofo = result.leaveOneFamilyOut;
  const weighted = lofo.reduce((s, r) => s + r.heldOut * r.n, 0) / Math.max(1, lofo.reduce((s, r) => s + r.n, 0));
  console.log(`posting-weighted, family held out: ${f(weighted)}; lowest family: ${f(Math.min(...lofo.map((r) => r.heldOut)))}`);
  console.log('\nOdd/even split (priors learned on one half, scored on the other):');
  console.log(table(['half', 'n', 'top-3 agreement', 'precision@3'], result.halves.map((h) => [h.half, String(h.n), f(h.agreement), f(h.precisionAt3)])));
  console.log('\nLeave-one-posting-out (priors and lexicon learned without the scored posting):');
  console.log(
    table(
      ['labelled set', 'n', 'top-3 agreement', 'precision@3', 'without lexicon: agreement', 'without lexicon: p@3'],
      result.leaveOnePostingOut.map((r, i) => {
        const w = result.leaveOnePostingOutWithoutLexicon[i]!;
        return [r.subset, String(r.n), f(r.agreement), f(r.precisionAt3), f(w.agreement), f(w.precisionAt3)];
      }),
    ),
  );
  const cat = result.categoryFamily;
  console.log(`\nRole family vs amazon.jobs job_category (title and text only, category hidden): ${cat.correct}/${cat.n} = ${f(cat.correct / Math.max(1, cat.n))}`);
  for (const m of cat.misses) console.log(`  miss ${m}`);
  const coarse = result.coarseFamily;
  console.log(`Role family vs labels/role-families.json (coarse labels): ${coarse.correct}/${coarse.n} = ${f(coarse.correct / Math.max(1, coarse.n))}`);
  for (const m of coarse.misses) console.log(`  miss ${m}`);
  console.log(`core/family-priors.data.ts ${result.priorsCurrent ? 'matches the labels' : 'is STALE: run npx tsx scripts/learn-priors.ts'}`);
  console.log(`core/principle-lexicon.data.ts ${result.lexiconCurrent ? 'matches the labels' : 'is STALE: run npx tsx scripts/learn-lexicon.ts'}`);
  console.log(`core/boilerplate.data.ts ${result.boilerplateCurrent ? 'matches the postings' : 'is STALE: run npx tsx scripts/learn-boilerplate.ts'}`);
  if (!result.priorsCurrent || !result.lexiconCurrent || !result.boilerplateCurrent) process.exitCode = 1;
});
