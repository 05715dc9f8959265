// Loads the popup's second file, popup-panels.js (entrypoints/popup-panels.ts), once asked: a script
// element, which calls back through a global with its panels when it has run. popup.html preloads
// the file, so it is usually fetched already by the time the first content asks for it.
import type { Panels } from '../../components/popup/popup-api';

/** The global popup-panels.js calls with its panels. */
export const PANELS_KEY = '__loopreadyPanels';
export const PANELS_PATH = '/popup-panels.js';

export interface PanelsLoader {
  /** Resolves once the panels have run (after load() was called); rejects when the file failed to load. */
  ready: Promise<Panels>;
  /** The panels, once they have run. */
  loaded(): Panels | null;
  /** Adds the script (once) and returns `ready`. */
  load(): Promise<Panels>;
}

export function panelsLoader(doc: Document = document, scope: Record<string, unknown> = globalThis as unknown as Record<string, unknown>): PanelsLoader {
  let loaded: Panels | null = null;
  let settle!: { resolve(p: Panels): void; reject(err: Error): void };
  const ready = new Promise<Panels>((resolve, reject) => (settle = { resolve, reject }));
  ready.catch(() => undefined); // reported to each caller; never an unhandled rejection here
  scope[PANELS_KEY] = (panels: Panels) => {
    loaded = panels;
    settle.resolve(panels);
  };
  let started = false;
  return {
    ready,
    loaded: () => loaded,
    load() {
      if (!started) {
        started = true;
        const script = doc.createElement('script');
        script.src = PANELS_PATH;
        script.onerror = () => settle.reject(new Error(`${PANELS_PATH} did not load`));
        doc.head.append(script);
      }
      return ready;
    },
  };
}

/**
 * Fetches the panels' file without running it: called once the shell is drawn, while the page's
 * answer travels. A preload link in popup.html itself delayed the first content: its request went
 * out with popup-ask.js's and popup-main.js's, through the same extension file handler.
 */
export function preloadPanels(doc: Document = document): void {
  const link = doc.createElement('link');
  link.rel = 'preload';
  link.as = 'script';
  link.href = PANELS_PATH;
  doc.head.append(link);
}
