import type { Posting } from '../../core/posting';
import { FIELD_LABELS } from '../field-labels';

function List({ title, items }: { title: string; items: string[] }) {
  if (items.length === 0) return null;
  return (
    <>
      <h4>{title}</h4>
      <ul>
        {items.map((q, i) => (
          <li key={i}>{q}</li>
        ))}
      </ul>
    </>
  );
}

/** The posting as it was saved, as text only (posting text is untrusted). */
export function PostingSnapshot({ posting }: { posting: Posting }) {
  return (
    <section aria-label="Posting as saved">
      <dl class="facts">
        <dt>Job ID</dt>
        <dd>{posting.jobId ?? '—'}</dd>
        <dt>{posting.locations.length > 1 ? 'Locations' : 'Location'}</dt>
        <dd>{posting.locations.join('; ') || '—'}</dd>
        <dt>Team</dt>
        <dd>{posting.team ?? '—'}</dd>
        <dt>Company and category</dt>
        <dd>{[posting.company, posting.category].filter(Boolean).join(' · ') || '—'}</dd>
        <dt>Posted</dt>
        <dd>{posting.postedDate ?? '—'}</dd>
        <dt>Page</dt>
        <dd>
          <a href={posting.url} target="_blank" rel="noreferrer">
            {posting.url}
          </a>
        </dd>
      </dl>
      {posting.missing.length > 0 && (
        <p class="hint">Not found on the page: {posting.missing.map((f) => FIELD_LABELS[f]).join(', ')}.</p>
      )}
      <details>
        <summary>Description and qualifications</summary>
        {posting.description && <p class="pre-line">{posting.description}</p>}
        <List title="Basic qualifications" items={posting.basicQualifications} />
        <List title="Preferred qualifications" items={posting.preferredQualifications} />
      </details>
    </section>
  );
}
