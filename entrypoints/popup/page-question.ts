// The popup's question to the page, with nothing imported: shared by the popup's bundle and by
// popup-ask.js, the classic script the popup's HTML runs first (entrypoints/popup-ask.ts), which
// asks while the popup's modules are still loading.

/** Where popup-ask.js leaves its pending reply for the popup's bundle. */
export const EARLY_REPLY_KEY = '__loopreadyPageReply';

/** The tab named by ?tabId= (tests and the demo open the popup as a page), else null. */
export function tabIdFromQuery(search: string): number | null {
  const fromQuery = new URLSearchParams(search).get('tabId');
  return fromQuery !== null && /^\d+$/.test(fromQuery) ? Number(fromQuery) : null;
}

/** getPagePosting in @webext-core/messaging's wire format, which the content script's listener speaks. */
export function pageQuestion(): { id: number; type: 'getPagePosting'; data: null; timestamp: number } {
  return { id: Math.floor(Math.random() * 1e9), type: 'getPagePosting', data: null, timestamp: Date.now() };
}

/** The two tab APIs the question needs, as both browsers' promise-based namespaces have them. */
export interface TabsApi {
  query(query: { active: boolean; currentWindow: boolean }): Promise<Array<{ id?: number }>>;
  sendMessage(tabId: number, message: unknown): Promise<unknown>;
}

export async function targetTab(tabs: Pick<TabsApi, 'query'>, search: string): Promise<number> {
  const fromQuery = tabIdFromQuery(search);
  if (fromQuery !== null) return fromQuery;
  const [tab] = await tabs.query({ active: true, currentWindow: true });
  if (tab?.id === undefined) throw new Error('no active tab');
  return tab.id;
}

/** Takes the reply popup-ask.js started, once; null when it did not run (tests, or a failed load). */
export function takeEarlyReply(scope: Record<string, unknown> = globalThis as unknown as Record<string, unknown>): Promise<unknown> | null {
  const reply = scope[EARLY_REPLY_KEY];
  delete scope[EARLY_REPLY_KEY];
  return reply instanceof Promise ? reply : null;
}
