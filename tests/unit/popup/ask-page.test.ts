import { fakeBrowser } from 'wxt/testing';
import type { Browser } from 'wxt/browser';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { askPage, isNoReceiver, targetTabId } from '../../../entrypoints/popup/ask-page';

describe('popup target tab', () => {
  beforeEach(() => fakeBrowser.reset());
  afterEach(() => vi.restoreAllMocks());

  it('uses ?tabId= when given (tests and the demo open the popup as a page)', async () => {
    expect(await targetTabId('?tabId=864832796')).toBe(864832796);
  });

  it('falls back to the active tab of the current window', async () => {
    // The fake browser cannot mark a tab active, so stand in for tabs.query and check what is asked.
    const query = vi.spyOn(fakeBrowser.tabs, 'query').mockResolvedValue([{ id: 42, index: 0, active: true } as Browser.tabs.Tab]);
    expect(await targetTabId('?tabId=not-a-number')).toBe(42);
    expect(query).toHaveBeenCalledWith({ active: true, currentWindow: true });
  });

  it('fails clearly when there is no active tab', async () => {
    vi.spyOn(fakeBrowser.tabs, 'query').mockResolvedValue([]);
    await expect(targetTabId('')).rejects.toThrow('no active tab');
  });
});

describe('no content script in the tab', () => {
  it("recognises Chrome's and Firefox's wording", () => {
    expect(isNoReceiver(new Error('Could not establish connection. Receiving end does not exist.'))).toBe(true);
    expect(isNoReceiver(new Error('Error: Could not establish connection. Receiving end does not exist.'))).toBe(true);
    expect(isNoReceiver(new Error('reply did not match the protocol'))).toBe(false);
  });
});

describe('asking the page', () => {
  const report = { kind: { page: 'other' }, posting: null, listing: null };

  it('sends getPagePosting in the messaging wire format and returns the parsed report', async () => {
    const sent: unknown[] = [];
    const answer = await askPage(7, async (tabId, message) => {
      sent.push([tabId, message]);
      return { res: report };
    });
    expect(answer).toEqual({ kind: 'report', report, reply: report });
    expect(sent).toHaveLength(1);
    expect(sent[0]).toMatchObject([7, { type: 'getPagePosting', data: null }]);
  });

  it('a tab without the content script is "no content script", not an error', async () => {
    const answer = await askPage(7, async () => {
      throw new Error('Could not establish connection. Receiving end does not exist.');
    });
    expect(answer).toEqual({ kind: 'no-content-script' });
  });

  it('a reply that breaks the protocol, or an error from the page, is thrown with its reason', async () => {
    await expect(askPage(7, async () => ({ res: { kind: { page: 'job' } } }))).rejects.toThrow();
    await expect(askPage(7, async () => ({ err: { message: 'extraction failed' } }))).rejects.toThrow('extraction failed');
    await expect(askPage(7, async () => undefined)).rejects.toThrow('the page did not answer');
  });
});

describe('the early question (popup-ask.js, run before the popup bundle)', () => {
  const report = { kind: { page: 'other' }, posting: null, listing: null };

  it('hands its pending question to the bundle once, which reads the reply like its own', async () => {
    const { EARLY_REPLY_KEY, takeEarlyQuestion } = await import('../../../entrypoints/popup/page-question');
    const { readReply } = await import('../../../entrypoints/popup/ask-page');
    const scope: Record<string, unknown> = { [EARLY_REPLY_KEY]: { reply: Promise.resolve({ res: report }), asked: Promise.resolve(null) } };
    const early = takeEarlyQuestion(scope);
    expect(early).not.toBeNull();
    expect(takeEarlyQuestion(scope)).toBeNull(); // taken once: a re-render never reuses a stale answer
    expect(await readReply(early!.reply)).toEqual({ kind: 'report', report, reply: report });
    expect(await readReply(Promise.reject(new Error('Could not establish connection. Receiving end does not exist.')))).toEqual({
      kind: 'no-content-script',
    });
  });

  it('asks the tab named by ?tabId= without querying tabs, and the active tab otherwise', async () => {
    const { targetTab } = await import('../../../entrypoints/popup/page-question');
    const query = vi.fn(async () => [{ id: 9 }]);
    expect(await targetTab({ query }, '?tabId=12')).toBe(12);
    expect(query).not.toHaveBeenCalled();
    expect(await targetTab({ query }, '')).toBe(9);
    expect(query).toHaveBeenCalledWith({ active: true, currentWindow: true });
  });
});
