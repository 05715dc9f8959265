import type { Application } from '../../core/application';
import type { DueSummary } from '../../messaging/protocol';
import type { ExtensionPagePath } from './popup-api';
import { StatusPill } from '../ui/StatusPill';
import type { AsyncState } from '../ui/use-async';
import { PageLink } from './PageLink';

type Open = (path: ExtensionPagePath) => void;

function Pending({ what, state }: { what: string; state: AsyncState<unknown> }) {
  if (state.status === 'loading') return <p class="hint">Loading {what}…</p>;
  if (state.status === 'failed')
    return (
      <p class="problem" role="alert">
        Could not load {what}: {state.message}
      </p>
    );
  return null;
}

/** Follow-ups due now, each with why. */
export function DueList({ due, open }: { due: AsyncState<DueSummary>; open: Open }) {
  const n = due.status === 'ready' ? due.value.count : null;
  return (
    <section class="due" aria-labelledby="due-heading">
      <h3 id="due-heading">
        Follow-ups due{n !== null && <span data-field="dueCount"> ({n})</span>}
      </h3>
      <Pending what="follow-ups" state={due} />
      {due.status === 'ready' &&
        (due.value.items.length === 0 ? (
          <p class="hint">Nothing is due. LoopReady will tell you when a follow-up is.</p>
        ) : (
          <ul class="items">
            {due.value.items.map((item) => (
              <li key={item.jobId} data-job-id={item.jobId}>
                <PageLink path={`/tracker.html?jobId=${item.jobId}`} open={open}>
                  <bdi>{item.title}</bdi>
                </PageLink>
                <span class="reason">{item.reason}</span>
              </li>
            ))}
          </ul>
        ))}
    </section>
  );
}

/** The applications touched last, with their stage. */
export function RecentList({ recent, open }: { recent: AsyncState<Application[]>; open: Open }) {
  return (
    <section class="recent" aria-labelledby="recent-heading">
      <h3 id="recent-heading">Recent applications</h3>
      <Pending what="recent applications" state={recent} />
      {recent.status === 'ready' &&
        (recent.value.length === 0 ? (
          <p class="hint">None yet. Open a posting on amazon.jobs and save it.</p>
        ) : (
          <ul class="items">
            {recent.value.map((app) => (
              <li key={app.jobId} data-job-id={app.jobId}>
                <PageLink path={`/tracker.html?jobId=${app.jobId}`} open={open}>
                  <bdi>{app.posting.title ?? `Job ${app.jobId}`}</bdi>
                </PageLink>{' '}
                <StatusPill status={app.status} />
              </li>
            ))}
          </ul>
        ))}
    </section>
  );
}
