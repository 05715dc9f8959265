// The candidate's own additions to a prep plan, kept in the application's PlanState: ticked
// checklist ids in `checked`, and free text in `starNotes` under a key that names the slot.
import type { PlanState } from '../../core/application';
import type { PrepPlan } from '../../core/prep-plan';

export const STAR_PARTS = ['situation', 'task', 'action', 'result'] as const;
export type StarPart = (typeof STAR_PARTS)[number];

/** "star:<principle id>:<part>": one STAR slot of one principle. */
export function starKey(principleId: string, part: StarPart): string {
  return `star:${principleId}:${part}`;
}

/** "note:<checklist item id>": the candidate's note on a qualification ("note:basic:1k3x9qz"). */
export function noteKey(itemId: string): string {
  return `note:${itemId}`;
}

export function setNote(state: PlanState, key: string, text: string): PlanState {
  const starNotes = { ...state.starNotes };
  if (text) starNotes[key] = text;
  else delete starNotes[key];
  return { ...state, starNotes };
}

export function setChecked(state: PlanState, itemId: string, on: boolean): PlanState {
  const rest = state.checked.filter((id) => id !== itemId);
  return { ...state, checked: on ? [...rest, itemId] : rest };
}

/** The plan with the candidate's stories, ticks and notes filled in (for display and Markdown). */
export function withPlanState(plan: PrepPlan, state: PlanState): PrepPlan {
  const ticked = new Set(state.checked);
  const item = (it: PrepPlan['checklist']['basic'][number]) => ({
    ...it,
    done: ticked.has(it.id),
    note: state.starNotes[noteKey(it.id)] ?? '',
  });
  return {
    ...plan,
    principles: plan.principles.map((p) => ({
      ...p,
      star: Object.fromEntries(STAR_PARTS.map((part) => [part, state.starNotes[starKey(p.id, part)] ?? ''])) as PrepPlan['principles'][number]['star'],
    })),
    checklist: {
      basic: plan.checklist.basic.map(item),
      preferred: plan.checklist.preferred.map(item),
      ...(plan.checklist.conditions ? { conditions: plan.checklist.conditions.map(item) } : {}),
    },
  };
}
