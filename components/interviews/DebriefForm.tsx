import { useState } from 'preact/hooks';
import { FEELINGS, panelNames, type DebriefDraft, type Feeling, type Interview } from '../../core/interview';
import type { Story } from '../../core/story';
import { FormEnd } from '../ui/FormEnd';
import { useAction } from '../ui/use-action';
import type { UsedStory } from '../../core/interview-stories';
import { StoryTellings } from './StoryTellings';

const FEELING_LABELS: Record<Feeling, string> = { great: 'Great', good: 'Good', mixed: 'Mixed', rough: 'Rough' };
const MAX_QUESTIONS = 100;
const MAX_QUESTION = 2000;
const MAX_NOTES = 20_000;

type Errors = Partial<Record<'questions' | 'notes', string>>;

/** Questions, one per line, as the store keeps them. */
export function questionLines(text: string): string[] {
  return text
    .split('\n')
    .map((l) => l.trim())
    .filter(Boolean);
}

/**
 * After the interview: which questions came, which stories were told (and to whom, so the next
 * interview of this panel gets fresh ones), how it felt, notes, and whether to be reminded to thank.
 */
export function DebriefForm({
  interview,
  stories,
  tellings,
  onSave,
}: {
  interview: Interview;
  stories: Story[];
  tellings: Map<string, UsedStory[]>;
  onSave: (draft: DebriefDraft, thankYouWanted: boolean) => Promise<unknown>;
}) {
  const d = interview.debrief;
  const [questions, setQuestions] = useState(d ? d.questions.join('\n') : '');
  const [used, setUsed] = useState<Map<string, string>>(new Map(d?.storiesUsed.map((u) => [u.storyId, u.interviewer]) ?? []));
  const [feeling, setFeeling] = useState<Feeling | null>(d?.feeling ?? null);
  const [notes, setNotes] = useState(d?.notes ?? '');
  const [thankYou, setThankYou] = useState(interview.thankYouWanted);
  const [errors, setErrors] = useState<Errors>({});
  const [saved, setSaved] = useState(false);
  const { busy, error, run } = useAction();
  const panel = panelNames(interview);

  const toggle = (id: string, on: boolean) =>
    setUsed((m) => {
      const n = new Map(m);
      if (on) n.set(id, n.get(id) ?? (panel.length === 1 ? panel[0]! : ''));
      else n.delete(id);
      return n;
    });

  const submit = (e: Event) => {
    e.preventDefault();
    const lines = questionLines(questions);
    const next: Errors = {};
    if (lines.length > MAX_QUESTIONS) next.questions = `At most ${MAX_QUESTIONS} questions; keep the ones worth practising.`;
    else if (lines.some((l) => l.length > MAX_QUESTION)) next.questions = `Keep each question under ${MAX_QUESTION} characters (one question per line).`;
    if (notes.length > MAX_NOTES) next.notes = `Keep the notes under ${MAX_NOTES.toLocaleString()} characters.`;
    setErrors(next);
    if (Object.keys(next).length > 0) return;
    const draft: DebriefDraft = {
      questions: lines,
      // In the bank's order, so the saved record does not depend on the order of the clicks.
      storiesUsed: stories.filter((s) => used.has(s.id)).map((s) => ({ storyId: s.id, interviewer: used.get(s.id) ?? '' })),
      feeling,
      notes: notes.trim(),
    };
    setSaved(false);
    void run(() => onSave(draft, thankYou)).then((ok) => setSaved(ok));
  };

  return (
    <form class="stack debrief" aria-labelledby="debrief-title" onSubmit={submit} noValidate>
      <h2 id="debrief-title" tabIndex={-1}>
        Debrief
      </h2>
      <p class="hint">A few minutes now, while you remember: the next interview of this process will use it.</p>
      <label for="debrief-questions">Questions that came (one per line)</label>
      <textarea
        id="debrief-questions"
        rows={5}
        value={questions}
        aria-invalid={errors.questions ? 'true' : undefined}
        aria-describedby={errors.questions ? 'debrief-questions-error' : undefined}
        onInput={(e) => {
          setQuestions(e.currentTarget.value);
          setErrors((x) => ({ ...x, questions: undefined }));
        }}
      />
      {errors.questions && (
        <span id="debrief-questions-error" class="error field-error">
          {errors.questions}
        </span>
      )}

      <fieldset>
        <legend>Stories you told</legend>
        {stories.length === 0 ? (
          <p class="hint">Your story bank is empty; write the stories you told there so the next panel hears new ones.</p>
        ) : (
          <ul class="story-picks">
            {stories.map((s) => {
              const on = used.has(s.id);
              return (
                <li key={s.id} class="row" data-story-id={s.id}>
                  <label>
                    <input type="checkbox" checked={on} onChange={(e) => toggle(s.id, e.currentTarget.checked)} /> <bdi>{s.title}</bdi>
                  </label>
                  <StoryTellings tellings={tellings.get(s.id)} />
                  {on && panel.length > 1 && (
                    <label>
                      to{' '}
                      <select value={used.get(s.id) ?? ''} onChange={(e) => setUsed((m) => new Map(m).set(s.id, e.currentTarget.value))}>
                        <option value="">(not noted)</option>
                        {panel.map((n) => (
                          <option key={n} value={n}>
                            {n}
                          </option>
                        ))}
                      </select>
                    </label>
                  )}
                </li>
              );
            })}
          </ul>
        )}
      </fieldset>

      <fieldset>
        <legend>How did it feel?</legend>
        <div class="row">
          {FEELINGS.map((f) => (
            <label key={f}>
              <input type="radio" name="debrief-feeling" value={f} checked={feeling === f} onChange={() => setFeeling(f)} /> {FEELING_LABELS[f]}
            </label>
          ))}
        </div>
      </fieldset>

      <label for="debrief-notes">Notes</label>
      <textarea
        id="debrief-notes"
        rows={4}
        value={notes}
        aria-invalid={errors.notes ? 'true' : undefined}
        aria-describedby={errors.notes ? 'debrief-notes-error' : undefined}
        onInput={(e) => {
          setNotes(e.currentTarget.value);
          setErrors((x) => ({ ...x, notes: undefined }));
        }}
      />
      {errors.notes && (
        <span id="debrief-notes-error" class="error field-error">
          {errors.notes}
        </span>
      )}

      <label class="row">
        <input type="checkbox" checked={thankYou} onChange={(e) => setThankYou(e.currentTarget.checked)} /> Remind me to send a thank-you note
      </label>
      <FormEnd error={error} busy={busy} submit="Save debrief">
        <span role="status" class="hint">
          {saved ? 'Debrief saved.' : ''}
        </span>
      </FormEnd>
    </form>
  );
}
