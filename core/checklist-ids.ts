// A prep plan's checklist item ids come from the item's own words, not its place in the list, so a
// tick or a note stays on "5+ years of SQL" when a refreshed snapshot or a new splitting rule moves
// it. Ids saved before this ("basic-3") are rewritten once, by the store's upgrade and on import.
import type { Application, PlanState } from './application';
import { conditionItems, sortRequirements } from './checklist';
import type { Posting } from './posting';

export type ChecklistList = 'basic' | 'preferred' | 'condition';

/** The texts of a posting's three checklists, in plan order (the plan and the upgrade both read this). */
export function checklistTexts(posting: Posting): Record<ChecklistList, string[]> {
  const { basic, preferred } = sortRequirements(posting.basicQualifications, posting.preferredQualifications);
  const condition = conditionItems([posting.description ?? '', ...posting.responsibilities].join('\n'), [...posting.basicQualifications, ...posting.preferredQualifications]);
  return { basic, preferred, condition };
}

// FNV-1a, 32 bits: short, stable across builds and browsers; collisions only matter within one list.
function fnv1a(s: string): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < s.length; i++) {
    h ^= s.charCodeAt(i);
    h = Math.imul(h, 0x01000193);
  }
  return h >>> 0;
}

/** Case, spacing and punctuation do not make a different requirement. */
function normalise(text: string): string {
  // Most items are ASCII, where NFKC changes nothing and the letters and digits are [a-z0-9]: the same string, faster.
  if (!NON_ASCII.test(text)) return text.toLowerCase().replace(/[^a-z0-9+#]+/g, ' ').trim();
  return text.normalize('NFKC').toLowerCase().replace(/[^\p{L}\p{N}+#]+/gu, ' ').trim();
}
const NON_ASCII = /[\u0080-\uffff]/;

/** "basic:1k3x9qz" per item; a text repeated in the same list gets "~2", "~3" after its first. */
export function checklistIds(list: ChecklistList, texts: readonly string[]): string[] {
  const seen = new Map<string, number>();
  return texts.map((text) => {
    const id = `${list}:${fnv1a(normalise(text)).toString(36)}`;
    const n = (seen.get(id) ?? 0) + 1;
    seen.set(id, n);
    return n === 1 ? id : `${id}~${n}`;
  });
}

const LEGACY_ID = /^(basic|preferred|condition)-(\d+)$/;
const LEGACY_NOTE = /^note:((?:basic|preferred|condition)-\d+)$/;

/** Whether a plan state still holds position ids ("basic-3") from before text ids. */
export function hasLegacyIds(state: PlanState): boolean {
  return state.checked.some((id) => LEGACY_ID.test(id)) || Object.keys(state.starNotes).some((k) => LEGACY_NOTE.test(k));
}

/**
 * The plan state with position ids replaced by the text ids of the items now at those positions.
 * A position the posting no longer has keeps its old id (it matches nothing, but nothing is lost).
 */
export function upgradePlanState(state: PlanState, texts: Record<ChecklistList, readonly string[]>): PlanState {
  if (!hasLegacyIds(state)) return state;
  const ids = { basic: checklistIds('basic', texts.basic), preferred: checklistIds('preferred', texts.preferred), condition: checklistIds('condition', texts.condition) };
  const map = (old: string): string => {
    const m = LEGACY_ID.exec(old);
    return (m && ids[m[1] as ChecklistList][Number(m[2]) - 1]) || old;
  };
  const checked = [...new Set(state.checked.map(map))];
  const starNotes: Record<string, string> = {};
  for (const [key, text] of Object.entries(state.starNotes)) {
    const m = LEGACY_NOTE.exec(key);
    const next = m ? `note:${map(m[1]!)}` : key;
    // A text-id note written since wins over a migrated one for the same item.
    if (!(next in starNotes) || !m) starNotes[next] = text;
  }
  return { checked, starNotes };
}

/** An application whose plan state uses text ids (the same object when it already did). */
export function withTextChecklistIds(app: Application): Application {
  if (!hasLegacyIds(app.planState)) return app;
  return { ...app, planState: upgradePlanState(app.planState, checklistTexts(app.posting)) };
}
