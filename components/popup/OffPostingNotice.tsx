/** Shown when the tab is not an amazon.jobs posting or search page. */
export function OffPostingNotice({ onAmazonJobs }: { onAmazonJobs: boolean }) {
  return (
    <section class="off-posting" aria-labelledby="off-posting-heading">
      <h2 id="off-posting-heading">{onAmazonJobs ? 'No posting on this page' : 'Nothing to read here'}</h2>
      <p>
        {onAmazonJobs
          ? 'Open a job posting on amazon.jobs and LoopReady will show what it found.'
          : 'LoopReady works on amazon.jobs. Open a job posting there (reload the tab if it was already open) and try again.'}
      </p>
    </section>
  );
}
