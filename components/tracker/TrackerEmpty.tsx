/** The tracker before anything is saved: what to do first. */
export function TrackerEmpty() {
  return (
    <section class="empty" aria-labelledby="empty-title">
      <h2 id="empty-title">No applications yet</h2>
      <ol>
        <li>
          Open a posting on <a href="https://www.amazon.jobs/" target="_blank" rel="noreferrer">amazon.jobs</a> and press <strong>Save</strong>{' '}
          (next to the job title, or in the LoopReady popup).
        </li>
        <li>On a search page, press <strong>Save</strong> on any result card.</li>
        <li>Come back here to move it through the stages, keep notes, and get follow-up reminders.</li>
      </ol>
      <p class="hint">Already have a backup? Import it under “Your data” below.</p>
    </section>
  );
}
