// Measures the principle ranking against the two readers' labels in fixtures/labels/principles.json,
// next to two baselines, and role-family detection against labels/role-families.json.
//   npm run eval            one table
//   npm run eval -- --json  the same numbers as JSON
import { existsSync, readFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Posting } from '../core/posting';
import { postingFromRecord } from '../core/posting-from-record';
import { SECTIONS, sectionText } from '../core/posting-sections';
import { PRINCIPLE_IDS, principle, type PrincipleId } from '../core/principles';
import { rankPrinciples } from '../core/rank-principles';
import { detectRoleFamily } from '../core/role-family';

const here = dirname(fileURLToPath(import.meta.url));
const repo = resolve(here, '..');

function fixturesDir(): string {
  const shared = resolve(repo, '../shared/fixtures');
  if (existsSync(join(shared, 'labels/principles.json'))) return shared;
  return resolve(repo, 'tests/fixtures');
}

interface Reader {
  top3: PrincipleId[];
  relevant: PrincipleId[];
}
interface PrincipleLabel extends Reader {
  title: string;
  second_reader?: Reader;
}

interface Case {
  key: string;
  posting: Posting;
  label: PrincipleLabel | undefined;
  family: string | undefined;
}

function loadCases(dir: string): Case[] {
  const principles = JSON.parse(readFileSync(join(dir, 'labels/principles.json'), 'utf8')) as Record<string, PrincipleLabel>;
  const families = JSON.parse(readFileSync(join(dir, 'labels/role-families.json'), 'utf8')) as Record<string, { family: string }>;
  const cases: Case[] = [];
  for (const file of ['postings.jsonl', 'qualifications-only.jsonl']) {
    const path = join(dir, 'postings', file);
    if (!existsSync(path)) continue;
    for (const line of readFileSync(path, 'utf8').split('\n')) {
      if (!line.trim()) continue;
      const record = JSON.parse(line) as { job_id: string | null; title: string | null };
      const key = record.job_id ?? record.title ?? '';
      cases.push({ key, posting: postingFromRecord(record), label: principles[key], family: families[key]?.family });
    }
  }
  return cases;
}

type Ranker = (p: Posting) => PrincipleId[];

const loopReady: Ranker = (p) => rankPrinciples(p).map((r) => r.id);

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

const CONSTANT: PrincipleId[] = ['customer-obsession', 'invent-and-simplify', 'dive-deep'];
const constant: Ranker = () => [...CONSTANT, ...PRINCIPLE_IDS.filter((id) => !CONSTANT.includes(id))];

interface Metrics {
  n: number;
  precisionAt3: number;
  hitAt1: number;
  ndcgAt5: number;
  top3Agreement: number;
}

// Graded relevance for nDCG: 2 in the first reader's top 3, 1 elsewhere in their relevant list.
function gain(label: PrincipleLabel, id: PrincipleId): number {
  if (label.top3.includes(id)) return 2;
  return label.relevant.includes(id) ? 1 : 0;
}

function measure(cases: Case[], rank: Ranker): Metrics {
  const m = { n: 0, precisionAt3: 0, hitAt1: 0, ndcgAt5: 0, top3Agreement: 0 };
  for (const c of cases) {
    const label = c.label;
    if (!label) continue;
    const ranked = rank(c.posting);
    const top3 = ranked.slice(0, 3);
    const either = new Set([...label.top3, ...(label.second_reader?.top3 ?? [])]);
    m.n++;
    m.precisionAt3 += top3.filter((id) => label.relevant.includes(id)).length / 3;
    m.hitAt1 += ranked[0] && label.relevant.includes(ranked[0]) ? 1 : 0;
    m.top3Agreement += top3.filter((id) => either.has(id)).length / 3;
    const dcg = ranked.slice(0, 5).reduce((s, id, i) => s + gain(label, id) / Math.log2(i + 2), 0);
    const ideal = PRINCIPLE_IDS.map((id) => gain(label, id))
      .sort((a, b) => b - a)
      .slice(0, 5)
      .reduce((s, g, i) => s + g / Math.log2(i + 2), 0);
    m.ndcgAt5 += ideal > 0 ? dcg / ideal : 0;
  }
  const avg = (x: number) => (m.n ? Math.round((x / m.n) * 1000) / 1000 : 0);
  return { n: m.n, precisionAt3: avg(m.precisionAt3), hitAt1: avg(m.hitAt1), ndcgAt5: avg(m.ndcgAt5), top3Agreement: avg(m.top3Agreement) };
}

// Split by job ID parity (last digit); postings without an ID count as even. Nothing was fitted
// per split: both halves are scored with the same knowledge base and priors.
function isOdd(c: Case): boolean {
  const d = /(\d)$/.exec(c.key);
  return d ? Number(d[1]) % 2 === 1 : false;
}

function familyAccuracy(cases: Case[]): { n: number; correct: number; accuracy: number; misses: { key: string; want: string; got: string }[] } {
  let n = 0;
  let correct = 0;
  const misses: { key: string; want: string; got: string }[] = [];
  for (const c of cases) {
    if (!c.family) continue;
    n++;
    const got = detectRoleFamily(c.posting).label;
    // "engineering management (data/BI)" is engineering management with a data/BI flavour.
    if (c.family === got || c.family.startsWith(`${got} (`)) correct++;
    else misses.push({ key: c.key, want: c.family, got });
  }
  return { n, correct, accuracy: n ? Math.round((correct / n) * 1000) / 1000 : 0, misses };
}

function main(): void {
  const dir = fixturesDir();
  const cases = loadCases(dir);
  const rankers: [string, Ranker][] = [
    ['LoopReady', loopReady],
    ['literal-keyword baseline', literal],
    ['constant-guess baseline', constant],
  ];
  const subsets: [string, Case[]][] = [
    ['all', cases],
    ['odd job IDs', cases.filter(isOdd)],
    ['even job IDs', cases.filter((c) => !isOdd(c))],
  ];
  const rows = subsets.flatMap(([subset, cs]) => rankers.map(([name, r]) => ({ subset, ranker: name, ...measure(cs, r) })));
  const family = familyAccuracy(cases);
  const all = rows.filter((r) => r.subset === 'all');
  const ours = all[0]?.precisionAt3 ?? 0;
  const lit = all[1]?.precisionAt3 ?? 0;

  if (process.argv.includes('--json')) {
    console.log(JSON.stringify({ fixtures: dir, rows, roleFamily: family, ratioToLiteral: lit ? Math.round((ours / lit) * 100) / 100 : null }, null, 2));
    return;
  }
  const header = ['subset', 'ranker', 'n', 'precision@3', 'hit@1', 'nDCG@5', 'top-3 agreement'];
  const table = rows.map((r) => [r.subset, r.ranker, String(r.n), r.precisionAt3.toFixed(3), r.hitAt1.toFixed(3), r.ndcgAt5.toFixed(3), r.top3Agreement.toFixed(3)]);
  const widths = header.map((h, i) => Math.max(h.length, ...table.map((row) => row[i]?.length ?? 0)));
  const line = (cells: string[]) => cells.map((c, i) => c.padEnd(widths[i] ?? 0)).join('  ');
  console.log(`Fixtures: ${dir}`);
  console.log(line(header));
  console.log(line(widths.map((w) => '-'.repeat(w))));
  for (const row of table) console.log(line(row));
  console.log(`\nprecision@3 LoopReady / literal baseline: ${lit ? (ours / lit).toFixed(2) : 'n/a'}x`);
  console.log(`Role family accuracy: ${family.correct}/${family.n} = ${family.accuracy.toFixed(3)}`);
  for (const m of family.misses) console.log(`  miss ${m.key}: labelled ${m.want}, detected ${m.got}`);
  console.log('Split: odd/even last digit of job ID (no ID counts as even); signals and priors are shared, not fitted per half.');
}

main();
