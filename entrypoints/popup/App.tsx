import { useEffect, useState } from 'preact/hooks';
import { ErrorNotice } from '../../components/ErrorNotice';
import { ListingSummary } from '../../components/ListingSummary';
import { LoadingNotice } from '../../components/LoadingNotice';
import { OffPostingNotice } from '../../components/OffPostingNotice';
import { PostingSummary } from '../../components/PostingSummary';
import type { PageAnswer } from './ask-page';

type State = { status: 'loading' } | { status: 'answered'; answer: PageAnswer } | { status: 'failed'; detail: string };

/** The popup: asks the page once and shows the answer. `ask` is injected so tests need no browser. */
export function App({ ask }: { ask: () => Promise<PageAnswer> }) {
  const [state, setState] = useState<State>({ status: 'loading' });
  useEffect(() => {
    let live = true;
    ask().then(
      (answer) => live && setState({ status: 'answered', answer }),
      (err: unknown) => live && setState({ status: 'failed', detail: err instanceof Error ? err.message : String(err) }),
    );
    return () => {
      live = false;
    };
  }, [ask]);

  return (
    <main aria-busy={state.status === 'loading' ? 'true' : 'false'}>
      <h1 class="brand">LoopReady</h1>
      <Body state={state} />
    </main>
  );
}

function Body({ state }: { state: State }) {
  if (state.status === 'loading') return <LoadingNotice />;
  if (state.status === 'failed') return <ErrorNotice detail={state.detail} />;
  const { answer } = state;
  if (answer.kind === 'no-content-script') return <OffPostingNotice onAmazonJobs={false} />;
  const { report } = answer;
  if (report.kind.page === 'job' && report.posting) return <PostingSummary posting={report.posting} />;
  if (report.kind.page === 'search' && report.listing) return <ListingSummary listing={report.listing} />;
  return <OffPostingNotice onAmazonJobs={report.kind.page !== 'foreign'} />;
}
