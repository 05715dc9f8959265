import { INTERVIEW_KIND_LABELS } from '../../core/interview';
import type { UsedStory } from '../../core/interview-stories';
import { shortDate } from '../ui/format-date';

/** storyId → where it was told (core/interview-stories.ts order: same panel first, then recent). */
export function tellingsByStory(used: readonly UsedStory[], skipInterviewId?: string): Map<string, UsedStory[]> {
  const out = new Map<string, UsedStory[]>();
  for (const u of used) {
    if (u.interviewId === skipInterviewId) continue;
    out.set(u.storyId, [...(out.get(u.storyId) ?? []), u]);
  }
  return out;
}

/** Beside a story: "Already told to this panel: to Dana Lee in the phone screen, 3 Mar 2026". */
export function StoryTellings({ tellings }: { tellings: UsedStory[] | undefined }) {
  if (!tellings || tellings.length === 0) return null;
  const repeat = tellings.some((t) => t.samePanel);
  return (
    <span class={repeat ? 'pill warn told' : 'pill told'} data-told={repeat ? 'same-panel' : 'before'}>
      {repeat ? 'Already told to this panel: ' : 'Told before: '}
      {tellings.map((t, i) => (
        <span key={`${t.interviewId}-${i}`}>
          {i > 0 && '; '}
          {t.heardBy.length > 0 && (
            <>
              to <bdi>{t.heardBy.join(', ')}</bdi>{' '}
            </>
          )}
          in the {INTERVIEW_KIND_LABELS[t.kind].toLowerCase()}, {shortDate(t.start)}
        </span>
      ))}
    </span>
  );
}
