import type { Listing } from '../content/posting';

/** A search page: how many job cards LoopReady sees on it. */
export function ListingSummary({ listing }: { listing: Listing }) {
  const n = listing.cards.length;
  return (
    <section class="listing" aria-labelledby="listing-heading">
      <h2 id="listing-heading">Search results</h2>
      <p data-field="cardCount">
        {n === 0 ? 'No job cards on this page yet.' : n === 1 ? '1 job card on this page.' : `${n} job cards on this page.`}
      </p>
      <p class="hint">Open a posting to see what LoopReady reads from it.</p>
    </section>
  );
}
