// Everything LoopReady makes of one posting (ranking, role family, questions, plan) in one result,
// for the CLI (scripts/analyze.ts, scripts/plans.ts). It never throws: anything unexpected becomes a note.
import { Posting } from './posting';
import { buildPosting } from './build-posting';
import { buildPrepPlan, planToMarkdown, type PrepPlan } from './prep-plan';
import { practiceQuestions, type PracticeQuestion } from './questions';
import { rankPrinciples, type RankedPrinciple } from './rank-principles';
import { detectRoleFamily, type RoleFamily } from './role-family';
import { TOP_PRINCIPLES } from './prep-plan';
import { errorMessage } from './error-message';

export interface Analysis {
  principles: RankedPrinciple[];
  roleFamily: RoleFamily;
  questions: { practice: PracticeQuestion[]; toAsk: string[] };
  plan: PrepPlan;
  planMarkdown: string;
  notes: string[];
}

const EMPTY: Posting = buildPosting();

function analyze(posting: Posting): Analysis {
  const roleFamily = detectRoleFamily(posting);
  const principles = rankPrinciples(posting, roleFamily);
  const plan = buildPrepPlan(posting, { family: roleFamily, ranked: principles });
  // The plan's own questions, in the family's (and the title's) wording.
  const practice = plan.principles.flatMap((p) => p.practiceQuestions.map((text) => ({ principle: p.id, text })));
  return {
    principles,
    roleFamily,
    questions: { practice, toAsk: plan.questionsToAsk.map((q) => q.text) },
    plan,
    planMarkdown: planToMarkdown(plan),
    notes: plan.notes,
  };
}

export function analyzePosting(posting: Posting): Analysis {
  const parsed = Posting.safeParse(posting);
  try {
    if (parsed.success) return analyze(parsed.data);
    const result = analyze(EMPTY);
    result.notes.unshift('The posting data was malformed, so nothing from it could be used; showing the general plan.');
    return { ...result, planMarkdown: planToMarkdown(result.plan) };
  } catch (err) {
    // A bug must not take the page down: fall back to the general plan and say so.
    const result = analyze(EMPTY);
    result.notes.unshift(`LoopReady could not analyse this posting (${errorMessage(err)}); showing the general plan.`);
    return { ...result, planMarkdown: planToMarkdown(result.plan) };
  }
}
