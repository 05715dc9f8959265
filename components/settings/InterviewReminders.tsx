import { DEFAULT_INTERVIEW_REMINDERS, interviewReminderSettings, type InterviewReminderSettings, type Settings } from '../../core/settings';
import { SettingsForm, useSettingsForm, wholeNumber } from './SettingsForm';

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
  return wholeNumber(value, `${label}: ${amount}`, min, max);
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
  const state = useSettingsForm(settings, initial, (form) =>
    onSave({
      // Only a reminder that is on needs a valid time; an off one is stored as null.
      dayBeforeHours: form.dayBefore ? whole(form.hours, DAY_BEFORE) : null,
      shortlyBeforeMinutes: form.shortlyBefore ? whole(form.minutes, SHORTLY_BEFORE) : null,
      debriefPrompt: form.debrief,
    }),
  );
  const { form, setForm } = state;

  return (
    <SettingsForm id="interview-reminders-title" title="Interview reminders" submit="Save interview reminders" savedText="Saved. Applies to the next reminders." state={state}>
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
    </SettingsForm>
  );
}
