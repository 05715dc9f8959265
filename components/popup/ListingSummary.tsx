/** A search page: how many job cards LoopReady sees on it, and how many of them are tracked. */
export function ListingSummary({ listing, tracked = null }: { listing: { url: string; cards: readonly unknown[] }; tracked?: number | null }) {
  const n = listing.cards.length;
  return (
    <section class="listing" aria-labelledby="listing-heading">
      <h2 id="listing-heading">Search results</h2>
      <p data-field="cardCount">
        {n === 0 ? 'No job cards on this page yet.' : n === 1 ? '1 job card on this page.' : `${n} job cards on this page.`}
      </p>
      {n > 0 && tracked !== null && (
        <p data-field="trackedCount">{tracked === 0 ? 'None of them is in your tracker.' : `In your tracker: ${tracked} of them.`}</p>
      )}
      <p class="hint">Open a posting to see its principles and save it.</p>
    </section>
  );
}
