import { useEffect, useRef, useState } from 'preact/hooks';
import { principles } from '../../core/principles';
import type { Story } from '../../core/story';
import type { StoryDraft } from '../../db/stories';
import { FormEnd } from '../ui/FormEnd';
import { useAction } from '../ui/use-action';

const PARTS = [
  ['situation', 'Situation', 'Where and when; what was at stake.'],
  ['task', 'Task', 'What you had to achieve, and why it was yours.'],
  ['action', 'Action', 'What you did, step by step ("I", not "we").'],
  ['result', 'Result', 'What changed, with a number if you have one, and what you learned.'],
] as const;

export function emptyDraft(principleIds: string[] = []): StoryDraft {
  return { title: '', principles: principleIds, situation: '', task: '', action: '', result: '' };
}

/** Write or edit one STAR story and tag it with the principles it shows. */
export function StoryEditor({
  story,
  onSave,
  onCancel,
}: {
  story: (StoryDraft & { id?: string }) | Story;
  onSave: (draft: StoryDraft & { id?: string }) => Promise<unknown>;
  onCancel: () => void;
}) {
  const [draft, setDraft] = useState<StoryDraft & { id?: string }>(story);
  // After "New story" the title is where typing goes (focus would otherwise stay on the button).
  const titleRef = useRef<HTMLInputElement>(null);
  useEffect(() => titleRef.current?.focus(), []);
  const { busy, error, run } = useAction();
  const set = (change: Partial<StoryDraft>) => setDraft((d) => ({ ...d, ...change }));
  const toggle = (id: string, on: boolean) =>
    set({ principles: on ? [...draft.principles, id] : draft.principles.filter((p) => p !== id) });
  return (
    <form
      class="panel stack story-editor"
      aria-label={draft.id ? 'Edit story' : 'New story'}
      onSubmit={(e) => {
        e.preventDefault();
        void run(() => onSave(draft));
      }}
    >
      <label>
        Title
        <input
          ref={titleRef}
          value={draft.title}
          onInput={(e) => set({ title: e.currentTarget.value })}
          required
          maxLength={500}
          style={{ width: '100%' }}
        />
      </label>
      {PARTS.map(([key, label, hint]) => (
        <label key={key}>
          {label} <span class="hint">{hint}</span>
          <textarea value={draft[key]} onInput={(e) => set({ [key]: e.currentTarget.value })} />
        </label>
      ))}
      <fieldset>
        <legend>Leadership Principles this story shows</legend>
        <div class="principle-tags">
          {principles().map((p) => (
            <label key={p.id}>
              <input type="checkbox" checked={draft.principles.includes(p.id)} onChange={(e) => toggle(p.id, e.currentTarget.checked)} /> {p.name}
            </label>
          ))}
        </div>
      </fieldset>
      <FormEnd error={error} busy={busy} submit="Save story">
        <button type="button" onClick={onCancel}>
          Cancel
        </button>
      </FormEnd>
    </form>
  );
}
