import { useEffect, useRef, useState } from 'preact/hooks';
import type { Posting } from '../../core/posting';
import type { Application } from '../../core/application';
import { STATUS_LABELS, type Status } from '../../core/status';
import { errorMessage } from '../../core/error-message';
import { useAsync } from '../ui/use-async';
import type { PopupApi } from './popup-api';
import { NextFollowUp } from './NextFollowUp';
import { PageLink } from './PageLink';
import { StageControl } from '../ui/StageControl';
import { StatusPill } from '../ui/StatusPill';

/**
 * Save the posting, then follow its stage: Save becomes the stage control once the job is tracked.
 * Every outcome is announced in a polite live region; failures in an alert next to the controls.
 */
export function TrackingPanel({ posting, api }: { posting: Posting; api: PopupApi }) {
  const jobId = posting.jobId;
  const stored = useAsync(jobId === null ? null : () => api.call('getApplication', { jobId }), [api, jobId]);
  // After a change, the reply (the stored record, or null once deleted) is what the panel shows, for this job.
  const [changed, setChanged] = useState<{ jobId: string; app: Application | null } | null>(null);
  const [busy, setBusy] = useState(false);
  const [feedback, setFeedback] = useState('');
  const [problem, setProblem] = useState<string | null>(null);
  // The record on screen, for the re-read below (its listeners outlive a render).
  const shown = useRef<Application | null>(null);
  // While the popup's own change is on its way, a change notice waits for it (see `act`); `epoch`
  // counts the popup's own changes, so a re-read that one overtook does not undo its reply.
  const acting = useRef<{ recheckAfter: boolean } | null>(null);
  const epoch = useRef(0);

  /**
   * Read the stored record again (another popup or the tracker may have changed it since); a newer
   * record replaces the one on screen, and a different stage comes with a word on why it changed.
   * `always`: apply it even though an own change is on its way (the one that was just refused).
   */
  const recheck = async (always = false): Promise<Application | null> => {
    if (jobId === null) return null;
    const started = epoch.current;
    const now = await api.call('getApplication', { jobId });
    const before = shown.current;
    if (before === null) return now;
    if (!always && (acting.current !== null || epoch.current !== started)) return now;
    if (!now) {
      // Deleted in the tracker: the posting can be saved again.
      shown.current = null;
      setChanged({ jobId, app: null });
      setFeedback('Removed from your tracker elsewhere.');
      return null;
    }
    if (now.updatedAt !== before.updatedAt || now.status !== before.status) {
      shown.current = now;
      setChanged({ jobId, app: now });
      if (now.status !== before.status) setFeedback(`Stage changed elsewhere: now ${STATUS_LABELS[now.status]}.`);
    }
    return now;
  };

  // Looking at the popup again (focus, or shown again) re-reads the stage; so does a change made
  // elsewhere while it is open (the store's applicationChanged notice). A notice about the popup's
  // own change, arriving while that change is on its way, waits for it: then the re-read finds the
  // stage the popup already shows, and says nothing.
  useEffect(() => {
    const onLook = () => {
      if (document.visibilityState === 'visible') void recheck().catch(() => {});
    };
    const stop = api.onApplicationChanged((changedId) => {
      if (changedId !== jobId) return;
      if (acting.current) acting.current.recheckAfter = true;
      else void recheck().catch(() => {});
    });
    window.addEventListener('focus', onLook);
    document.addEventListener('visibilitychange', onLook);
    return () => {
      stop();
      window.removeEventListener('focus', onLook);
      document.removeEventListener('visibilitychange', onLook);
    };
  }, [api, jobId]);

  if (jobId === null) {
    return (
      <section class="tracking" aria-label="Tracking">
        <p class="hint">This page shows no job ID, so LoopReady cannot track it.</p>
      </section>
    );
  }

  const fresh = changed?.jobId === jobId ? changed : null;
  const tracked = fresh ? { status: 'ready' as const, value: fresh.app } : stored;
  const app = tracked.status === 'ready' ? tracked.value : null;
  shown.current = app;

  /** Run one change; the reply is the stored record, which becomes what the panel shows. */
  const act = async (change: () => Promise<Application>, say: (app: Application) => string): Promise<Application | null> => {
    const before = shown.current?.status ?? null;
    const mine = { recheckAfter: false };
    acting.current = mine;
    epoch.current++;
    setBusy(true);
    setProblem(null);
    try {
      const next = await change();
      shown.current = next;
      setChanged({ jobId, app: next });
      setFeedback(say(next));
      return next;
    } catch (err) {
      // Refused because the stage moved elsewhere: show the stored one rather than an error.
      const now = await recheck(true).catch(() => null);
      if (!now || now.status === before) setProblem(errorMessage(err));
      return null;
    } finally {
      if (acting.current === mine) acting.current = null;
      epoch.current++;
      if (mine.recheckAfter) void recheck().catch(() => {});
      setBusy(false);
    }
  };

  const save = () => act(() => api.call('saveApplication', { posting }), () => 'Saved to your tracker.');
  const move = (from: Status, to: Status) => act(() => api.call('setStatus', { jobId, status: to, from }), (a) => `Stage changed to ${STATUS_LABELS[a.status]}.`);
  const undo = () => act(() => api.call('undoStatus', { jobId }), (a) => `Undone: back to ${STATUS_LABELS[a.status]}.`);
  const openPlan = async () => {
    // One click: a plan belongs to a saved application, so save first when needed.
    if (!app && !(await save())) return;
    try {
      await api.openPage(`/plan.html?jobId=${jobId}`);
    } catch (err) {
      setProblem(errorMessage(err));
    }
  };
  const last = app?.history.at(-1);

  return (
    <section class="tracking" aria-label="Tracking">
      {tracked.status === 'loading' && <p class="hint">Checking your tracker…</p>}
      {tracked.status === 'failed' && (
        <p class="problem" role="alert">
          Could not read your tracker: {tracked.message}
        </p>
      )}
      {tracked.status === 'ready' && !app && (
        <button type="button" class="primary" disabled={busy} onClick={() => void save()}>
          Save to tracker
        </button>
      )}
      {app && (
        <>
          <div class="stage">
            <p class="stage-now">
              Stage: <StatusPill status={app.status} />
            </p>
            <StageControl id="next-stage" from={app.status} busy={busy} submitLabel="Update stage" onMove={({ to }) => void move(app.status, to)} />
          </div>
          {last && last.from !== null && app.history.length > 1 && (
            <button type="button" class="link-button" disabled={busy} onClick={() => void undo()}>
              Undo “{STATUS_LABELS[last.to]}” (back to {STATUS_LABELS[last.from]})
            </button>
          )}
          <NextFollowUp app={app} now={api.now()} />
        </>
      )}
      <p class="feedback" role="status" aria-live="polite">
        {feedback}
      </p>
      {problem !== null && (
        <p class="problem" role="alert">
          {problem}
        </p>
      )}
      <div class="row actions">
        <button type="button" disabled={busy || tracked.status === 'loading'} onClick={() => void openPlan()}>
          Open prep plan
        </button>
        <PageLink path={app ? `/tracker.html?jobId=${jobId}` : '/tracker.html'} open={(p) => void api.openPage(p)}>
          {app ? 'See it in the tracker' : 'Open tracker'}
        </PageLink>
      </div>
    </section>
  );
}
