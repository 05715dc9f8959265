// Performance marks the popup sets, read by scripts/bench-browser/popup.ts.
export const START_MARK = 'loopready-popup-start';
/** popup-ask.js runs (it sends the popup's question to the tab). */
export const ASK_MARK = 'loopready-popup-ask';
/** popup-ask.js has the page's reply (not yet checked or rendered). */
export const REPLY_MARK = 'loopready-popup-reply';
/** The shell (heading and "Reading the page…") is in the DOM: rendered synchronously at start. */
export const SHELL_MARK = 'loopready-popup-shell';
/** The first real answer (the posting, a notice, the listing count) is in the DOM. */
export const FIRST_CONTENT_MARK = 'loopready-popup-first-content';
/** The ranked principles are in the DOM. */
export const PRINCIPLES_MARK = 'loopready-popup-principles';

export function markOnce(name: string): void {
  if (typeof performance === 'undefined' || performance.getEntriesByName(name).length > 0) return;
  performance.mark(name);
}
