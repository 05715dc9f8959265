/** The page could not be read; the detail is for bug reports, the advice for everyone. */
export function ErrorNotice({ detail }: { detail: string }) {
  return (
    <section class="error" role="alert" aria-labelledby="error-heading">
      <h2 id="error-heading">Could not read this page</h2>
      <p>Reload the tab and open LoopReady again.</p>
      <p class="detail">{detail}</p>
    </section>
  );
}
