// Learns the role-family priors of the principle ranking from the two labelled sets and writes
// core/family-priors.data.ts. Reproducible: same labels, same output.
//   npx tsx scripts/learn-priors.ts           write the data module
//   npx tsx scripts/learn-priors.ts --check   exit 1 when the module is not what the labels give
//
// The prior of principle p in family f is how often a reader put p in the top 3 of a posting of that
// family (each posting counts once, its readers averaged), shrunk in two levels by PRIOR_STRENGTH
// pseudo-postings each: a group's rate (the kind of work, FAMILY_GROUP in core/family-priors.ts)
// towards the rate over all postings, and the family's towards its group's. A family seen twice barely
// moves from its group, a family never seen uses its group's prior, and a family seen twenty times
// speaks for itself. The family is the one detectRoleFamily gives,
// because that is what the ranking knows at run time.
import { readFileSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { PRINCIPLE_IDS, type PrincipleId } from '../core/principles';
import { FAMILY_GROUP, type FamilyGroup } from '../core/family-priors';
import { ROLE_FAMILY_IDS, detectRoleFamily, type RoleFamilyId } from '../core/role-family';
import { POSTING_FEATURES, postingFeatures, type PostingFeature } from '../core/rank-principles';
import { loadCases, readers, type LabelledCase } from './lib/labelled-postings';
import { runAsMain } from './lib/run-as-main';

/** Pseudo-postings of the overall rate mixed into each family's own rate. */
export const PRIOR_STRENGTH = 4;
/** Pseudo-postings of no lift mixed into each posting feature's lift. Chosen by nested
 *  leave-one-posting-out (scripts/tune-feature-strength.ts): 1 for 73 of 74 postings (0 for one),
 *  nested agreement 0.707 (0.698 at the 4 it was). A feature is rare (a few labelled postings each) and
 *  readers follow it closely, so its lift is kept nearly whole. */
export const FEATURE_STRENGTH = 1;

export type PriorTable = Record<PrincipleId, number>;
export interface LearnedPriors {
  global: PriorTable;
  groups: Partial<Record<FamilyGroup, { n: number; prior: PriorTable }>>;
  families: Partial<Record<RoleFamilyId, { n: number; prior: PriorTable }>>;
  features: Partial<Record<PostingFeature, PriorTable>>;
}

// The eval re-learns priors once per held-out posting: each posting's family is detected once.
const FAMILY = new WeakMap<LabelledCase, RoleFamilyId>();
const familyOf = (c: LabelledCase): RoleFamilyId => FAMILY.get(c) ?? FAMILY.set(c, detectRoleFamily(c.posting).id).get(c)!;

const GROUPS: readonly FamilyGroup[] = ['build', 'customer', 'operations', 'corporate'];

function shrink(own: PriorTable, n: number, towards: PriorTable): PriorTable {
  return Object.fromEntries(PRINCIPLE_IDS.map((id) => [id, round((own[id] * n + towards[id] * PRIOR_STRENGTH) / (n + PRIOR_STRENGTH))])) as PriorTable;
}

const round = (x: number) => Math.round(x * 1000) / 1000;

function rates(cases: readonly LabelledCase[]): PriorTable {
  const sum = Object.fromEntries(PRINCIPLE_IDS.map((id) => [id, 0])) as PriorTable;
  for (const c of cases) {
    const rs = readers(c.label!);
    for (const r of rs) for (const id of r.top3) sum[id] += 1 / rs.length;
  }
  for (const id of PRINCIPLE_IDS) sum[id] = cases.length ? sum[id] / cases.length : 0;
  return sum;
}

/** Priors from the labelled cases given (those without a label are ignored). */
export function learnPriors(all: readonly LabelledCase[], opts: { featureStrength?: number } = {}): LearnedPriors {
  const cases = all.filter((c) => c.label);
  const global = rates(cases);
  const byFamily = new Map<RoleFamilyId, LabelledCase[]>();
  for (const c of cases) {
    const f = familyOf(c);
    byFamily.set(f, [...(byFamily.get(f) ?? []), c]);
  }
  // Two levels of shrinkage: a group's rate towards the overall rate, a family's towards its group's.
  const groups: LearnedPriors['groups'] = {};
  for (const g of GROUPS) {
    const cs = cases.filter((c) => FAMILY_GROUP[familyOf(c)] === g);
    if (cs.length) groups[g] = { n: cs.length, prior: shrink(rates(cs), cs.length, global) };
  }
  const families: LearnedPriors['families'] = {};
  for (const f of ROLE_FAMILY_IDS) {
    const cs = byFamily.get(f);
    if (!cs) continue;
    families[f] = { n: cs.length, prior: shrink(rates(cs), cs.length, groups[FAMILY_GROUP[f]]?.prior ?? global) };
  }
  return { global: Object.fromEntries(PRINCIPLE_IDS.map((id) => [id, round(global[id])])) as PriorTable, groups, families, features: learnFeatures(cases, groups, families, global, opts.featureStrength ?? FEATURE_STRENGTH) };
}

const FEATURES = new WeakMap<LabelledCase, readonly PostingFeature[]>();
const featuresOf = (c: LabelledCase) => FEATURES.get(c) ?? FEATURES.set(c, postingFeatures(c.posting, familyOf(c))).get(c)!;

// Per posting feature and principle: the mean of (reader rate - family prior) over the postings with
// the feature, shrunk towards no lift by `strength` (FEATURE_STRENGTH) pseudo-postings. A feature no posting has is left out.
function learnFeatures(
  cases: readonly LabelledCase[],
  groups: LearnedPriors['groups'],
  families: LearnedPriors['families'],
  global: PriorTable,
  strength: number,
): LearnedPriors['features'] {
  const out: LearnedPriors['features'] = {};
  for (const f of POSTING_FEATURES) {
    const mine = cases.filter((c) => featuresOf(c).includes(f));
    if (mine.length === 0) continue;
    const sum = Object.fromEntries(PRINCIPLE_IDS.map((id) => [id, 0])) as PriorTable;
    for (const c of mine) {
      const fam = familyOf(c);
      const prior = families[fam]?.prior ?? groups[FAMILY_GROUP[fam]]?.prior ?? global;
      const rs = readers(c.label!);
      for (const id of PRINCIPLE_IDS) sum[id] += rs.filter((r) => r.top3.includes(id)).length / rs.length - prior[id];
    }
    out[f] = Object.fromEntries(PRINCIPLE_IDS.map((id) => [id, round(sum[id] / (mine.length + strength))])) as PriorTable;
  }
  return out;
}

const OUT = join(dirname(fileURLToPath(import.meta.url)), '../core/family-priors.data.ts');

export function renderPriors(p: LearnedPriors): string {
  const table = (t: PriorTable) => `{ ${PRINCIPLE_IDS.map((id) => `'${id}': ${t[id]}`).join(', ')} }`;
  const fams = ROLE_FAMILY_IDS.filter((f) => p.families[f])
    .map((f) => `  '${f}': { n: ${p.families[f]!.n}, prior: ${table(p.families[f]!.prior)} },`)
    .join('\n');
  return `// GENERATED by scripts/learn-priors.ts from labels/principles.json and labels/external-principles.json:
// do not edit; re-run \`npx tsx scripts/learn-priors.ts\` (npm run eval checks it is current).
// For each role family: n labelled postings, and per principle the smoothed rate at which a reader put
// it in a posting's top 3, shrunk towards its group's rate, and the group's towards the overall rate,
// by ${PRIOR_STRENGTH} pseudo-postings each.
import type { FamilyGroup } from './family-priors';
import type { PrincipleId } from './principles';
import type { RoleFamilyId } from './role-family';

export type PriorTable = Record<PrincipleId, number>;

export const GLOBAL_PRIOR: PriorTable = ${table(p.global)};

export const GROUP_PRIORS: Partial<Record<FamilyGroup, { n: number; prior: PriorTable }>> = {
${GROUPS.filter((g) => p.groups[g]).map((g) => `  '${g}': { n: ${p.groups[g]!.n}, prior: ${table(p.groups[g]!.prior)} },`).join('\n')}
};

export const FAMILY_PRIORS: Partial<Record<RoleFamilyId, { n: number; prior: PriorTable }>> = {
${fams}
};

// Per posting feature (POSTING_FEATURES in rank-principles.ts): added to the prior of each principle,
// how far readers' choices sat from the family prior in postings with the feature, shrunk by ${FEATURE_STRENGTH} pseudo-posting${FEATURE_STRENGTH === 1 ? '' : 's'}.
export const FEATURE_LIFT: Partial<Record<string, Partial<Record<PrincipleId, number>>>> = {
${POSTING_FEATURES.filter((f) => p.features[f]).map((f) => `  '${f}': ${table(p.features[f]!)},`).join('\n')}
};
`;
}

/** True when core/family-priors.data.ts is what the labels give today. */
export function priorsAreCurrent(): boolean {
  try {
    return readFileSync(OUT, 'utf8') === renderPriors(learnPriors(loadCases()));
  } catch {
    return false;
  }
}

runAsMain(import.meta.url, async () => {
  const text = renderPriors(learnPriors(loadCases()));
  if (process.argv.includes('--check')) {
    if (!priorsAreCurrent()) {
      console.error('core/family-priors.data.ts is stale: run npx tsx scripts/learn-priors.ts');
      process.exit(1);
    }
    return;
  }
  writeFileSync(OUT, text);
  console.log(`wrote ${OUT}`);
});
