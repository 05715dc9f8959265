import type { PagePreview } from './page-preview';

/**
 * A posting's title and job ID from its tab (./page-preview.ts), while the content script reads the
 * rest of the page. The title is page text: rendered as text, isolated (JSX escapes it, <bdi>).
 */
export function PostingPreview({ preview }: { preview: PagePreview }) {
  return (
    <article class="posting" aria-labelledby="posting-title">
      <h2 id="posting-title">
        <bdi>{preview.title}</bdi>
      </h2>
      <dl class="facts">
        <dt>Job ID</dt>
        <dd data-field="jobId">{preview.jobId}</dd>
      </dl>
      <p class="loading" role="status">
        Reading the rest of the posting…
      </p>
    </article>
  );
}
