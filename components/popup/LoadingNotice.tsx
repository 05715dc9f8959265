/** While the popup waits for the page's answer. */
export function LoadingNotice() {
  return (
    <p class="loading" role="status">
      Reading the page…
    </p>
  );
}
