import { DEFAULT_FOLLOW_UP_DAYS } from '../../core/follow-up';
import type { Settings } from '../../core/settings';
import { ACTIVE_STATUSES, STATUS_LABELS, type ActiveStatus } from '../../core/status';
import { SettingsForm, useSettingsForm, wholeNumber } from './SettingsForm';

type Timing = Pick<Settings, 'followUpDays' | 'followUpIntervalDays' | 'followUpsBeforeNoResponse' | 'snoozeDays'>;

/** Days to wait per stage before a follow-up is suggested, and the other follow-up timings. */
export function FollowUpDefaults({ settings, onSave }: { settings: Settings; onSave: (change: Timing) => Promise<unknown> }) {
  const initial = () => ({
    days: Object.fromEntries(ACTIVE_STATUSES.map((s) => [s, String(settings.followUpDays[s] ?? DEFAULT_FOLLOW_UP_DAYS[s])])) as Record<
      ActiveStatus,
      string
    >,
    interval: String(settings.followUpIntervalDays),
    before: String(settings.followUpsBeforeNoResponse),
    snooze: String(settings.snoozeDays),
  });
  const state = useSettingsForm(settings, initial, async (form) => {
    const followUpDays: Settings['followUpDays'] = {};
    for (const s of ACTIVE_STATUSES) {
      const n = wholeNumber(form.days[s], STATUS_LABELS[s], 1, 365);
      // Only differences from the default are stored, so a future default change still applies.
      if (n !== DEFAULT_FOLLOW_UP_DAYS[s]) followUpDays[s] = n;
    }
    await onSave({
      followUpDays,
      followUpIntervalDays: wholeNumber(form.interval, 'After “I followed up”', 1, 365),
      followUpsBeforeNoResponse: wholeNumber(form.before, 'Follow-ups before suggesting “No response”', 1, 20),
      snoozeDays: wholeNumber(form.snooze, '“Remind me later”', 1, 365),
    });
  });
  const { form, setForm } = state;

  const num = (label: string, value: string, onInput: (v: string) => void, hint?: string) => (
    <label class="setting">
      <span>{label}</span>
      <input type="number" min={1} max={365} inputMode="numeric" value={value} onInput={(e) => onInput(e.currentTarget.value)} />
      {hint && <span class="hint">{hint}</span>}
    </label>
  );

  return (
    <SettingsForm id="follow-up-title" title="Follow-up timing" submit="Save timing" savedText="Saved. New timings apply to the next stage change." state={state}>
      <p class="hint">Days to wait in each stage before LoopReady suggests following up.</p>
      <div class="settings-grid">
        {ACTIVE_STATUSES.map((s) =>
          num(STATUS_LABELS[s], form.days[s], (v) => setForm({ ...form, days: { ...form.days, [s]: v } }), `default ${DEFAULT_FOLLOW_UP_DAYS[s]}`),
        )}
        {num('After “I followed up”', form.interval, (v) => setForm({ ...form, interval: v }), 'days to the next check')}
        {num('Suggest “No response” after', form.before, (v) => setForm({ ...form, before: v }), 'follow-ups without an answer')}
        {num('“Remind me later”', form.snooze, (v) => setForm({ ...form, snooze: v }), 'days')}
      </div>
    </SettingsForm>
  );
}
