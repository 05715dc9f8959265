import { liveQuery } from 'dexie';
import { useEffect, useLayoutEffect, useMemo, useState } from 'preact/hooks';
import { DataPanel, type DataActions } from '../../components/data/DataPanel';
import { StoryBank } from '../../components/stories/StoryBank';
import { storyActions } from './story-actions';
import { TrackerView } from '../../components/tracker/TrackerView';
import { trackerActions } from './tracker-actions';
import { localRowCache } from './row-cache';
import { openTrackerStore, type TrackerStore } from './tracker-store';
import type { TrackerRow } from '../../components/tracker/tracker-rows';
import { PageHeader } from '../../components/ui/PageHeader';
import { applyTheme } from '../../components/ui/theme';
import { useAsync } from '../../components/ui/use-async';
import { DEFAULT_SETTINGS } from '../../core/settings';
import type { LoopReadyDb } from '../../db/db';
import type { StoreWrites } from '../../db/store-writes';
import { getSettings } from '../../db/settings';
import { listStories } from '../../db/stories';
import { pageStoreWrites } from './page-writes';
import { AgendaSection } from './agenda-section';
import { InterviewsSection } from './interviews-section';

function useHash(): string {
  const [hash, setHash] = useState(location.hash);
  useEffect(() => {
    const on = () => setHash(location.hash);
    addEventListener('hashchange', on);
    return () => removeEventListener('hashchange', on);
  }, []);
  return hash;
}

/** The tracker page (and, at #stories, the story bank). */
export function App({ db }: { db: LoopReadyDb }) {
  const hash = useHash();
  const settingsLive = useAsync(() => liveQuery(() => getSettings(db)), [db]);
  const settings = settingsLive.status === 'ready' ? settingsLive.value : DEFAULT_SETTINGS;
  useEffect(() => {
    if (settingsLive.status === 'ready') applyTheme(settings.theme ?? 'system');
  }, [settings.theme, settingsLive.status]);

  const view = hash === '#stories' ? 'stories' : 'tracker';
  useEffect(() => {
    document.title = view === 'stories' ? 'LoopReady story bank' : 'LoopReady tracker';
  }, [view]);

  return (
    <>
      <PageHeader current={view} />
      <main>{view === 'stories' ? <Stories db={db} /> : <Tracker db={db} settings={settings} dueFirst={hash === '#due'} />}</main>
    </>
  );
}

function Stories({ db }: { db: LoopReadyDb }) {
  const stories = useAsync(() => liveQuery(() => listStories(db)), [db]);
  const actions = useMemo(() => storyActions(pageStoreWrites(db)), [db]);
  return (
    <>
      <h1>Story bank</h1>
      {stories.status === 'ready' ? (
        <StoryBank stories={stories.value} actions={actions} />
      ) : (
        <p class="hint">{stories.status === 'failed' ? stories.message : 'Loading…'}</p>
      )}
    </>
  );
}

function Tracker({ db, settings, dueFirst }: { db: LoopReadyDb; settings: typeof DEFAULT_SETTINGS; dueFirst: boolean }) {
  const [rows, setRows] = useState<TrackerRow[] | null>(null);
  const [complete, setComplete] = useState(false);
  const [failure, setFailure] = useState<string | null>(null);
  const [openId, setOpenId] = useState<string | null>(() => new URLSearchParams(location.search).get('jobId'));
  const [now, setNow] = useState(Date.now());
  const [store, setStore] = useState<TrackerStore | null>(null);

  // A layout effect: with a row cache, the rows are set before the first paint, one frame sooner.
  useLayoutEffect(() => {
    const s = openTrackerStore(db, {
      onRows: (next, done) => {
        setRows(next);
        setComplete(done);
        if (done) setNow(Date.now());
      },
      onError: setFailure,
    }, localRowCache());
    setStore(s);
    return () => s.close();
  }, [db]);
  // Marks for scripts/bench-tracker.ts, set after the render that shows the rows is committed.
  const shown = rows !== null && rows.length > 0;
  useEffect(() => {
    if (shown) performance.mark('tracker-first-rows');
  }, [shown]);
  useEffect(() => {
    if (complete && shown) performance.mark('tracker-all-rows');
  }, [complete, shown]);
  // "Due" is relative to the clock: re-evaluate every minute while the page is open.
  useEffect(() => {
    const t = setInterval(() => setNow(Date.now()), 60_000);
    return () => clearInterval(t);
  }, []);

  const writes = useMemo(() => pageStoreWrites(db), [db]);
  const actions = useMemo(() => trackerActions(writes), [writes]);
  // After an import, re-read everything: it may write records older than the rows shown.
  const data = useMemo(() => lazyDataActions(db, writes, async () => store?.reload()), [db, writes, store]);
  const openApp = useAsync(() => liveQuery(async () => (openId ? ((await db.applications.get(openId)) ?? null) : null)), [db, openId]);

  return (
    <>
      <h1>Applications</h1>
      {failure && (
        <p class="error" role="alert">
          Could not read your applications: {failure}
        </p>
      )}
      {rows === null ? (
        <p class="hint tracker-summary" aria-busy="true">
          Loading…
        </p>
      ) : (
        <>
          <AgendaSection db={db} now={now} onOpen={setOpenId} />
          <TrackerView
            rows={rows}
            complete={complete}
            now={now}
            settings={settings}
            actions={actions}
            openId={openId}
            openApp={openApp.status === 'ready' ? openApp.value : null}
            onOpen={setOpenId}
            initial={dueFirst ? { dueOnly: true, sort: 'follow-up' } : undefined}
            interviewsOf={(jobId) => <InterviewsSection key={jobId} db={db} jobId={jobId} now={now} />}
          />
        </>
      )}
      <DataPanel actions={data} />
    </>
  );
}

/**
 * The backup and export code (CSV, calendar, import checks) is loaded on first use: it is a large
 * part of the page's script, and nothing of it is needed to show the applications.
 */
function lazyDataActions(db: LoopReadyDb, writes: StoreWrites, afterImport: () => Promise<unknown>): DataActions {
  const load = async () => (await import('./data-actions')).dataActions(db, writes, Date.now, afterImport);
  return {
    exportJson: async () => (await load()).exportJson(),
    exportCsv: async () => (await load()).exportCsv(),
    exportIcs: async () => (await load()).exportIcs(),
    importJson: async (text, onProgress) => (await load()).importJson(text, onProgress),
  };
}
