// Everything the popup asks of the outside world, in one object so the components can be tested with
// a real store behind it and no browser. The popup page supplies the browser's (entrypoints/popup/
// browser-popup-api.ts). The popup never opens the database itself (no Dexie in its bundle):
// tracking goes through the background's messages.
import type { ComponentType } from 'preact';
import type { Posting } from '../../core/posting';
import type { onApplicationChanged, send } from '../../messaging/bus';
import type { MessageData, MessageResult, TopPrinciple, TrackingMessage } from '../../messaging/protocol';
import type { ShownReport } from './shown-report';
import type { PagePreview } from './page-preview';

/**
 * What the popup learnt from the target tab: the content script's report, or that none answered.
 * `report` is what the first content shows, checked (./shown-report.ts); `reply` is
 * the same answer as it came, which the panels check in full (messaging/protocol.ts, PageReport).
 */
export type PageAnswer = { kind: 'report'; report: ShownReport; reply: unknown } | { kind: 'no-content-script' };

export type ExtensionPagePath = `/${'plan' | 'tracker'}.html${string}`;

export interface PopupApi {
  /** What the target tab shows. The first call may answer from the background's copy or a question sent before (popup-ask.js); each later call asks the tab again. */
  askPage(): Promise<PageAnswer>;
  /**
   * The posting's title and job ID as the browser names the tab (./page-preview.ts), when the first
   * answer comes from the tab itself (no copy of it in the background): drawn until that answer
   * comes. Null when the tab is not a posting whose title names its job.
   */
  previewPage(): Promise<PagePreview | null>;
  /**
   * The preview popup-ask.js already drew into the static shell before this bundle ran (checked), so
   * the first render keeps it rather than drawing "Reading the page…" over it; null when none was drawn.
   */
  earlyPreview?(): PagePreview | null;
  call<K extends TrackingMessage>(name: K, data: MessageData<K>): Promise<MessageResult<K>>;
  /**
   * The popup's panels below the first content (entrypoints/popup/panels.tsx): in the browser a
   * second file, loaded once the first content is drawn (popup-panels.js; entrypoints/popup-main.ts
   * says why). Asked for after the first content only.
   */
  loadPanels(): Promise<Panels>;
  /** Open an extension page ("/plan.html?jobId=1") in a new tab. */
  openPage(path: ExtensionPagePath): Promise<void>;
  now(): number;
  /**
   * Call `listener` with the job ID of each application changed elsewhere (the tracker, another
   * popup, the background) while the popup is open. Returns a function that stops listening.
   */
  onApplicationChanged(listener: (jobId: string) => void): () => void;
}

/** Ranks a posting's principles for the popup (the background's topPrinciples, or a test's stand-in). */
export type RankingLoader = (posting: Posting) => Promise<TopPrinciple[]>;

/** The popup's second file's surface: what entrypoints/popup/panels.tsx gives the first. */
export interface Panels {
  /** Everything below a posting's summary; `reply` is the page's answer as it came, checked there in full. */
  PostingPanels: ComponentType<{ reply: unknown; api: PopupApi; rank: RankingLoader }>;
  send: typeof send;
  onApplicationChanged: typeof onApplicationChanged;
}
