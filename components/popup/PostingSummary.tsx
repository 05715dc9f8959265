import { Fragment } from 'preact';
import type { Posting } from '../../core/posting';

/** The facts the summary shows (the popup draws them before the full Posting is checked). */
export type PostingFacts = Pick<Posting, 'jobId' | 'title' | 'company' | 'category' | 'locations' | 'basicQualifications' | 'preferredQualifications' | 'closed'>;

/** What LoopReady read from a posting page. Page text is rendered as text only (JSX escapes it). */
export function PostingSummary({ posting }: { posting: PostingFacts }) {
  // Each piece isolated: a company name starting with U+202E must not reverse the category beside it.
  const parts = [posting.company, posting.category].filter((s): s is string => Boolean(s));
  const company = parts.length === 0 ? null : parts.map((p, i) => <Fragment key={i}>{i > 0 && ' · '}<bdi>{p}</bdi></Fragment>);
  return (
    <article class="posting" aria-labelledby="posting-title">
      <h2 id="posting-title">{posting.title ? <bdi>{posting.title}</bdi> : 'Untitled posting'}</h2>
      {posting.closed && (
        <p class="notice" role="status">
          <strong>This job is no longer open.</strong> The page says it has been filled or withdrawn.
        </p>
      )}
      <dl class="facts">
        <dt>Job ID</dt>
        <dd data-field="jobId">{posting.jobId ?? '—'}</dd>
        <dt>{posting.locations.length > 1 ? 'Locations' : 'Location'}</dt>
        <dd data-field="locations">
          {posting.locations.length === 0 ? '—' : posting.locations.map((l) => <bdi key={l} class="location">{l}</bdi>)}
        </dd>
        <dt>Company and category</dt>
        <dd data-field="company">{company ?? '—'}</dd>
        <dt>Basic qualifications</dt>
        <dd data-field="basicQualifications">{posting.basicQualifications.length}</dd>
        <dt>Preferred qualifications</dt>
        <dd data-field="preferredQualifications">{posting.preferredQualifications.length}</dd>
      </dl>
    </article>
  );
}
