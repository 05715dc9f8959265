import { liveQuery } from 'dexie';
import { useEffect, useMemo } from 'preact/hooks';
import { DataPanel } from '../../components/data/DataPanel';
import { dataActions } from '../tracker/data-actions';
import { AppearanceAndAlerts } from '../../components/settings/AppearanceAndAlerts';
import { FollowUpDefaults } from '../../components/settings/FollowUpDefaults';
import { PageHeader } from '../../components/ui/PageHeader';
import { applyTheme } from '../../components/ui/theme';
import { useAsync } from '../../components/ui/use-async';
import type { LoopReadyDb } from '../../db/db';
import { getSettings, updateSettings } from '../../db/settings';
import { send } from '../../messaging/bus';

// New timings or a notification switch change what the next reminder check does: run it now.
const reminderCheck = () => send('runReminderCheck', null).catch(() => undefined);

/** The options page: follow-up timing, notifications, theme, backup and restore. */
export function App({ db }: { db: LoopReadyDb }) {
  const settings = useAsync(() => liveQuery(() => getSettings(db)), [db]);
  const data = useMemo(() => dataActions(db, reminderCheck), [db]);
  const theme = settings.status === 'ready' ? (settings.value.theme ?? 'system') : null;
  useEffect(() => {
    if (theme) applyTheme(theme);
  }, [theme]);
  const save = async (change: Parameters<typeof updateSettings>[1]) => {
    await updateSettings(db, change);
    await reminderCheck();
  };
  return (
    <>
      <PageHeader current="settings" />
      <main class="options-main">
        <h1>Settings</h1>
        {settings.status === 'ready' ? (
          <>
            <FollowUpDefaults settings={settings.value} onSave={save} />
            <AppearanceAndAlerts settings={settings.value} onChange={save} />
          </>
        ) : (
          <p class="hint">{settings.status === 'failed' ? `Could not read the settings: ${settings.message}` : 'Loading…'}</p>
        )}
        <DataPanel actions={data} />
      </main>
    </>
  );
}
