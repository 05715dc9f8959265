import { liveQuery } from 'dexie';
import { useEffect, useMemo } from 'preact/hooks';
import { PlanView, type PlanActions } from '../../components/plan/PlanView';
import { PageHeader } from '../../components/ui/PageHeader';
import { applyTheme } from '../../components/ui/theme';
import { useAsync } from '../../components/ui/use-async';
import { buildPrepPlan } from '../../core/prep-plan';
import { titleOf } from '../../core/application-title';
import { errorMessage } from '../../core/error-message';
import type { LoopReadyDb } from '../../db/db';
import { listPractice } from '../../db/practice';
import { getSettings } from '../../db/settings';
import { listStories } from '../../db/stories';
import { pageStoreWrites } from '../tracker/page-writes';

/** plan.html?jobId=<a saved application>: the prep plan for that role. */
export function App({ db, jobId, focusId = null }: { db: LoopReadyDb; jobId: string | null; focusId?: string | null }) {
  const valid = jobId !== null && /^\d{1,12}$/.test(jobId);
  // Read once, not live: the page itself saves the checklist and STAR notes as the candidate types,
  // and a live read would rebuild the whole plan under the cursor after every save.
  const app = useAsync(async () => (valid ? ((await db.applications.get(jobId)) ?? null) : null), [db, jobId]);
  const loaded = app.status === 'ready' ? app.value : null;
  const stories = useAsync(() => liveQuery(() => listStories(db)), [db]);
  const practice = useAsync(() => liveQuery(() => listPractice(db, valid ? jobId : null)), [db, jobId]);
  const settings = useAsync(() => liveQuery(() => getSettings(db)), [db]);
  useEffect(() => {
    if (settings.status === 'ready') applyTheme(settings.value.theme ?? 'system');
  }, [settings]);
  const plan = useMemo(() => (loaded ? buildPrepPlan(loaded.posting) : null), [loaded?.jobId, loaded?.posting]);
  useEffect(() => {
    if (loaded) document.title = `Prep plan: ${titleOf(loaded)}`;
  }, [loaded?.jobId]);

  const writes = useMemo(() => pageStoreWrites(db), [db]);
  const actions: PlanActions = useMemo(
    () => ({
      savePlanState: (state) => writes.setPlanState(jobId!, state),
      recordPractice: (session) => writes.recordPractice(session),
      copyText: async (text) => {
        try {
          await navigator.clipboard.writeText(text);
        } catch (err) {
          throw new Error(`The browser refused clipboard access (${errorMessage(err)}). Use Print instead.`);
        }
      },
      print: () => window.print(),
    }),
    [writes, jobId],
  );

  let body;
  if (!valid) {
    body = (
      <p class="empty">
        No application chosen. Open the <a href="/tracker.html">tracker</a> and choose “Open prep plan” on a saved job.
      </p>
    );
  } else if (app.status === 'loading') {
    body = <p class="hint" aria-busy="true">Loading…</p>;
  } else if (app.status === 'failed') {
    body = <p class="error" role="alert">Could not read this application: {app.message}</p>;
  } else if (!loaded || !plan) {
    body = (
      <p class="empty">
        Job {jobId} is not in your tracker. Save it from its amazon.jobs page first, then open its plan from the{' '}
        <a href="/tracker.html">tracker</a>.
      </p>
    );
  } else {
    body = (
      <PlanView
        key={loaded.jobId}
        plan={plan}
        posting={loaded.posting}
        initialState={loaded.planState}
        stories={stories.status === 'ready' ? stories.value : []}
        practice={practice.status === 'ready' ? practice.value : []}
        actions={actions}
        focusId={focusId}
      />
    );
  }
  return (
    <>
      <PageHeader current="plan" />
      <main>{body}</main>
    </>
  );
}
