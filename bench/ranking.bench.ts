// Principle ranking + prep plan for one real posting (target: < 1 ms median), the same for every
// posting of the fixtures (../shared/fixtures, external set read in place) one after another, and the
// full analyzePosting on the largest posting in the fixtures.
import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Posting } from '../core/posting';
import { analyzePosting } from '../core/analyze-posting';
import { postingFromRecord } from '../core/posting-from-record';
import { buildPrepPlan } from '../core/prep-plan';
import { rankPrinciples } from '../core/rank-principles';
import { detectRoleFamily } from '../core/role-family';
import { loadCases } from '../scripts/lib/labelled-postings';
import type { BenchEntry } from './benchmark';

const here = dirname(fileURLToPath(import.meta.url));
const file = join(here, '../tests/fixtures/postings/postings.jsonl');
const all: Posting[] = readFileSync(file, 'utf8')
  .split('\n')
  .filter((l) => l.trim())
  .map((l) => postingFromRecord(JSON.parse(l)));
const size = (p: Posting) => (p.description ?? '').length + p.basicQualifications.join('').length + p.preferredQualifications.join('').length;
const typical = all.find((p) => p.jobId === '1496414') ?? all[0]!;
const every = loadCases().map((c) => c.posting);
let next = 0;
const largest = [...all].sort((a, b) => size(b) - size(a))[0]!;

export default [
  {
    name: `ranking + plan: one real posting (job ${typical.jobId}, ${size(typical)} chars)`,
    fn: () => {
      const family = detectRoleFamily(typical);
      return buildPrepPlan(typical, { family, ranked: rankPrinciples(typical, family) });
    },
    runs: 500,
  },
  {
    // Each run is the next posting (all of them three times): the median is the median posting's time.
    name: `ranking + plan: each of the ${every.length} fixture postings in turn`,
    fn: () => {
      const posting = every[next++ % every.length]!;
      const family = detectRoleFamily(posting);
      return buildPrepPlan(posting, { family, ranked: rankPrinciples(posting, family) });
    },
    runs: every.length * 3,
    warmup: every.length,
  },
  {
    name: `analyzePosting: largest posting (job ${largest.jobId}, ${size(largest)} chars)`,
    fn: () => analyzePosting(largest),
    runs: 300,
  },
] satisfies BenchEntry[];
