import { useEffect, useLayoutEffect, useMemo, useState } from 'preact/hooks';
import type { Application } from '../../core/application';
import type { DueSummary } from '../../messaging/protocol';
import { ErrorNotice } from '../../components/popup/ErrorNotice';
import { ListingSummary } from '../../components/popup/ListingSummary';
import { LoadingNotice } from '../../components/popup/LoadingNotice';
import { OffPostingNotice } from '../../components/popup/OffPostingNotice';
import { DueList, RecentList } from '../../components/popup/Overview';
import { PageLink } from '../../components/popup/PageLink';
import { PostingPreview } from '../../components/popup/PostingPreview';
import { PostingSummary, type PostingFacts } from '../../components/popup/PostingSummary';
import type { PagePreview } from '../../components/popup/page-preview';
import { useAsync, type AsyncState } from '../../components/ui/use-async';
import { errorMessage } from '../../core/error-message';
import { FIRST_CONTENT_MARK, markOnce } from './marks';
import type { PageAnswer, Panels, PopupApi, RankingLoader } from '../../components/popup/popup-api';

export const RECENT_LIMIT = 5;

/**
 * When the first question finds no listener in the tab, the popup asks once more this much later:
 * on an amazon.jobs page that is not a posting the content script adds its listener only at the
 * page's first idle callback, at most 500 ms after it runs (entrypoints/amazon-jobs.content/
 * startup.ts), so a popup opened right after such a page loaded showed the off-posting view for good.
 */
export const ASK_AGAIN_MS = 600;

/**
 * The popup. The shell renders at once; the page's answer, the tracker's data and the ranking each
 * fill in when they arrive, so nothing waits for the slowest of them. `api` is injected so tests can
 * put a real store behind it without a browser. A posting's panels come from api.loadPanels, asked
 * once the first content is drawn (in the browser a second file: entrypoints/popup-main.ts).
 */
export function App({ api, rank }: { api: PopupApi; rank?: RankingLoader }) {
  const { page, preview } = usePageAnswer(api);
  const panels = usePanels(api, page.status !== 'loading');
  // Asked at once, alongside the page: the answer is needed on every page but a posting, and the
  // early message also wakes the background for the posting's own lookups.
  const due = useAsync(() => api.call('getDueSummary', null), [api]);
  const recent = useAsync(() => api.call('listRecent', { limit: RECENT_LIMIT }), [api]);

  // Stable across renders, so the ranking is asked once per posting.
  // By default the background ranks (the catalog is too big for the popup).
  const rankPosting = useMemo<RankingLoader>(() => rank ?? ((posting) => api.call('topPrinciples', { posting })), [api, rank]);

  // The first content: the page's answer, or before it the posting's preview from its tab.
  useLayoutEffect(() => {
    if (page.status !== 'loading' || preview) markOnce(FIRST_CONTENT_MARK);
  }, [page.status, preview]);

  return (
    <main aria-busy={page.status === 'loading' ? 'true' : 'false'}>
      <h1 class="brand">LoopReady</h1>
      {page.status === 'loading' && (preview ? <PostingPreview preview={preview} /> : <LoadingNotice />)}
      {page.status === 'failed' && (
        <>
          <ErrorNotice detail={page.message} />
          <Overview api={api} due={due} recent={recent} />
        </>
      )}
      {page.status === 'ready' && (
        <Answered answer={page.value} api={api} rank={rankPosting} due={due} recent={recent} panels={panels} />
      )}
    </main>
  );
}

/**
 * The page's answer, awaited from a layout effect. useAsync starts its source in a passive effect,
 * which Preact runs only after the next frame (requestAnimationFrame, then a timer): the answer,
 * usually there already (popup-ask.js asked before this bundle loaded), waited a frame or more for
 * it, and the answer is what first content is.
 * No listener in the tab is an answer too (the off-posting view, at once), but it is asked once more
 * ASK_AGAIN_MS later, and a report then replaces it.
 * `preview`: the posting's title and job ID from its tab, when the answer comes from the tab; shown
 * only while the answer is loading.
 */
function usePageAnswer(api: PopupApi): { page: AsyncState<PageAnswer>; preview: PagePreview | null } {
  const [state, setState] = useState<AsyncState<PageAnswer>>({ status: 'loading' });
  // Starts from the preview popup-ask.js drew, if any, so the first render keeps it.
  const [preview, setPreview] = useState<PagePreview | null>(() => api.earlyPreview?.() ?? null);
  useLayoutEffect(() => {
    let current = true;
    let again: ReturnType<typeof setTimeout> | undefined;
    setState((s) => (s.status === 'loading' ? s : { status: 'loading' }));
    api.previewPage().then(
      (value) => current && setPreview(value),
      () => undefined, // no preview: the answer alone
    );
    api.askPage().then(
      (value) => {
        if (!current) return;
        setState({ status: 'ready', value });
        if (value.kind !== 'no-content-script') return;
        again = setTimeout(() => {
          api.askPage().then(
            (later) => current && later.kind === 'report' && setState({ status: 'ready', value: later }),
            () => undefined, // the first answer stands
          );
        }, ASK_AGAIN_MS);
      },
      (err: unknown) => current && setState({ status: 'failed', message: errorMessage(err) }),
    );
    return () => {
      current = false;
      clearTimeout(again);
    };
  }, [api]);
  return { page: state, preview };
}

/**
 * The panels, asked for in a passive effect once the first content is in (Preact runs those after
 * the next frame): the first content is drawn before the panels' file loads and runs.
 */
function usePanels(api: PopupApi, answered: boolean): AsyncState<Panels> {
  const [state, setState] = useState<AsyncState<Panels>>({ status: 'loading' });
  useEffect(() => {
    if (!answered) return;
    let current = true;
    api.loadPanels().then(
      (value) => current && setState({ status: 'ready', value }),
      (err: unknown) => current && setState({ status: 'failed', message: errorMessage(err) }),
    );
    return () => {
      current = false;
    };
  }, [api, answered]);
  return state;
}

function Answered({
  answer,
  api,
  rank,
  due,
  recent,
  panels,
}: {
  answer: PageAnswer;
  api: PopupApi;
  rank: RankingLoader;
  due: AsyncState<DueSummary>;
  recent: AsyncState<Application[]>;
  panels: AsyncState<Panels>;
}) {
  if (answer.kind === 'report') {
    const { report } = answer;
    if (report.kind.page === 'job' && report.posting) {
      return <PostingView posting={report.posting} reply={answer.reply} panels={panels} api={api} rank={rank} />;
    }
    if (report.kind.page === 'search' && report.listing) {
      return (
        <>
          <ListingView cards={report.listing.cards.map((c) => c.jobId)} api={api}>
            {(tracked) => <ListingSummary listing={report.listing!} tracked={tracked} />}
          </ListingView>
          <Overview api={api} due={due} recent={recent} />
        </>
      );
    }
  }
  const onAmazonJobs = answer.kind === 'report' && answer.report.kind.page !== 'foreign';
  return (
    <>
      <OffPostingNotice onAmazonJobs={onAmazonJobs} />
      <Overview api={api} due={due} recent={recent} />
    </>
  );
}

/** The posting's summary at once; its panels (below) once their file has run. */
function PostingView({
  posting,
  reply,
  panels,
  api,
  rank,
}: {
  posting: PostingFacts;
  reply: unknown;
  panels: AsyncState<Panels>;
  api: PopupApi;
  rank: RankingLoader;
}) {
  return (
    <>
      <PostingSummary posting={posting} />
      {panels.status === 'ready' && <panels.value.PostingPanels reply={reply} api={api} rank={rank} />}
      {panels.status === 'failed' && (
        <p class="problem" role="alert">
          Could not load the rest of the popup: {panels.message}
        </p>
      )}
    </>
  );
}

/** How many of a listing's cards are already tracked (one message for the whole page). */
function ListingView({ cards, api, children }: { cards: string[]; api: PopupApi; children: (tracked: number | null) => preact.ComponentChildren }) {
  const ids = [...new Set(cards)].filter((id) => /^\d{1,12}$/.test(id)).slice(0, 500);
  const tracked = useAsync(() => api.call('getTrackedStatuses', { jobIds: ids }), [api, ids.join(',')]);
  return <>{children(tracked.status === 'ready' ? Object.keys(tracked.value).length : null)}</>;
}

function Overview({ api, due, recent }: { api: PopupApi; due: AsyncState<DueSummary>; recent: AsyncState<Application[]> }) {
  const open = (path: Parameters<PopupApi['openPage']>[0]) => void api.openPage(path);
  return (
    <>
      <DueList due={due} open={open} />
      <RecentList recent={recent} open={open} />
      <p class="row actions">
        <PageLink path="/tracker.html" open={open} class="button-link">
          Open tracker
        </PageLink>
      </p>
    </>
  );
}
