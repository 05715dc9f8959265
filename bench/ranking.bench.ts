// Principle ranking + prep plan for one real posting (target: < 1 ms median), and the full
// analyzePosting on the largest posting in the fixtures.
import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Posting } from '../core/posting';
import { analyzePosting } from '../core/analyze-posting';
import { postingFromRecord } from '../core/posting-from-record';
import { buildPrepPlan } from '../core/prep-plan';
import { rankPrinciples } from '../core/rank-principles';
import { detectRoleFamily } from '../core/role-family';
import type { BenchEntry } from './benchmark';

const here = dirname(fileURLToPath(import.meta.url));
const file = join(here, '../tests/fixtures/postings/postings.jsonl');
const all: Posting[] = readFileSync(file, 'utf8')
  .split('\n')
  .filter((l) => l.trim())
  .map((l) => postingFromRecord(JSON.parse(l)));
const size = (p: Posting) => (p.description ?? '').length + p.basicQualifications.join('').length + p.preferredQualifications.join('').length;
const typical = all.find((p) => p.jobId === '1496414') ?? all[0]!;
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
    name: `analyzePosting: largest posting (job ${largest.jobId}, ${size(largest)} chars)`,
    fn: () => analyzePosting(largest),
    runs: 300,
  },
] satisfies BenchEntry[];
