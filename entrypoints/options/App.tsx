import { liveQuery } from 'dexie';
import { useEffect, useMemo } from 'preact/hooks';
import { DataPanel } from '../../components/data/DataPanel';
import { dataActions } from '../tracker/data-actions';
import { pageStoreWrites } from '../tracker/page-writes';
import { AppearanceAndAlerts } from '../../components/settings/AppearanceAndAlerts';
import { FollowUpDefaults } from '../../components/settings/FollowUpDefaults';
import { InterviewReminders } from '../../components/settings/InterviewReminders';
import { PageHeader } from '../../components/ui/PageHeader';
import { applyTheme } from '../../components/ui/theme';
import { useAsync } from '../../components/ui/use-async';
import type { LoopReadyDb } from '../../db/db';
import { getSettings } from '../../db/settings';

/** The options page: follow-up timing, notifications, theme, interview reminders, backup and restore. */
export function App({ db }: { db: LoopReadyDb }) {
  const settings = useAsync(() => liveQuery(() => getSettings(db)), [db]);
  // Through the write path, which brings the badge and alarms in line with new timings.
  const writes = useMemo(() => pageStoreWrites(db), [db]);
  const data = useMemo(() => dataActions(db, writes), [db, writes]);
  const theme = settings.status === 'ready' ? (settings.value.theme ?? 'system') : null;
  useEffect(() => {
    if (theme) applyTheme(theme);
  }, [theme]);
  const save = async (change: Parameters<typeof writes.updateSettings>[0]) => {
    await writes.updateSettings(change);
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
            <InterviewReminders settings={settings.value} onSave={(change) => writes.setInterviewReminders(change)} />
          </>
        ) : (
          <p class="hint">{settings.status === 'failed' ? `Could not read the settings: ${settings.message}` : 'Loading…'}</p>
        )}
        <DataPanel actions={data} />
      </main>
    </>
  );
}
