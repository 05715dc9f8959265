// What the popup shows below the principles: the best questions to ask the interviewer and, per top
// principle, the practice question most likely to come, each with its anchor in the plan page.
// Computed in the background (message `prepQuestions`), like the principles: the plan's text would
// not fit the popup's bundle budget.
import type { Posting } from './posting';
import { BEST_QUESTIONS, buildPrepPlan, likelyAnchor } from './prep-plan';

export interface PrepQuestions {
  toAsk: { anchor: string; text: string }[];
  likely: { principle: string; name: string; anchor: string; text: string }[];
}

export function prepQuestions(posting: Posting): PrepQuestions {
  const plan = buildPrepPlan(posting);
  return {
    toAsk: plan.questionsToAsk.slice(0, BEST_QUESTIONS).map((q) => ({ anchor: q.id, text: q.text })),
    likely: plan.principles.map((p) => ({ principle: p.id, name: p.name, anchor: likelyAnchor(p.id), text: p.likelyQuestion })),
  };
}
