// A tiny in-page control in its own shadow root: the page's CSS cannot restyle it and ours cannot
// leak into the page. Plain DOM and textContent only (the content script's size budget, and page
// text is never parsed as HTML). The host is inline-block so it never reflows the card around it.
import { STATUS_LABELS, type Status } from '../../core/status';
import { errorMessage } from '../../core/error-message';

const STYLE = `
:host { all: initial; display: inline-block; vertical-align: text-bottom; margin-inline-start: 8px; line-height: 0; }
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
