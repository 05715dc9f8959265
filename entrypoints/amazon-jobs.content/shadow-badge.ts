// A tiny in-page control in its own shadow root: the page's CSS cannot restyle it and ours cannot
// leak into the page. Plain DOM and textContent only (the content script's size budget, and page
// text is never parsed as HTML). The host is inline-block so it never reflows the card around it.
// The page's selectors do match the host element itself (`span { display: none !important }`,
// `h1 * { opacity: 0 }`), and the host passes inherited properties (font, letter-spacing, writing
// mode, visibility, pointer-events…) into the root: so `:host` resets every property with
// !important, which beats the page's own !important (for important rules the shadow tree's context
// wins). A plain shadow root rather than WXT's createShadowRootUi: same isolation, no extra bytes.
// Proof: tests/browser/hostile-css.test.ts.
import { STATUS_LABELS, type Status } from '../../core/status';
import { errorMessage } from '../../core/error-message';

const STYLE = `
:host { all: initial !important; display: inline-block !important; vertical-align: text-bottom !important; margin-inline-start: 8px !important; line-height: 0 !important; direction: ltr !important; unicode-bidi: isolate !important; }
.b { font: 600 11px/14px system-ui, sans-serif; border-radius: 8px; padding: 0 7px; border: 1px solid #0a58a8; white-space: nowrap; display: inline-block; vertical-align: top; }
span.b { background: #e8f1fb; color: #0a3d75; }
button.b { background: #ffffff; color: #0a58a8; cursor: pointer; }
button.b:hover { background: #e8f1fb; }
button.b:focus-visible { outline: 2px solid #0a58a8; outline-offset: 2px; }
button.b:disabled { cursor: default; opacity: .7; }
.e { border-color: #a40e26; color: #a40e26; background: #fff; }
`;

export interface ShadowBadge {
  host: HTMLElement;
  showStatus(status: Status): void;
  showSave(label: string, onSave: () => Promise<void>): void;
  showError(message: string): void;
  remove(): void;
}

/** `kind` marks the host for tests and for finding our own nodes ("badge" on cards, "save" on a posting). */
export function createShadowBadge(kind: 'badge' | 'save', jobId: string): ShadowBadge {
  const host = document.createElement('span');
  host.setAttribute('data-loopready', kind);
  host.setAttribute('data-job-id', jobId);
  const root = host.attachShadow({ mode: 'open' });
  const style = document.createElement('style');
  style.textContent = STYLE;
  root.append(style);
  let current: HTMLElement | null = null;
  const set = (el: HTMLElement) => {
    current?.remove();
    current = el;
    root.append(el);
  };
  const badge: ShadowBadge = {
    host,
    showStatus(status) {
      const el = document.createElement('span');
      el.className = 'b';
      el.setAttribute('data-status', status);
      el.textContent = `LoopReady: ${STATUS_LABELS[status]}`;
      set(el);
    },
    showSave(label, onSave) {
      const el = document.createElement('button');
      el.type = 'button';
      el.className = 'b';
      el.textContent = 'Save';
      el.setAttribute('aria-label', label);
      el.addEventListener('click', (event) => {
        // Cards are links: a click on our button must not open the posting.
        event.preventDefault();
        event.stopPropagation();
        el.disabled = true;
        el.textContent = 'Saving…';
        onSave().catch((err: unknown) => badge.showError(errorMessage(err)));
      });
      set(el);
    },
    showError(message) {
      const el = document.createElement('span');
      el.className = 'b e';
      el.textContent = 'LoopReady: not saved';
      el.title = message;
      el.setAttribute('role', 'status');
      set(el);
    },
    remove: () => host.remove(),
  };
  return badge;
}
