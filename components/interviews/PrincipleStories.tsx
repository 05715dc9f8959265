import type { Story } from '../../core/story';
import type { UsedStory } from '../../core/interview-stories';
import { StoryFacts } from '../stories/StoryFacts';
import { StoryTellings } from './StoryTellings';

export interface PrincipleToPrepare {
  id: string;
  name: string;
  summary: string;
}

/**
 * The role's top principles, each with the candidate's own stories from the bank (and where each
 * was already told), or "no story yet" with the way to write one.
 */
export function PrincipleStories({
  principles,
  stories,
  tellings,
  storyBankHref,
}: {
  principles: PrincipleToPrepare[];
  stories: Story[];
  tellings: Map<string, UsedStory[]>;
  storyBankHref: string;
}) {
  return (
    <ol class="principle-stories">
      {principles.map((p) => {
        const mine = stories.filter((s) => s.principles.includes(p.id));
        return (
          <li key={p.id} data-principle={p.id} data-stories={mine.length}>
            <h3>{p.name}</h3>
            <p class="hint">{p.summary}</p>
            {mine.length === 0 ? (
              <p class="error">
                No story yet. <a href={storyBankHref}>Write one in the story bank</a>
              </p>
            ) : (
              <ul class="story-picks">
                {mine.map((s) => (
                  <li key={s.id} data-story-id={s.id}>
                    <details>
                      <summary>
                        <bdi>{s.title}</bdi> <StoryTellings tellings={tellings.get(s.id)} />
                      </summary>
                      <StoryFacts story={s} />
                    </details>
                  </li>
                ))}
              </ul>
            )}
          </li>
        );
      })}
    </ol>
  );
}
