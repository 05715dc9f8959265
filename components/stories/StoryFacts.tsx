import type { Story } from '../../core/story';

const PARTS = [
  ['situation', 'Situation'],
  ['task', 'Task'],
  ['action', 'Action'],
  ['result', 'Result'],
] as const;

/** A story's four STAR parts, read-only, line breaks kept; an empty part shows as a dash. */
export function StoryFacts({ story }: { story: Pick<Story, (typeof PARTS)[number][0]> }) {
  return (
    <dl class="facts">
      {PARTS.map(([part, label]) => [
        <dt key={`${part}-label`}>{label}</dt>,
        <dd key={part} class="pre-line">
          {story[part] || '—'}
        </dd>,
      ])}
    </dl>
  );
}
