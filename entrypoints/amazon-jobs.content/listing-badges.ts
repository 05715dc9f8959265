// On a search page: each job card shows its LoopReady stage when tracked, or a small Save button.
// The results are drawn and redrawn client-side, so the cards are re-found after every DOM change
// settles; a redrawn card gets a fresh badge. A badge needs only the card's job ID and title: the
// rest of the card (link, locations, posted date) is read when Save is clicked, and the popup reads
// the whole listing when it asks (page-report.ts).
import { findCards, type FoundCard } from '../../content/extract-listing';
import { send } from '../../messaging/content-bus';
import { postingFromCard } from '../../core/build-posting';
import { debugLog, guarded } from './log';
import { observeDom } from './observe-dom';
import type { PageFeature } from './page-feature';
import { createShadowBadge, type ShadowBadge } from './shadow-badge';

/** Where a card's badge goes: right after its title link (2025 tiles) or its first job link (other layouts). */
function anchorFor(jobId: string): Element | null {
  const tile = document.querySelector(`.job[data-job-id="${jobId}"]`);
  const link =
    tile?.querySelector('.job-title a, a.job-link') ??
    tile?.querySelector('.job-title') ??
    document.querySelector(`a[href*="/jobs/${jobId}"]:not([data-loopready])`);
  return link ?? null;
}

export const listingBadges: PageFeature = {
  id: 'listing-badges',
  runsOn: (kind) => kind.page === 'search',
  init({ signal }) {
    const badges = new Map<string, { badge: ShadowBadge; anchor: Element }>();
    signal.addEventListener('abort', () => badges.forEach(({ badge }) => badge.remove()), { once: true });

    const showSave = (badge: ShadowBadge, card: FoundCard) =>
      badge.showSave(`Save “${card.title() ?? `job ${card.jobId}`}” to LoopReady`, async () => {
        const app = await send('saveApplication', { posting: postingFromCard(card.read()) });
        if (!signal.aborted) badge.showStatus(app.status);
      });

    const check = () =>
      guarded('listing badges', () => {
        if (signal.aborted) return;
        const fresh: { card: FoundCard; badge: ShadowBadge }[] = [];
        for (const card of findCards(document)) {
          const anchor = anchorFor(card.jobId);
          if (!anchor) continue;
          const known = badges.get(card.jobId);
          if (known && known.anchor === anchor && known.badge.host.isConnected) continue;
          known?.badge.remove();
          const badge = createShadowBadge('badge', card.jobId);
          anchor.after(badge.host);
          badges.set(card.jobId, { badge, anchor });
          fresh.push({ card, badge });
        }
        if (fresh.length === 0) return;
        send('getTrackedStatuses', { jobIds: fresh.map((f) => f.card.jobId) }).then(
          (statuses) => {
            if (signal.aborted) return;
            for (const { card, badge } of fresh) {
              const status = statuses[card.jobId];
              if (status) badge.showStatus(status);
              else showSave(badge, card);
            }
          },
          (err: unknown) => {
            // Without the background we cannot tell tracked from not: the badges stay empty (nothing
            // rather than a wrong Save). They are not removed: that DOM change would start this again.
            debugLog('getTrackedStatuses failed:', err);
          },
        );
      }, undefined);

    observeDom(check, { signal, waitMs: 300, maxWaitMs: 1500 });
  },
};

// Try it on: https://www.amazon.jobs/en/search?offset=0&result_limit=10&sort=relevant&country%5B%5D=LUX
// then change a filter or page (the results are redrawn without a page load).
