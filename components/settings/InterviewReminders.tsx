import { useEffect, useState } from 'preact/hooks';
import { DEFAULT_INTERVIEW_REMINDERS, interviewReminderSettings, type InterviewReminderSettings, type Settings } from '../../core/settings';
import { ErrorText } from '../ui/ErrorText';
import { useAction } from '../ui/use-action';

function whole(value: string, label: string, min: number, max: number): number {
  const n = Number(value);
  if (!/^\d+$/.test(value.trim()) || n < min || n > max) throw new Error(`${label}: enter a whole number from ${min} to ${max}`);
  return n;
}

/** When to be reminded of a scheduled interview, and whether to be asked for a debrief after it. */
export function InterviewReminders({
  settings,
  onSave,
}: {
  settings: Settings;
  onSave: (change: InterviewReminderSettings) => Promise<unknown>;
}) {
  const initial = () => {
    const r = interviewReminderSettings(settings);
    // A reminder that is off keeps showing the default, so switching it back on starts from a sensible value.
    return {
      dayBefore: r.dayBeforeHours !== null,
      hours: String(r.dayBeforeHours ?? DEFAULT_INTERVIEW_REMINDERS.dayBeforeHours),
      shortlyBefore: r.shortlyBeforeMinutes !== null,
      minutes: String(r.shortlyBeforeMinutes ?? DEFAULT_INTERVIEW_REMINDERS.shortlyBeforeMinutes),
      debrief: r.debriefPrompt,
    };
  };
  const [form, setForm] = useState(initial);
  const [saved, setSaved] = useState(false);
  const { busy, error, run } = useAction();
  useEffect(() => setForm(initial()), [settings]);

  const submit = () =>
    run(async () => {
      setSaved(false);
      await onSave({
        // Only a reminder that is on needs a valid time; an off one is stored as null.
        dayBeforeHours: form.dayBefore ? whole(form.hours, 'Day before: hours before', 2, 72) : null,
        shortlyBeforeMinutes: form.shortlyBefore ? whole(form.minutes, 'Shortly before: minutes before', 5, 240) : null,
        debriefPrompt: form.debrief,
      });
      setSaved(true);
    });

  return (
    <form
      class="panel stack"
      // Our messages name the field and the range; the browser's bubble would only say "invalid".
      noValidate
      aria-labelledby="interview-reminders-title"
      onSubmit={(e) => {
        e.preventDefault();
        void submit();
      }}
    >
      <h2 id="interview-reminders-title">Interview reminders</h2>
      <fieldset>
        <legend>Notifications for scheduled interviews</legend>
        <p class="hint">Shown only while desktop notifications are on.</p>
        <div class="settings-grid">
          <div class="stack">
            <label>
              <input type="checkbox" checked={form.dayBefore} onChange={(e) => setForm({ ...form, dayBefore: e.currentTarget.checked })} /> Day before
            </label>
            <label class="setting">
              <span>Day before: hours before</span>
              <input
                type="number"
                min={2}
                max={72}
                inputMode="numeric"
                disabled={!form.dayBefore}
                value={form.hours}
                onInput={(e) => setForm({ ...form, hours: e.currentTarget.value })}
              />
              <span class="hint">2 to 72; 24 is the same time the day before</span>
            </label>
          </div>
          <div class="stack">
            <label>
              <input
                type="checkbox"
                checked={form.shortlyBefore}
                onChange={(e) => setForm({ ...form, shortlyBefore: e.currentTarget.checked })}
              />{' '}
              Shortly before
            </label>
            <label class="setting">
              <span>Shortly before: minutes before</span>
              <input
                type="number"
                min={5}
                max={240}
                inputMode="numeric"
                disabled={!form.shortlyBefore}
                value={form.minutes}
                onInput={(e) => setForm({ ...form, minutes: e.currentTarget.value })}
              />
              <span class="hint">5 to 240</span>
            </label>
          </div>
        </div>
        <label>
          <input type="checkbox" checked={form.debrief} onChange={(e) => setForm({ ...form, debrief: e.currentTarget.checked })} /> Ask for a
          debrief after
        </label>
      </fieldset>
      <ErrorText error={error} />
      <div class="row">
        <button type="submit" class="primary" disabled={busy}>
          Save interview reminders
        </button>
        <span role="status" class="ok">
          {saved ? 'Saved. Applies to the next reminders.' : ''}
        </span>
      </div>
    </form>
  );
}
