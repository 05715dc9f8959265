import { useEffect, useState } from 'preact/hooks';
import { DEFAULT_INTERVIEW_REMINDERS, interviewReminderSettings, type InterviewReminderSettings, type Settings } from '../../core/settings';
import { ErrorText } from '../ui/ErrorText';
import { useAction } from '../ui/use-action';

/** One interview reminder: its switch, and how long before the interview it comes. */
interface Reminder {
  label: string;
  /** What the number counts ("hours before"). */
  amount: string;
  min: number;
  max: number;
  hint: string;
}

const DAY_BEFORE: Reminder = { label: 'Day before', amount: 'hours before', min: 2, max: 72, hint: '2 to 72; 24 is the same time the day before' };
const SHORTLY_BEFORE: Reminder = { label: 'Shortly before', amount: 'minutes before', min: 5, max: 240, hint: '5 to 240' };

function whole(value: string, { label, amount, min, max }: Reminder): number {
  const n = Number(value);
  if (!/^\d+$/.test(value.trim()) || n < min || n > max) throw new Error(`${label}: ${amount}: enter a whole number from ${min} to ${max}`);
  return n;
}

function ReminderRow({
  label,
  amount,
  min,
  max,
  hint,
  on,
  value,
  onToggle,
  onValue,
}: Reminder & { on: boolean; value: string; onToggle: (on: boolean) => void; onValue: (value: string) => void }) {
  return (
    <div class="stack">
      <label>
        <input type="checkbox" checked={on} onChange={(e) => onToggle(e.currentTarget.checked)} /> {label}
      </label>
      <label class="setting">
        <span>
          {label}: {amount}
        </span>
        <input type="number" min={min} max={max} inputMode="numeric" disabled={!on} value={value} onInput={(e) => onValue(e.currentTarget.value)} />
        <span class="hint">{hint}</span>
      </label>
    </div>
  );
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
        dayBeforeHours: form.dayBefore ? whole(form.hours, DAY_BEFORE) : null,
        shortlyBeforeMinutes: form.shortlyBefore ? whole(form.minutes, SHORTLY_BEFORE) : null,
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
          <ReminderRow
            {...DAY_BEFORE}
            on={form.dayBefore}
            value={form.hours}
            onToggle={(dayBefore) => setForm({ ...form, dayBefore })}
            onValue={(hours) => setForm({ ...form, hours })}
          />
          <ReminderRow
            {...SHORTLY_BEFORE}
            on={form.shortlyBefore}
            value={form.minutes}
            onToggle={(shortlyBefore) => setForm({ ...form, shortlyBefore })}
            onValue={(minutes) => setForm({ ...form, minutes })}
          />
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
