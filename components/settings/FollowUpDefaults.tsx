import { useEffect, useState } from 'preact/hooks';
import { DEFAULT_FOLLOW_UP_DAYS } from '../../core/follow-up';
import type { Settings } from '../../core/settings';
import { ACTIVE_STATUSES, STATUS_LABELS, type ActiveStatus } from '../../core/status';
import { ErrorText } from '../ui/ErrorText';
import { useAction } from '../ui/use-action';

type Timing = Pick<Settings, 'followUpDays' | 'followUpIntervalDays' | 'followUpsBeforeNoResponse' | 'snoozeDays'>;

function whole(value: string, label: string, min: number, max: number): number {
  const n = Number(value);
  if (!/^\d+$/.test(value.trim()) || n < min || n > max) throw new Error(`${label}: enter a whole number from ${min} to ${max}`);
  return n;
}

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
  const [form, setForm] = useState(initial);
  const [saved, setSaved] = useState(false);
  const { busy, error, run } = useAction();
  useEffect(() => setForm(initial()), [settings]);

  const submit = () =>
    run(async () => {
      setSaved(false);
      const followUpDays: Settings['followUpDays'] = {};
      for (const s of ACTIVE_STATUSES) {
        const n = whole(form.days[s], STATUS_LABELS[s], 1, 365);
        // Only differences from the default are stored, so a future default change still applies.
        if (n !== DEFAULT_FOLLOW_UP_DAYS[s]) followUpDays[s] = n;
      }
      await onSave({
        followUpDays,
        followUpIntervalDays: whole(form.interval, 'After “I followed up”', 1, 365),
        followUpsBeforeNoResponse: whole(form.before, 'Follow-ups before suggesting “No response”', 1, 20),
        snoozeDays: whole(form.snooze, '“Remind me later”', 1, 365),
      });
      setSaved(true);
    });

  const num = (label: string, value: string, onInput: (v: string) => void, hint?: string) => (
    <label class="setting">
      <span>{label}</span>
      <input type="number" min={1} max={365} inputMode="numeric" value={value} onInput={(e) => onInput(e.currentTarget.value)} />
      {hint && <span class="hint">{hint}</span>}
    </label>
  );

  return (
    <form
      class="panel stack"
      // Our messages name the field and the range; the browser's bubble would only say "invalid".
      noValidate
      aria-labelledby="follow-up-title"
      onSubmit={(e) => {
        e.preventDefault();
        void submit();
      }}
    >
      <h2 id="follow-up-title">Follow-up timing</h2>
      <p class="hint">Days to wait in each stage before LoopReady suggests following up.</p>
      <div class="settings-grid">
        {ACTIVE_STATUSES.map((s) =>
          num(STATUS_LABELS[s], form.days[s], (v) => setForm({ ...form, days: { ...form.days, [s]: v } }), `default ${DEFAULT_FOLLOW_UP_DAYS[s]}`),
        )}
        {num('After “I followed up”', form.interval, (v) => setForm({ ...form, interval: v }), 'days to the next check')}
        {num('Suggest “No response” after', form.before, (v) => setForm({ ...form, before: v }), 'follow-ups without an answer')}
        {num('“Remind me later”', form.snooze, (v) => setForm({ ...form, snooze: v }), 'days')}
      </div>
      <ErrorText error={error} />
      <div class="row">
        <button type="submit" class="primary" disabled={busy}>
          Save timing
        </button>
        <span role="status" class="ok">
          {saved ? 'Saved. New timings apply to the next stage change.' : ''}
        </span>
      </div>
    </form>
  );
}
