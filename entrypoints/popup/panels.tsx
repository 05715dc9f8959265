// The popup's panels below a posting's summary (tracking, missing fields, principles, questions) and
// the typed messaging they need: in the browser the popup's second file, popup-panels.js, loaded
// once the first content is drawn (entrypoints/popup-main.ts says why). The first content was checked
// only for what it shows (components/popup/shown-report.ts): here the page's reply is checked in full before any of
// it is used or sent.
import { useLayoutEffect, useMemo } from 'preact/hooks';
import type { Posting } from '../../core/posting';
import { errorMessage } from '../../core/error-message';
import { onApplicationChanged, send } from '../../messaging/bus';
import { protocol, type PrepQuestions as Questions } from '../../messaging/protocol';
import { ErrorNotice } from '../../components/popup/ErrorNotice';
import { MissingFields } from '../../components/popup/MissingFields';
import { PrepQuestions } from '../../components/popup/PrepQuestions';
import { TopPrinciples } from '../../components/popup/TopPrinciples';
import { TrackingPanel } from '../../components/popup/TrackingPanel';
import type { Panels, PopupApi, RankingLoader } from '../../components/popup/popup-api';
import { useAsync } from '../../components/ui/use-async';
import { PRINCIPLES_MARK, markOnce } from './marks';

export interface PostingPanelsProps {
  /** The page's reply as it came (PageAnswer's `reply`). */
  reply: unknown;
  api: PopupApi;
  rank: RankingLoader;
}

type Checked = { ok: true; posting: Posting } | { ok: false; message: string };

function checkPosting(reply: unknown): Checked {
  try {
    const posting = protocol.getPagePosting.result.parse(reply).posting;
    return posting ? { ok: true, posting } : { ok: false, message: 'the page sent no posting' };
  } catch (err) {
    return { ok: false, message: errorMessage(err) };
  }
}

/** Everything below a posting's summary, for the posting in `reply` once it passes the full check. */
function PostingPanels({ reply, api, rank }: PostingPanelsProps) {
  const checked = useMemo(() => checkPosting(reply), [reply]);
  return checked.ok ? <Panels posting={checked.posting} api={api} rank={rank} /> : <ErrorNotice detail={checked.message} />;
}

function Panels({ posting, api, rank }: { posting: Posting; api: PopupApi; rank: RankingLoader }) {
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
      <TrackingPanel posting={posting} api={api} />
      <MissingFields missing={posting.missing} />
      <TopPrinciples posting={posting} ranking={ranking} />
      <PrepQuestions questions={questions} href={(anchor) => (jobId === null ? null : planPath(anchor))} open={openInPlan} />
    </>
  );
}

export const panels: Panels = { PostingPanels, send, onApplicationChanged };
