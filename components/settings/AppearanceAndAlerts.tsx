import { useState } from 'preact/hooks';
import { THEMES, type Settings, type Theme } from '../../core/settings';
import { ErrorText } from '../ui/ErrorText';
import { useAction } from '../ui/use-action';

const THEME_LABELS: Record<Theme, string> = { system: 'Same as the system', light: 'Light', dark: 'Dark' };

/** Notifications on/off and the page theme; each change is saved at once. */
export function AppearanceAndAlerts({
  settings,
  onChange,
}: {
  settings: Settings;
  onChange: (change: Partial<Pick<Settings, 'notificationsEnabled' | 'theme'>>) => Promise<unknown>;
}) {
  const { error, run } = useAction();
  // Shown at once, before the store confirms: a controlled input that waits for the write would
  // snap back for a moment under the user's click. A failed write shows its error and the stored value.
  const [pending, setPending] = useState<Partial<Pick<Settings, 'notificationsEnabled' | 'theme'>>>({});
  const change = (c: typeof pending) => {
    setPending((p) => ({ ...p, ...c }));
    void run(() => onChange(c)).then((ok) => {
      if (!ok) setPending({});
    });
  };
  const theme = pending.theme ?? settings.theme ?? 'system';
  const notify = pending.notificationsEnabled ?? settings.notificationsEnabled;
  return (
    <section class="panel stack" aria-labelledby="alerts-title">
      <h2 id="alerts-title">Reminders and appearance</h2>
      <label>
        <input
          type="checkbox"
          checked={notify}
          onChange={(e) => change({ notificationsEnabled: e.currentTarget.checked })}
        />{' '}
        Show a desktop notification when follow-ups are due
      </label>
      <p class="hint">The toolbar badge always counts due follow-ups.</p>
      <fieldset>
        <legend>Theme</legend>
        {THEMES.map((t) => (
          <label key={t} class="radio">
            <input type="radio" name="theme" value={t} checked={theme === t} onChange={() => change({ theme: t })} />{' '}
            {THEME_LABELS[t]}
          </label>
        ))}
      </fieldset>
      <ErrorText error={error} />
    </section>
  );
}
