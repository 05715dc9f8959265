// How far each posting feature's lift (POSTING_FEATURES: the role manages people, the work is about
// sustainability) is shrunk towards no lift (FEATURE_STRENGTH in scripts/learn-priors.ts), chosen by
// nested leave-one-posting-out, so the choice is itself held out:
//   npx tsx scripts/tune-feature-strength.ts      (about two minutes)
// For each labelled posting P: every strength on the grid is scored on the OTHER postings, each held out
// in turn (priors learned without P and without it; the lexicon learned once without P, which keeps
// the run short: the lexicon does not depend on the strength); P gets the strength that did best there
// and is scored with it (priors and lexicon learned without P). The plain curve (every posting held
// out, one strength for all) is the eval's leave-one-posting-out row at each strength.
import { measure, rankWith } from './eval';
import { FEATURE_STRENGTH, learnPriors } from './learn-priors';
import { learnLexicon, toLexicon } from './learn-lexicon';
import { loadCases } from './lib/labelled-postings';
import { runAsMain } from './lib/run-as-main';

export const GRID = [0, 1, 2, 4, 8] as const;

const r3 = (x: number) => Math.round(x * 1000) / 1000;

export function chooseFeatureStrength(grid: readonly number[] = GRID) {
  const cases = loadCases().filter((c) => c.label);
  const lexicons = cases.map((c) => toLexicon(learnLexicon(cases.filter((o) => o !== c))));
  const curve = grid.map((strength) => ({
    strength,
    agreement: r3(cases.reduce((s, c, i) => s + measure([c], rankWith(learnPriors(cases.filter((o) => o !== c), { featureStrength: strength }), lexicons[i])).agreement, 0) / cases.length),
  }));
  const chosen = cases.map((c, i) => {
    const train = cases.filter((o) => o !== c);
    const inner = grid.map((strength) => ({
      strength,
      agreement: train.reduce((s, o) => s + measure([o], rankWith(learnPriors(train.filter((x) => x !== o), { featureStrength: strength }), lexicons[i])).agreement, 0),
    }));
    // Ties: the larger strength (the more cautious lift).
    const strength = inner.reduce((b, x) => (x.agreement > b.agreement || (x.agreement === b.agreement && x.strength > b.strength) ? x : b)).strength;
    return { key: c.key, strength, agreement: measure([c], rankWith(learnPriors(train, { featureStrength: strength }), lexicons[i])).agreement };
  });
  const counts = Object.fromEntries(grid.map((k) => [k, chosen.filter((c) => c.strength === k).length]));
  return { curve, counts, nestedAgreement: r3(chosen.reduce((s, c) => s + c.agreement, 0) / chosen.length) };
}

runAsMain(import.meta.url, async () => {
  const c = chooseFeatureStrength();
  console.log('Leave-one-posting-out top-3 agreement per feature strength (both labelled sets):');
  for (const p of c.curve) console.log(`  ${String(p.strength).padStart(2)}  ${p.agreement.toFixed(3)}${p.strength === FEATURE_STRENGTH ? '  <- FEATURE_STRENGTH' : ''}`);
  console.log(`\nNested: postings per strength chosen on the others: ${GRID.map((k) => `${k}: ${c.counts[k]}`).join(', ')}`);
  console.log(`nested leave-one-posting-out: ${c.nestedAgreement.toFixed(3)}`);
});
