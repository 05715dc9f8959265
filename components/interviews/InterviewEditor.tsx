import { useMemo, useRef, useState } from 'preact/hooks';
import { INTERVIEW_KIND_LABELS, INTERVIEW_MODES, INTERVIEW_MODE_LABELS, type InterviewDraft, type InterviewKind, type InterviewMode } from '../../core/interview';
import { timeZones } from '../../core/zoned-time';
import { FormEnd } from '../ui/FormEnd';
import { useAction } from '../ui/use-action';
import {
  DEFAULT_MINUTES,
  FIELD_ORDER,
  KINDS,
  LOOP_SESSIONS,
  MAX_TEXT,
  blankSession,
  checkForm,
  type FormErrors,
  type FormField,
  type InterviewFormValues,
  type SessionRow,
} from './interview-form';
import { PLACE_LABELS } from './place-labels';

/** A field's problem, right under it; the input points at it with aria-describedby. */
function FieldError({ id, error }: { id: string; error: string | undefined }) {
  return error ? (
    <span id={id} class="error field-error">
      {error}
    </span>
  ) : null;
}

/**
 * Add or edit one interview. Nothing is saved until every field checks out; each problem is shown
 * beside its field and the first one gets the focus.
 */
export function InterviewEditor({
  initial,
  ids,
  onSave,
  onCancel,
  idPrefix = 'iv',
}: {
  initial: InterviewFormValues;
  /** The interview's id when editing one; the application it belongs to. */
  ids: { id?: string; jobId: string };
  onSave: (draft: InterviewDraft) => Promise<unknown>;
  onCancel: () => void;
  idPrefix?: string;
}) {
  const isNew = !ids.id;
  const [v, setV] = useState<InterviewFormValues>(initial);
  const [errors, setErrors] = useState<FormErrors>({});
  const { busy, error, run } = useAction();
  const form = useRef<HTMLFormElement>(null);
  const zones = useMemo(() => timeZones(initial.timeZone), [initial.timeZone]);
  const id = (f: FormField) => `${idPrefix}-${f}`;
  const errId = (f: FormField) => `${idPrefix}-${f}-error`;
  const a11y = (f: FormField) => ({
    id: id(f),
    'aria-invalid': errors[f] ? ('true' as const) : undefined,
    'aria-describedby': errors[f] ? errId(f) : undefined,
  });
  const set = (change: Partial<InterviewFormValues>) => {
    setV((prev) => ({ ...prev, ...change }));
    // A corrected field loses its message as soon as it is edited.
    setErrors((prev) => {
      const next = { ...prev };
      for (const k of Object.keys(change) as FormField[]) delete next[k];
      return next;
    });
  };
  const setKind = (kind: InterviewKind) =>
    set({
      kind,
      // Follow the new kind's usual length unless the user typed their own.
      ...(v.duration === String(DEFAULT_MINUTES[v.kind]) ? { duration: String(DEFAULT_MINUTES[kind]) } : {}),
      ...(kind === 'loop' && v.sessions.length === 0 ? { sessions: Array.from({ length: LOOP_SESSIONS }, blankSession) } : {}),
    });

  const submit = (e: Event) => {
    e.preventDefault();
    const checked = checkForm(v, ids);
    if (!checked.ok) {
      setErrors(checked.errors);
      const first = FIELD_ORDER.find((f) => checked.errors[f]);
      // After the render that shows the messages, so the screen reader reads the field with its error.
      if (first) setTimeout(() => form.current?.querySelector<HTMLElement>(`#${id(first)}`)?.focus(), 0);
      return;
    }
    void run(() => onSave(checked.draft));
  };

  return (
    <form ref={form} class="panel stack interview-editor" aria-label={isNew ? 'New interview' : 'Edit interview'} onSubmit={submit} noValidate>
      <div class="field-grid">
        <label for={id('kind')}>Kind</label>
        <div>
          <select {...a11y('kind')} value={v.kind} onChange={(e) => setKind(e.currentTarget.value as InterviewKind)}>
            {KINDS.map((k) => (
              <option key={k} value={k}>
                {k === 'other' ? 'Other' : INTERVIEW_KIND_LABELS[k]}
              </option>
            ))}
          </select>
          <FieldError id={errId('kind')} error={errors.kind} />
        </div>
        <label for={id('date')}>Date</label>
        <div>
          <input type="date" {...a11y('date')} value={v.date} onInput={(e) => set({ date: e.currentTarget.value })} />
          <FieldError id={errId('date')} error={errors.date} />
        </div>
        <label for={id('time')}>Start time</label>
        <div>
          <input type="time" {...a11y('time')} value={v.time} onInput={(e) => set({ time: e.currentTarget.value })} />
          <FieldError id={errId('time')} error={errors.time} />
        </div>
        <label for={id('timeZone')}>Time zone</label>
        <div>
          <select {...a11y('timeZone')} value={v.timeZone} onChange={(e) => set({ timeZone: e.currentTarget.value })}>
            {zones.map((z) => (
              <option key={z} value={z}>
                {z.replaceAll('_', ' ')}
              </option>
            ))}
          </select>
          <FieldError id={errId('timeZone')} error={errors.timeZone} />
        </div>
        <label for={id('duration')}>Duration (minutes)</label>
        <div>
          <input inputMode="numeric" size={5} {...a11y('duration')} value={v.duration} onInput={(e) => set({ duration: e.currentTarget.value })} />
          <FieldError id={errId('duration')} error={errors.duration} />
        </div>
        <label for={id('mode')}>How</label>
        <div>
          <select {...a11y('mode')} value={v.mode} onChange={(e) => set({ mode: e.currentTarget.value as InterviewMode })}>
            {INTERVIEW_MODES.map((m) => (
              <option key={m} value={m}>
                {INTERVIEW_MODE_LABELS[m]}
              </option>
            ))}
          </select>
          <FieldError id={errId('mode')} error={errors.mode} />
        </div>
        <label for={id('place')}>{PLACE_LABELS[v.mode]}</label>
        <div>
          <textarea {...a11y('place')} value={v.place} maxLength={MAX_TEXT} rows={2} onInput={(e) => set({ place: e.currentTarget.value })} />
          <span class="hint">Kept as plain text; LoopReady never opens it.</span>
          <FieldError id={errId('place')} error={errors.place} />
        </div>
      </div>

      <fieldset aria-describedby={errors.interviewers ? errId('interviewers') : undefined}>
        <legend>Interviewers (if you know them)</legend>
        {v.interviewers.map((p, i) => (
          <div class="row" key={i}>
            <label>
              Name{' '}
              <input
                id={i === 0 ? id('interviewers') : undefined}
                value={p.name}
                aria-invalid={errors.interviewers && !p.name.trim() ? 'true' : undefined}
                onInput={(e) => set({ interviewers: v.interviewers.map((r, j) => (j === i ? { ...r, name: e.currentTarget.value } : r)) })}
              />
            </label>
            <label>
              Role{' '}
              <input
                value={p.role}
                placeholder="e.g. hiring manager"
                onInput={(e) => set({ interviewers: v.interviewers.map((r, j) => (j === i ? { ...r, role: e.currentTarget.value } : r)) })}
              />
            </label>
            <button type="button" aria-label={`Remove interviewer ${i + 1}`} onClick={() => set({ interviewers: v.interviewers.filter((_, j) => j !== i) })}>
              Remove
            </button>
          </div>
        ))}
        <FieldError id={errId('interviewers')} error={errors.interviewers} />
        <button type="button" onClick={() => set({ interviewers: [...v.interviewers, { name: '', role: '' }] })}>
          Add interviewer
        </button>
      </fieldset>

      {v.kind === 'loop' && (
        <fieldset aria-describedby={errors.sessions ? errId('sessions') : undefined}>
          <legend>Sessions of the loop</legend>
          <p class="hint">A blank start time means right after the session before; times are in the interview's time zone. Rows left empty are ignored.</p>
          <ol class="sessions">
            {v.sessions.map((s, i) => {
              const edit = (change: Partial<SessionRow>) => set({ sessions: v.sessions.map((r, j) => (j === i ? { ...r, ...change } : r)) });
              return (
                <li key={s.id ?? i} class="row">
                  <label>
                    Starts <input type="time" id={i === 0 ? id('sessions') : undefined} value={s.time} onInput={(e) => edit({ time: e.currentTarget.value })} />
                  </label>
                  <label>
                    Minutes <input inputMode="numeric" size={4} value={s.minutes} onInput={(e) => edit({ minutes: e.currentTarget.value })} />
                  </label>
                  <label>
                    Interviewer <input value={s.name} onInput={(e) => edit({ name: e.currentTarget.value })} />
                  </label>
                  <label>
                    Role <input value={s.role} placeholder="e.g. bar raiser" onInput={(e) => edit({ role: e.currentTarget.value })} />
                  </label>
                  <button type="button" aria-label={`Remove session ${i + 1}`} onClick={() => set({ sessions: v.sessions.filter((_, j) => j !== i) })}>
                    Remove
                  </button>
                </li>
              );
            })}
          </ol>
          <FieldError id={errId('sessions')} error={errors.sessions} />
          <button type="button" onClick={() => set({ sessions: [...v.sessions, blankSession()] })}>
            Add session
          </button>
        </fieldset>
      )}

      <label class="row">
        <input type="checkbox" checked={v.thankYouWanted} onChange={(e) => set({ thankYouWanted: e.currentTarget.checked })} />
        Remind me to send a thank-you note afterwards
      </label>

      <FormEnd error={error} busy={busy} submit={isNew ? 'Add interview' : 'Save interview'}>
        <button type="button" onClick={onCancel}>
          Cancel
        </button>
      </FormEnd>
    </form>
  );
}
