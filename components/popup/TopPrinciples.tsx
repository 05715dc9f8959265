import type { Posting } from '../../core/posting';
import { EvidenceQuote } from '../ui/EvidenceQuote';
import type { TopPrinciple } from '../../messaging/protocol';
import type { AsyncState } from '../ui/use-async';

/** The Leadership Principles this posting leans on most, each with the posting's own words as evidence. */
export function TopPrinciples({ posting, ranking }: { posting: Posting; ranking: AsyncState<TopPrinciple[]> }) {
  return (
    <section class="principles" aria-labelledby="principles-heading" aria-busy={ranking.status === 'loading' ? 'true' : 'false'}>
      <h3 id="principles-heading">Principles this role stresses</h3>
      {ranking.status === 'loading' && <p class="hint">Ranking the principles…</p>}
      {ranking.status === 'failed' && (
        <p class="problem" role="alert">
          Could not rank the principles: {ranking.message}
        </p>
      )}
      {ranking.status === 'ready' && (
        <ol class="principle-list">
          {ranking.value.map((p) => (
            <li key={p.id} data-principle={p.id}>
              <span class="principle-name">{p.name}</span>
              {p.evidence.length > 0 ? (
                <ul class="evidence-list" aria-label={`Evidence for ${p.name}`}>
                  {p.evidence.map((e) => (
                    <li key={`${e.section}:${e.start}`} class="evidence" data-section={e.section}>
                      <EvidenceQuote posting={posting} evidence={e} />
                    </li>
                  ))}
                </ul>
              ) : (
                <p class="hint">No phrase names it directly; it ranks here for this kind of role.</p>
              )}
            </li>
          ))}
        </ol>
      )}
    </section>
  );
}
