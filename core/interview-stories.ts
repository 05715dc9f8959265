// Which of the candidate's stories an interview panel has already heard. Interviewers of one
// application compare notes (a loop ends in a debrief of the whole panel), so a story told to one of
// them should not be the answer to another; one told elsewhere in the same process is worth knowing.
import { panelNames, personKey, type Interview, type InterviewKind } from './interview';

export interface UsedStory {
  storyId: string;
  /** The interview it was told in. */
  interviewId: string;
  kind: InterviewKind;
  start: number;
  /** Who heard it, as the debrief says (the interview's panel when the debrief did not say). */
  heardBy: string[];
  /** Told to someone on the target interview's panel, or earlier in the same interview (a loop). */
  samePanel: boolean;
}

/**
 * Stories used in `interviews` (the application's, the target's own included) as seen from
 * `target`: the same panel first, then the most recent. One entry per story and interview.
 */
export function storiesUsedBefore(target: Interview, interviews: readonly Interview[]): UsedStory[] {
  const panel = new Set(panelNames(target).map(personKey));
  const out: UsedStory[] = [];
  for (const iv of interviews) {
    if (iv.jobId !== target.jobId || !iv.debrief) continue;
    const byStory = new Map<string, string[]>();
    for (const use of iv.debrief.storiesUsed) {
      const heard = use.interviewer.trim() ? [use.interviewer.trim()] : panelNames(iv);
      byStory.set(use.storyId, [...(byStory.get(use.storyId) ?? []), ...heard]);
    }
    for (const [storyId, heard] of byStory) {
      const unique = [...new Map(heard.map((n) => [personKey(n), n])).values()];
      const samePanel = iv.id === target.id || unique.some((n) => panel.has(personKey(n)));
      out.push({ storyId, interviewId: iv.id, kind: iv.kind, start: iv.start, heardBy: unique, samePanel });
    }
  }
  return out.sort((a, b) => Number(b.samePanel) - Number(a.samePanel) || b.start - a.start || a.storyId.localeCompare(b.storyId));
}
