// Everything the popup asks of the outside world, in one object so the components can be tested with
// a real store behind it and no browser. The popup page supplies the browser's (entrypoints/popup/
// browser-popup-api.ts). The popup never opens the database itself (no Dexie in its bundle):
// tracking goes through the background's messages.
import type { MessageData, MessageResult, PageReport, TrackingMessage } from '../../messaging/protocol';

/** What the popup learnt from the target tab: the content script's report, or that none answered. */
export type PageAnswer = { kind: 'report'; report: PageReport } | { kind: 'no-content-script' };

export type ExtensionPagePath = `/${'plan' | 'tracker'}.html${string}`;

export interface PopupApi {
  /** What the target tab shows. The first call may answer a question sent before (popup-ask.js); each later call asks the tab again. */
  askPage(): Promise<PageAnswer>;
  call<K extends TrackingMessage>(name: K, data: MessageData<K>): Promise<MessageResult<K>>;
  /** Open an extension page ("/plan.html?jobId=1") in a new tab. */
  openPage(path: ExtensionPagePath): Promise<void>;
  now(): number;
  /**
   * Call `listener` with the job ID of each application changed elsewhere (the tracker, another
   * popup, the background) while the popup is open. Returns a function that stops listening.
   */
  onApplicationChanged(listener: (jobId: string) => void): () => void;
}
