// The shape of one Leadership Principle in LoopReady's knowledge base. The catalog is data, so it is
// parsed with this schema when first loaded: a typo in a signal or a missing question fails loudly in
// tests instead of silently weakening the ranking.
import * as z from 'zod/mini';
import { compileSignal } from './signal-pattern';

export const PRINCIPLE_IDS = [
  'customer-obsession',
  'ownership',
  'invent-and-simplify',
  'are-right-a-lot',
  'learn-and-be-curious',
  'hire-and-develop-the-best',
  'insist-on-the-highest-standards',
  'think-big',
  'bias-for-action',
  'frugality',
  'earn-trust',
  'dive-deep',
  'have-backbone-disagree-and-commit',
  'deliver-results',
  'strive-to-be-earths-best-employer',
  'success-and-scale-bring-broad-responsibility',
] as const;
export const PrincipleId = z.enum(PRINCIPLE_IDS);
export type PrincipleId = z.infer<typeof PrincipleId>;

/** Placeholders a practice question may use; questions.ts fills them per role family. */
export const QUESTION_PLACEHOLDERS = ['customer', 'work', 'partner', 'metric'] as const;

const nonEmpty = z.string().check(z.minLength(1));

export const Signal = z.object({
  /** Phrase in signal-pattern notation (see signal-pattern.ts). */
  phrase: nonEmpty.check(
    z.refine((p) => {
      try {
        compileSignal(p);
        return true;
      } catch {
        return false;
      }
    }, 'phrase does not compile'),
  ),
  /** 5 = names the principle ("ownership", "dive deep"); 3 = all but names it; 2 = a strong cue; 1 or less = a weak, common cue. */
  weight: z.number().check(z.gt(0), z.lte(5)),
});
export type Signal = z.infer<typeof Signal>;

const placeholderOk = (q: string): boolean =>
  [...q.matchAll(/\{(\w+)\}/g)].every((m) => (QUESTION_PLACEHOLDERS as readonly string[]).includes(m[1] ?? ''));

export const Principle = z.object({
  id: PrincipleId,
  /** The official name: a fact, kept verbatim. */
  name: nonEmpty,
  /** LoopReady's own one- or two-sentence explanation. */
  summary: nonEmpty.check(z.minLength(40)),
  signals: z.array(Signal).check(z.minLength(8)),
  questions: z
    .array(nonEmpty.check(z.refine(placeholderOk, 'unknown {placeholder} in question')))
    .check(z.minLength(4)),
  /** What a strong Situation/Task/Action/Result answer shows for this principle. */
  starHints: z.object({ situation: nonEmpty, task: nonEmpty, action: nonEmpty, result: nonEmpty }),
});
export type Principle = z.infer<typeof Principle>;
