import { Fragment } from 'preact';
import type { Posting } from '../../core/posting';
import { PostingLink } from '../ui/PostingLink';
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
        <dd>{posting.locations.length ? <bdi>{posting.locations.join('; ')}</bdi> : '—'}</dd>
        <dt>Team</dt>
        <dd>{posting.team ? <bdi>{posting.team}</bdi> : '—'}</dd>
        <dt>Company and category</dt>
        <dd>{[posting.company, posting.category].filter(Boolean).map((p, i) => <Fragment key={i}>{i > 0 && ' · '}<bdi>{p}</bdi></Fragment>)}{!posting.company && !posting.category && '—'}</dd>
        <dt>Posted</dt>
        <dd>{posting.postedDate ?? '—'}</dd>
        <dt>Page</dt>
        <dd>
          <PostingLink url={posting.url} />
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
