// The popup's question to the page, with nothing imported that weighs (a key name, types): shared by the popup's bundle and by
// popup-ask.js, the classic script the popup's HTML runs first (entrypoints/popup-ask.ts), which
// asks while the popup's modules are still loading.
import { seenPageKey, type SeenPage } from '../../messaging/seen-page';
import { wireMessage, type WireMessage } from '../../messaging/wire';
import type { TabShown, TitledPosting } from '../../components/popup/tab-title';

/** Where popup-ask.js leaves its question under way (FirstQuestion) for the popup's bundle. */
export const EARLY_REPLY_KEY = '__loopreadyPageReply';

/** The tab named by ?tabId= (tests and the demo open the popup as a page), else null. */
export function tabIdFromQuery(search: string): number | null {
  const fromQuery = new URLSearchParams(search).get('tabId');
  return fromQuery !== null && /^\d+$/.test(fromQuery) ? Number(fromQuery) : null;
}

/** getPagePosting in @webext-core/messaging's wire format, which the content script's listener speaks. */
export function pageQuestion(): WireMessage<'getPagePosting', null> {
  return wireMessage('getPagePosting', null);
}

/** A tab as both browsers' tabs API gives it: its id, and what it shows (`url` and `title` only where the extension has host access: amazon.jobs). */
export type TabInfo = TabShown & { id?: number };

/** The tab APIs the question needs, as both browsers' promise-based namespaces have them. */
export interface TabsApi {
  query(query: { active: boolean; currentWindow: boolean }): Promise<TabInfo[]>;
  get(tabId: number): Promise<TabInfo>;
  sendMessage(tabId: number, message: unknown): Promise<unknown>;
}

/** The part of storage.session the popup reads. */
export interface SessionRead {
  get(key: string): Promise<Record<string, unknown>>;
}

export async function targetTab(tabs: Pick<TabsApi, 'query'>, search: string): Promise<number> {
  const fromQuery = tabIdFromQuery(search);
  if (fromQuery !== null) return fromQuery;
  return (await activeTab(tabs)).id;
}

async function activeTab(tabs: Pick<TabsApi, 'query'>): Promise<TabInfo & { id: number }> {
  const [tab] = await tabs.query({ active: true, currentWindow: true });
  if (tab?.id === undefined) throw new Error('no active tab');
  return { ...tab, id: tab.id };
}

/** The popup's first question, under way: popup-ask.js starts it, the bundle reads it. */
export interface FirstQuestion {
  /** The answer in the content script's wire format ({res}): the background's copy, or the tab's own. */
  reply: Promise<unknown>;
  /** The tab as it was when asked, when the answer comes from the tab (no current copy), else null: for a preview meanwhile. */
  asked: Promise<TabInfo | null>;
  /** The tab as the browser shows it, as soon as it is read (before the copy is): what popup-ask.js draws its preview from. */
  shown?: Promise<TabInfo | null>;
  /** The preview popup-ask.js drew from the tab's title before the bundle ran (./early-preview.ts), once drawn. */
  drawn?: TitledPosting;
}

/**
 * The popup's first answer: the background's copy of the tab's report (messaging/seen-page.ts) when
 * it is of the page the tab shows now, else the tab's own answer. Reading the copy asks only the
 * browser; the tab's answer comes through its renderer.
 */
export function askFirst(tabs: TabsApi, session: SessionRead | undefined, search: string): FirstQuestion {
  const fromQuery = tabIdFromQuery(search);
  // With ?tabId= the tab and its copy are read at once; else the active tab's id comes first.
  const active = fromQuery === null ? activeTab(tabs) : null;
  const shownTab: Promise<TabInfo | null> = active ?? tabs.get(fromQuery!).catch(() => null);
  const decided = (async () => {
    const tabId = active ? (await active).id : fromQuery!;
    const [shown, copy] = await Promise.all([shownTab, storedCopy(session, tabId)]);
    const current = currentCopy(copy, shown);
    // In an object: a pending reply is passed on, not awaited here.
    return current ? { reply: { res: current.report } as unknown, asked: null } : { reply: tabs.sendMessage(tabId, pageQuestion()), asked: shown };
  })();
  return { reply: decided.then((d) => d.reply), asked: decided.then((d) => d.asked, () => null), shown: shownTab.catch(() => null) };
}

async function storedCopy(session: SessionRead | undefined, tabId: number): Promise<unknown> {
  if (!session) return undefined;
  const key = seenPageKey(tabId);
  try {
    return (await session.get(key))[key];
  } catch {
    return undefined; // no copy: the tab answers
  }
}

/**
 * The copy when it is of the page the tab shows now: the same address, the page loaded (a tab that
 * is loading, even the same address, may show another page in a moment). What the report holds is
 * checked where the popup reads it, as the tab's answer is (ask-page.ts readReply).
 */
export function currentCopy(copy: unknown, tab: TabInfo | null): Pick<SeenPage, 'report'> | null {
  if (typeof copy !== 'object' || copy === null || !tab || tab.status !== 'complete' || typeof tab.url !== 'string') return null;
  const { url, report } = copy as Partial<SeenPage>;
  return url === tab.url && report != null ? { report } : null;
}

/** Takes the question popup-ask.js started, once; null when it did not run (tests, or a failed load). */
export function takeEarlyQuestion(scope: Record<string, unknown> = globalThis as unknown as Record<string, unknown>): FirstQuestion | null {
  const question = scope[EARLY_REPLY_KEY] as Partial<FirstQuestion> | undefined;
  delete scope[EARLY_REPLY_KEY];
  return question?.reply instanceof Promise && question.asked instanceof Promise ? (question as FirstQuestion) : null;
}
