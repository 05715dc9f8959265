// On a posting page: a small control beside the title that saves the job to the tracker, or says
// which stage it is in. It appears once the posting watcher knows the page shows this URL's job
// (so it never saves the previous job's DOM after a client-side navigation), with the stage the
// watcher asked the background for. The posting is extracted when Save is clicked, not before.
import { send } from '../../messaging/content-bus';
import { guarded } from './log';
import { observeDom } from './observe-dom';
import type { ShownPosting } from './page-cache';
import type { PageFeature } from './page-feature';
import { pagePosting } from './page-report';
import { createShadowBadge } from './shadow-badge';

function titleElement(): Element | null {
  return document.querySelector('#job-detail h1, h1.title, h1');
}

export const saveControl: PageFeature = {
  id: 'save-control',
  runsOn: (kind) => kind.page === 'job',
  init({ signal, url, cache }) {
    const mount = (shown: ShownPosting, title: Element) => {
      const badge = createShadowBadge('save', shown.jobId);
      title.append(badge.host);
      signal.addEventListener('abort', () => badge.remove(), { once: true });
      shown.application.then(
        (app) => {
          if (signal.aborted) return;
          if (app) badge.showStatus(app.status);
          else
            badge.showSave(`Save “${shown.identity.title ?? `job ${shown.jobId}`}” to LoopReady`, async () => {
              const saved = await send('saveApplication', { posting: pagePosting(url, document, cache) });
              if (!signal.aborted) badge.showStatus(saved.status);
            });
        },
        // Without the background there is nothing to say (the posting watcher logs why).
        () => badge.remove(),
      );
    };
    // At once when the h1 is there (no observer then); else once it has rendered.
    const place = (shown: ShownPosting) =>
      observeDom(
        () =>
          guarded('save control', () => {
            const title = titleElement();
            if (title) mount(shown, title);
            return title !== null;
          }, false),
        { signal, waitMs: 200, maxWaitMs: 1000 },
      );
    const shown = cache.shown(url);
    if (shown) return void place(shown);
    const off = cache.onShown((next) => {
      if (next.url !== url) return;
      off();
      place(next);
    });
    signal.addEventListener('abort', off, { once: true });
  },
};

// Try it on: https://www.amazon.jobs/en/jobs/3038134/sr-bie-position-3p-selection-eu-3p-selection
