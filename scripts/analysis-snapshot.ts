// Prints, one JSON line per posting, everything the ranking and the plan make of every posting in the
// fixtures (internal postings, qualifications-only and all external ones): role family, ranked
// principles with their evidence and scores, and the prep plan. A performance change must leave this
// byte-identical:
//   npx tsx scripts/analysis-snapshot.ts > /tmp/before.jsonl   (before the change)
//   npx tsx scripts/analysis-snapshot.ts > /tmp/after.jsonl && cmp /tmp/before.jsonl /tmp/after.jsonl
import { buildPrepPlan } from '../core/prep-plan';
import { rankPrinciples } from '../core/rank-principles';
import { detectRoleFamily } from '../core/role-family';
import { loadCases } from './lib/labelled-postings';

const cases = loadCases();
const out: string[] = [];
for (const { key, set, posting } of cases) {
  const family = detectRoleFamily(posting);
  const ranked = rankPrinciples(posting, family);
  const plan = buildPrepPlan(posting, { family, ranked });
  out.push(JSON.stringify({ set, key, family, ranked, plan }));
}
process.stdout.write(out.join('\n') + '\n');
process.stderr.write(`${cases.length} postings (${cases.filter((c) => c.set === 'external').length} external)\n`);
