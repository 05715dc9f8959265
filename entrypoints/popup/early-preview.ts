// The posting's preview drawn by popup-ask.js into popup.html's static shell, before the popup's
// bundle (popup-main.js, ~50 KB with Preact and Zod) has loaded: the tab's title and job ID come from
// the browser within a few milliseconds, the bundle much later. The markup is PostingPreview's, so
// the bundle's first render (which starts from the same preview, App's earlyPreview) keeps it.
// Drawn only while the bundle has not started: from then on Preact owns the DOM.
import type { TitledPosting } from '../../components/popup/tab-title';

/** Set by the bundle (startPopup) before it renders. */
export const BUNDLE_STARTED_KEY = '__loopreadyPopupStarted';

/**
 * Replaces the static shell's "Reading the page…" with the posting's title (as text) and job ID.
 * False, drawing nothing, when the bundle has started or the shell is not the static one.
 */
export function drawEarlyPreview(doc: Document, posting: TitledPosting, scope: Record<string, unknown>): boolean {
  if (scope[BUNDLE_STARTED_KEY]) return false;
  const loading = doc.querySelector('#app > main > p.loading');
  if (!loading) return false;
  loading.replaceWith(previewOf(doc, posting));
  return true;
}

/**
 * Puts the shell's "Reading the page…" back in place of a drawn preview: the popup's address named a
 * posting (components/popup/popup-address.ts) that its tab no longer shows. False when the bundle has
 * started (the bundle's own check replaces it) or no preview is drawn.
 */
export function withdrawEarlyPreview(doc: Document, scope: Record<string, unknown>): boolean {
  if (scope[BUNDLE_STARTED_KEY]) return false;
  const drawn = doc.querySelector('#app > main > article.posting');
  if (!drawn) return false;
  const loading = doc.createElement('p');
  loading.className = 'loading';
  loading.setAttribute('role', 'status');
  loading.textContent = 'Reading the page…';
  drawn.replaceWith(loading);
  return true;
}

function previewOf(doc: Document, posting: TitledPosting): HTMLElement {
  const el = <K extends keyof HTMLElementTagNameMap>(tag: K, props: Record<string, string>, ...children: (Node | string)[]) => {
    const e = doc.createElement(tag);
    for (const [k, v] of Object.entries(props)) e.setAttribute(k, v);
    e.append(...children); // strings become text nodes: the title is never parsed as HTML
    return e;
  };
  return el(
    'article',
    { class: 'posting', 'aria-labelledby': 'posting-title' },
    el('h2', { id: 'posting-title' }, el('bdi', {}, posting.title)),
    el('dl', { class: 'facts' }, el('dt', {}, 'Job ID'), el('dd', { 'data-field': 'jobId' }, posting.jobId)),
    el('p', { class: 'loading', role: 'status' }, 'Reading the rest of the posting…'),
  );
}
