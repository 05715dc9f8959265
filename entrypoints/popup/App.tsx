import { useEffect, useLayoutEffect, useMemo, useState } from 'preact/hooks';
import type { Posting } from '../../core/posting';
import type { Application } from '../../core/application';
import type { DueSummary, PrepQuestions as Questions, TopPrinciple } from '../../messaging/protocol';
import { ErrorNotice } from '../../components/popup/ErrorNotice';
import { ListingSummary } from '../../components/popup/ListingSummary';
import { LoadingNotice } from '../../components/popup/LoadingNotice';
import { OffPostingNotice } from '../../components/popup/OffPostingNotice';
import { DueList, RecentList } from '../../components/popup/Overview';
import { PageLink } from '../../components/popup/PageLink';
import { MissingFields } from '../../components/popup/MissingFields';
import { PostingSummary } from '../../components/popup/PostingSummary';
import { PrepQuestions } from '../../components/popup/PrepQuestions';
import { TopPrinciples } from '../../components/popup/TopPrinciples';
import { TrackingPanel } from '../../components/popup/TrackingPanel';
import { useAsync, type AsyncState } from '../../components/ui/use-async';
import { errorMessage } from '../../core/error-message';
import { FIRST_CONTENT_MARK, PRINCIPLES_MARK, markOnce } from './marks';
import type { PageAnswer, PopupApi } from '../../components/popup/popup-api';

export const RECENT_LIMIT = 5;

/**
 * When the first question finds no listener in the tab, the popup asks once more this much later:
 * on an amazon.jobs page that is not a posting the content script adds its listener only at the
 * page's first idle callback, at most 500 ms after it runs (entrypoints/amazon-jobs.content/
 * startup.ts), so a popup opened right after such a page loaded showed the off-posting view for good.
 */
export const ASK_AGAIN_MS = 600;

/** Ranks the posting's principles; by default the background does (the catalog is too big for the popup). */
export type RankingLoader = (posting: Posting) => Promise<TopPrinciple[]>;

/**
 * The popup. The shell renders at once; the page's answer, the tracker's data and the ranking each
 * fill in when they arrive, so nothing waits for the slowest of them. `api` is injected so tests can
 * put a real store behind it without a browser.
 */
export function App({ api, rank }: { api: PopupApi; rank?: RankingLoader }) {
  const page = usePageAnswer(api);
  // Asked at once, alongside the page: the answer is needed on every page but a posting, and the
  // early message also wakes the background for the posting's own lookups.
  const due = useAsync(() => api.call('getDueSummary', null), [api]);
  const recent = useAsync(() => api.call('listRecent', { limit: RECENT_LIMIT }), [api]);

  // Stable across renders, so the ranking is asked once per posting.
  const rankPosting = useMemo<RankingLoader>(() => rank ?? ((posting) => api.call('topPrinciples', { posting })), [api, rank]);

  useLayoutEffect(() => {
    if (page.status !== 'loading') markOnce(FIRST_CONTENT_MARK);
  }, [page.status]);

  return (
    <main aria-busy={page.status === 'loading' ? 'true' : 'false'}>
      <h1 class="brand">LoopReady</h1>
      {page.status === 'loading' && <LoadingNotice />}
      {page.status === 'failed' && (
        <>
          <ErrorNotice detail={page.message} />
          <Overview api={api} due={due} recent={recent} />
        </>
      )}
      {page.status === 'ready' && (
        <Answered answer={page.value} api={api} rank={rankPosting} due={due} recent={recent} />
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
 */
function usePageAnswer(api: PopupApi): AsyncState<PageAnswer> {
  const [state, setState] = useState<AsyncState<PageAnswer>>({ status: 'loading' });
  useLayoutEffect(() => {
    let current = true;
    let again: ReturnType<typeof setTimeout> | undefined;
    setState((s) => (s.status === 'loading' ? s : { status: 'loading' }));
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
  return state;
}

function Answered({
  answer,
  api,
  rank,
  due,
  recent,
}: {
  answer: PageAnswer;
  api: PopupApi;
  rank: RankingLoader;
  due: AsyncState<DueSummary>;
  recent: AsyncState<Application[]>;
}) {
  if (answer.kind === 'report') {
    const { report } = answer;
    if (report.kind.page === 'job' && report.posting) return <PostingView posting={report.posting} api={api} rank={rank} />;
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

function PostingView({ posting, api, rank }: { posting: Posting; api: PopupApi; rank: RankingLoader }) {
  const ranking = useAsync(() => rank(posting), [posting, rank]);
  // Asked alongside the ranking, not after it: both are computed in the background.
  const questions = useAsync<Questions>(() => api.call('prepQuestions', { posting }), [posting, api]);
  const jobId = posting.jobId;
  const planPath = (anchor: string) => `/plan.html?jobId=${jobId}#${anchor}` as const;
  const openInPlan = async (anchor: string) => {
    // A plan belongs to a saved application: saving again returns the existing record.
    await api.call('saveApplication', { posting });
    await api.openPage(planPath(anchor));
  };
  useLayoutEffect(() => {
    if (ranking.status === 'ready') markOnce(PRINCIPLES_MARK);
  }, [ranking.status]);
  return (
    <>
      <PostingSummary posting={posting} />
      <AfterFirstPaint>
        <TrackingPanel posting={posting} api={api} />
        <MissingFields missing={posting.missing} />
        <TopPrinciples posting={posting} ranking={ranking} />
        <PrepQuestions questions={questions} href={(anchor) => (jobId === null ? null : planPath(anchor))} open={openInPlan} />
      </AfterFirstPaint>
    </>
  );
}

/**
 * Renders its children once the frame with the first content has been drawn (a passive effect runs
 * after the next frame): the posting's summary does not wait for the panels below it, whose data
 * arrives later anyway.
 */
function AfterFirstPaint({ children }: { children: preact.ComponentChildren }) {
  const [shown, setShown] = useState(false);
  useEffect(() => setShown(true), []);
  return shown ? <>{children}</> : null;
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
