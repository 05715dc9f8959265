// On a posting page: a small control beside the title that saves the job to the tracker, or says
// which stage it is in. It appears once the posting watcher has extracted the posting for this URL
// (so it never saves the previous job's DOM after a client-side navigation).
import type { Posting } from '../../core/posting';
import { send } from '../../messaging/content-bus';
import { debugLog, guarded } from './log';
import { observeDom } from './observe-dom';
import type { PageFeature } from './page-feature';
import { createShadowBadge } from './shadow-badge';

function titleElement(): Element | null {
  return document.querySelector('#job-detail h1, h1.title, h1');
}

export const saveControl: PageFeature = {
  id: 'save-control',
  runsOn: (kind) => kind.page === 'job',
  init({ signal, url, cache }) {
    let mounted = false;
    const mount = (posting: Posting, title: Element) => {
      const jobId = posting.jobId;
      if (!jobId) return;
      mounted = true;
      const badge = createShadowBadge('save', jobId);
      title.append(badge.host);
      signal.addEventListener('abort', () => badge.remove(), { once: true });
      send('getApplication', { jobId }).then(
        (app) => {
          if (signal.aborted) return;
          if (app) badge.showStatus(app.status);
          else
            badge.showSave(`Save “${posting.title ?? `job ${jobId}`}” to LoopReady`, async () => {
              const saved = await send('saveApplication', { posting });
              if (!signal.aborted) badge.showStatus(saved.status);
            });
        },
        (err: unknown) => {
          debugLog('getApplication failed:', err);
          badge.remove();
        },
      );
    };
    let retries = 0;
    let retry: ReturnType<typeof setTimeout> | null = null;
    signal.addEventListener('abort', () => retry !== null && clearTimeout(retry), { once: true });
    const check = () =>
      guarded('save control', () => {
        if (signal.aborted || mounted) return;
        const posting = cache.posting(url);
        const title = titleElement();
        if (posting && title) {
          mount(posting, title);
          stop?.();
          return;
        }
        // The posting watcher may accept the posting after our own check of the same DOM change, and
        // then the DOM may stay quiet: look again shortly, for a few seconds at most.
        if (retry === null && retries < 20) {
          retries += 1;
          retry = setTimeout(() => {
            retry = null;
            check();
          }, 500);
        }
      }, undefined);
    // observeDom runs the first check before it returns, so `stop` may not exist yet on that call.
    let stop: (() => void) | undefined;
    stop = observeDom(check, { signal, waitMs: 200, maxWaitMs: 1000 });
    if (mounted) stop();
  },
};

// Try it on: https://www.amazon.jobs/en/jobs/3038134/sr-bie-position-3p-selection-eu-3p-selection
