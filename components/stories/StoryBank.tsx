import { useState } from 'preact/hooks';
import { principles } from '../../core/principles';
import type { Story } from '../../core/story';
import type { StoryDraft } from '../../db/stories';
import { ErrorText } from '../ui/ErrorText';
import { useAction } from '../ui/use-action';
import { StoryEditor, emptyDraft } from './StoryEditor';
import { StoryFacts } from './StoryFacts';

/** What the story bank can do; the page supplies it, tests pass fakes. */
export interface StoryActions {
  save(draft: StoryDraft & { id?: string }): Promise<Story>;
  remove(id: string): Promise<void>;
}

function principleName(id: string): string {
  return principles().find((p) => p.id === id)?.name ?? id;
}

/** The candidate's STAR stories: list, filter by principle, write and edit. */
export function StoryBank({ stories, actions }: { stories: Story[]; actions: StoryActions }) {
  const [editing, setEditing] = useState<(StoryDraft & { id?: string }) | null>(null);
  const [filter, setFilter] = useState('all');
  const { error, run } = useAction();
  const shown = filter === 'all' ? stories : stories.filter((s) => s.principles.includes(filter));
  return (
    <div class="stack">
      <p class="hint">
        Write each story once, in STAR order, and tag the principles it shows. Prep plans then tell you which of a role's top
        principles still need a story.
      </p>
      <div class="row">
        <button type="button" class="primary" onClick={() => setEditing(emptyDraft())}>
          New story
        </button>
        <label>
          Principle{' '}
          <select value={filter} onChange={(e) => setFilter(e.currentTarget.value)}>
            <option value="all">All principles</option>
            {principles().map((p) => (
              <option key={p.id} value={p.id}>
                {p.name}
              </option>
            ))}
          </select>
        </label>
      </div>
      {editing && (
        <StoryEditor
          key={editing.id ?? 'new'}
          story={editing}
          onCancel={() => setEditing(null)}
          onSave={async (d) => {
            await actions.save(d);
            setEditing(null);
          }}
        />
      )}
      <ErrorText error={error} />
      {stories.length === 0 ? (
        <p class="empty">No stories yet. Press “New story” and start with the project you are proudest of.</p>
      ) : (
        <ul class="stories">
          {shown.map((s) => (
            <li key={s.id} class="panel story" data-story-id={s.id}>
              <h2>{s.title}</h2>
              <p class="row">
                {s.principles.map((p) => (
                  <span key={p} class="pill">
                    {principleName(p)}
                  </span>
                ))}
              </p>
              <StoryFacts story={s} />
              <div class="row">
                <button type="button" onClick={() => setEditing(s)} aria-label={`Edit “${s.title}”`}>
                  Edit
                </button>
                <button type="button" class="danger" onClick={() => run(() => actions.remove(s.id))} aria-label={`Delete “${s.title}”`}>
                  Delete
                </button>
              </div>
            </li>
          ))}
        </ul>
      )}
    </div>
  );
}
