import type { PrepPlan } from '../../core/prep-plan';
import { listNames } from '../../core/plan-text';

/** Two stories per top principle, what else each can answer, the follow-ups, and the failure and disagreement questions. */
export function StoryMap({ map }: { map: PrepPlan['storyMap'] }) {
  return (
    <section aria-labelledby="story-map-title" id="story-map">
      <h2 id="story-map-title">Story map</h2>
      <p class="hint">
        Two stories for each principle: a second interviewer may own the same one, and a good answer often prompts “tell me about another time”.
      </p>
      {map.entries.map((entry) => (
        <div key={entry.principle} class="story-entry" data-principle={entry.principle}>
          <h3>{entry.name}</h3>
          <ul>
            {entry.stories.map((s) => (
              <li key={s.label}>
                <strong>Story {s.label}:</strong> {s.prompt}
                {s.alsoServes.length > 0 && <span class="hint"> (can also serve {listNames(s.alsoServes.map((a) => a.name))})</span>}
              </li>
            ))}
          </ul>
          <p class="probes">
            <span class="hint">Follow-ups to expect:</span> {entry.probes.join(' ')}
          </p>
        </div>
      ))}
      <h3>Two questions nearly every loop asks</h3>
      <ul>
        {map.mustAsk.map((q) => (
          <li key={q.kind} id={`must-ask-${q.kind}`} data-kind={q.kind}>
            <strong>{q.kind === 'failure' ? 'A failure' : 'A disagreement'}:</strong> {q.question}{' '}
            <span class="hint">(shows {listNames(q.shows)})</span>
            <div class="probes">
              <span class="hint">Follow-ups to expect:</span> {q.probes.join(' ')}
            </div>
          </li>
        ))}
      </ul>
    </section>
  );
}
