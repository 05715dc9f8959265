// How much a role family the labels have never seen leans on the prior it borrows from its group
// (TUNING.unseenFamily in core/rank-principles.ts), chosen by nested leave-one-family-out, so the
// choice is itself held out:
//   npx tsx scripts/tune-unseen-weight.ts
// For each labelled family F: every weight on the grid is scored on the OTHER families, each held out
// in turn (priors and lexicon learned without F and without it); F gets the weight that did best there,
// and F's postings are scored with that weight (priors and lexicon learned without F). The nested
// score is what choosing the weight this way is worth on a family never seen; the plain curve (every
// family held out, one weight for all) is what sets the constant.
import { ROLE_FAMILY_IDS, detectRoleFamily, type RoleFamilyId } from '../core/role-family';
import { TUNING } from '../core/rank-principles';
import { measure, rankLearnedFrom, type Ranker } from './eval';
import { loadCases, type LabelledCase } from './lib/labelled-postings';
import { runAsMain } from './lib/run-as-main';

export const GRID = [0.4, 0.45, 0.5, 0.55, 0.6, 0.65, 0.7, 0.8, 1] as const;

export interface UnseenWeightChoice {
  /** Per weight: posting-weighted agreement over all families, each held out (the eval's row). */
  curve: { weight: number; agreement: number }[];
  /** Per family: the weight the other families chose and the family's agreement with it. */
  nested: { family: RoleFamilyId; n: number; weight: number; agreement: number }[];
  /** Posting-weighted agreement of the nested choice. */
  nestedAgreement: number;
  /** The weight with the best curve (ties: the larger, closer to a seen family's). */
  best: number;
}

const r3 = (x: number) => Math.round(x * 1000) / 1000;

export function chooseUnseenWeight(grid: readonly number[] = GRID): UnseenWeightChoice {
  const cases = loadCases().filter((c) => c.label);
  const family = new Map<LabelledCase, RoleFamilyId>(cases.map((c) => [c, detectRoleFamily(c.posting).id]));
  const families = ROLE_FAMILY_IDS.filter((f) => cases.some((c) => family.get(c) === f));
  const of = (f: RoleFamilyId) => cases.filter((c) => family.get(c) === f);
  // A ranker learned without a set of families, made once: the weight is read when it ranks.
  const rankers = new Map<string, Ranker>();
  const without = (...fs: RoleFamilyId[]): Ranker => {
    const key = [...fs].sort().join('|');
    let r = rankers.get(key);
    if (!r) rankers.set(key, (r = rankLearnedFrom(cases.filter((c) => !fs.includes(family.get(c)!)))));
    return r;
  };
  const saved = TUNING.unseenFamily;
  // score[w][F][G]: agreement on G's postings, learned without F and G (F === G: without G alone).
  const agreement = (w: number, outer: RoleFamilyId | null, g: RoleFamilyId): number => {
    TUNING.unseenFamily = w;
    return measure(of(g), outer ? without(outer, g) : without(g)).agreement;
  };
  try {
    const weighted = (rows: { n: number; a: number }[]) => rows.reduce((s, r) => s + r.a * r.n, 0) / Math.max(1, rows.reduce((s, r) => s + r.n, 0));
    const curve = grid.map((weight) => ({ weight, agreement: r3(weighted(families.map((g) => ({ n: of(g).length, a: agreement(weight, null, g) })))) }));
    const pick = (scores: { weight: number; agreement: number }[]) =>
      scores.reduce((best, s) => (s.agreement > best.agreement || (s.agreement === best.agreement && s.weight > best.weight) ? s : best)).weight;
    const nested = families.map((f) => {
      const inner = grid.map((weight) => ({ weight, agreement: weighted(families.filter((g) => g !== f).map((g) => ({ n: of(g).length, a: agreement(weight, f, g) }))) }));
      const weight = pick(inner);
      return { family: f, n: of(f).length, weight, agreement: r3(agreement(weight, null, f)) };
    });
    return { curve, nested, nestedAgreement: r3(weighted(nested.map((r) => ({ n: r.n, a: r.agreement })))), best: pick(curve) };
  } finally {
    TUNING.unseenFamily = saved;
  }
}

runAsMain(import.meta.url, async () => {
  const c = chooseUnseenWeight();
  console.log('Leave-one-family-out top-3 agreement per weight (every family held out):');
  for (const p of c.curve) console.log(`  ${p.weight.toFixed(2)}  ${p.agreement.toFixed(3)}${p.weight === TUNING.unseenFamily ? '  <- TUNING.unseenFamily' : ''}`);
  console.log('\nNested: the weight the other families choose, and the held-out family scored with it:');
  for (const r of c.nested) console.log(`  ${r.family.padEnd(32)} n=${String(r.n).padEnd(3)} ${r.weight.toFixed(2)}  ${r.agreement.toFixed(3)}`);
  console.log(`nested leave-one-family-out: ${c.nestedAgreement.toFixed(3)}; best weight over all families: ${c.best}`);
  if (c.best !== TUNING.unseenFamily) console.log(`TUNING.unseenFamily is ${TUNING.unseenFamily}, not the best weight ${c.best}`);
});
