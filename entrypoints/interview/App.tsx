import { useEffect, useMemo, useState } from 'preact/hooks';
import { DayOfView, type ChecklistLine } from '../../components/interviews/DayOfView';
import { PageHeader } from '../../components/ui/PageHeader';
import { applyTheme } from '../../components/ui/theme';
import { liveQuery } from 'dexie';
import { useAsync } from '../../components/ui/use-async';
import { INTERVIEW_KIND_LABELS } from '../../core/interview';
import { planPath, planSectionFor, type DayOfMode } from '../../core/interview-links';
import { storiesUsedBefore } from '../../core/interview-stories';
import { planLoop } from '../../core/loop-planner';
import { buildPrepPlan } from '../../core/prep-plan';
import { titleOf } from '../../core/application-title';
import { topPrinciples } from '../../core/top-principles';
import { localTimeZone } from '../../core/zoned-time';
import type { LoopReadyDb } from '../../db/db';
import { getInterview, interviewsForJob } from '../../db/interviews';
import { getSettings } from '../../db/settings';
import { listStories } from '../../db/stories';
import { dayOfActions } from './interview-actions';

const TRACKER = '/tracker.html';

/** interview.html?id=<interview>[&mode=debrief]: one interview on its day. */
export function App({ db, params }: { db: LoopReadyDb; params: { id: string; mode: DayOfMode } | null }) {
  const id = params?.id ?? null;
  // One live read for the interview, its application and the application's other interviews, so the
  // page never shows one of them without the others.
  const data = useAsync(
    () =>
      liveQuery(async () => {
        const iv = id ? await getInterview(db, id) : null;
        if (!iv) return null;
        const [app, all] = await Promise.all([db.applications.get(iv.jobId), interviewsForJob(db, iv.jobId)]);
        return { iv, app: app ?? null, all };
      }),
    [db, id],
  );
  const stories = useAsync(() => liveQuery(() => listStories(db)), [db]);
  const settings = useAsync(() => liveQuery(() => getSettings(db)), [db]);
  useEffect(() => {
    if (settings.status === 'ready') applyTheme(settings.value.theme ?? 'system');
  }, [settings]);

  // The view changes at the start and end times: re-read the clock every half minute.
  const [now, setNow] = useState(Date.now());
  useEffect(() => {
    const t = setInterval(() => setNow(Date.now()), 30_000);
    return () => clearInterval(t);
  }, []);

  const iv = data.status === 'ready' ? (data.value?.iv ?? null) : null;
  const loaded = data.status === 'ready' ? (data.value?.app ?? null) : null;
  const posting = loaded?.posting ?? null;
  const plan = useMemo(() => (posting ? buildPrepPlan(posting) : null), [posting]);
  const ranked = useMemo(() => (posting ? topPrinciples(posting, 16).map((p) => ({ id: p.id, name: p.name })) : []), [posting]);
  const storyList = stories.status === 'ready' ? stories.value : [];
  const all = data.status === 'ready' ? (data.value?.all ?? []) : [];

  useEffect(() => {
    if (iv && loaded) document.title = `${INTERVIEW_KIND_LABELS[iv.kind]}: ${titleOf(loaded)}`;
  }, [iv?.kind, loaded?.jobId]);

  let body;
  if (!id) {
    body = (
      <p class="empty">
        No interview chosen. Open the <a href={TRACKER}>tracker</a>, choose an application and its interview.
      </p>
    );
  } else if (data.status === 'failed') {
    body = (
      <p class="error" role="alert">
        Could not read this interview: {data.message}
      </p>
    );
  } else if (data.status === 'loading') {
    body = (
      <p class="hint" aria-busy="true">
        Loading…
      </p>
    );
  } else if (!iv || !loaded || !plan) {
    body = (
      <p class="empty">
        This interview is no longer in your tracker (it or its application was deleted). Open the <a href={TRACKER}>tracker</a> to see what is
        scheduled.
      </p>
    );
  } else {
    const checked = new Set(loaded.planState.checked);
    const checklist: ChecklistLine[] = [...plan.checklist.basic, ...plan.checklist.preferred, ...(plan.checklist.conditions ?? [])].map((c) => ({ id: c.id, text: c.text, done: checked.has(c.id) }));
    body = (
      <DayOfView
        interview={iv}
        title={titleOf(loaded)}
        principles={plan.principles}
        questionsToAsk={plan.questionsToAsk}
        checklist={checklist}
        stories={storyList}
        used={storiesUsedBefore(iv, all)}
        loopPlan={iv.kind === 'loop' ? planLoop(ranked, iv.sessions, storyList) : null}
        principleNames={new Map(ranked.map((p) => [p.id, p.name]))}
        now={now}
        userZone={localTimeZone()}
        mode={params?.mode ?? 'prepare'}
        links={{
          plan: planPath(loaded.jobId, planSectionFor(iv.kind)),
          checklist: `${planPath(loaded.jobId)}#quals-title`,
          storyBank: `${TRACKER}#stories`,
          tracker: `${TRACKER}?jobId=${encodeURIComponent(loaded.jobId)}`,
        }}
        onSaveDebrief={(draft, thankYou) => dayOfActions.saveDebrief(iv.id, draft, thankYou)}
      />
    );
  }
  return (
    <>
      <PageHeader current="interview" />
      <main>{body}</main>
    </>
  );
}
