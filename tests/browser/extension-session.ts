// Helpers for browser tests that drive the extension like its own pages do: send a protocol message
// from an extension page, read the store, set up a tracked job, and stop and restart the service worker.
import type { CDPSession, Page } from 'playwright-core';
import type { MessageName } from '../../messaging/protocol';
import { storedApplicationsInPage } from '../shared/store-in-page';
import type { ExtensionHarness } from './harness';

/**
 * Send a message from an extension page (popup, tracker…) in @webext-core/messaging's wire format
 * ({id, type, data, timestamp} -> {res} | {err}) and return the reply; throws the background's error.
 */
export async function sendFromPage(page: Page, type: MessageName, data: unknown): Promise<unknown> {
  const reply = await page.evaluate(
    ({ type, data }) =>
      new Promise<{ res?: unknown; err?: { message?: string } }>((resolve, reject) => {
        const api = (globalThis as unknown as { chrome: { runtime: { sendMessage(m: unknown, cb: (r: unknown) => void): void; lastError?: { message?: string } } } }).chrome;
        api.runtime.sendMessage({ id: Math.floor(Math.random() * 1e9), type, data, timestamp: Date.now() }, (r) => {
          if (api.runtime.lastError) reject(new Error(api.runtime.lastError.message));
          else resolve((r ?? { err: { message: 'No response' } }) as { res?: unknown; err?: { message?: string } });
        });
      }),
    { type, data },
  );
  if (reply.err) throw new Error(`${type}: ${reply.err.message ?? JSON.stringify(reply.err)}`);
  return reply.res;
}

/** Every stored application, read straight from the extension's IndexedDB (observable state, no API). */
export async function storedApplications(page: Page): Promise<Array<Record<string, unknown>>> {
  return page.evaluate(storedApplicationsInPage);
}

/** An extension page to send messages from (the options page needs no tab). */
export async function extensionPage(ext: ExtensionHarness, file = 'options.html'): Promise<Page> {
  const page = await ext.context.newPage();
  await page.goto(`chrome-extension://${ext.extensionId}/${file}`, { waitUntil: 'load' });
  return page;
}

/** The posting as the content script reported it on its page (opened, read, closed again). */
async function reportedPosting(ext: ExtensionHarness, jobId: string): Promise<unknown> {
  const page = await ext.openPosting(jobId);
  try {
    return (await ext.pageReport(page)).posting;
  } finally {
    await page.close();
  }
}

/**
 * Make `jobId` tracked, and at `stage` when one is given, whatever earlier tests left: saved from
 * what its page reported, then moved forward or undone back through the product's own messages.
 * A test that needs a tracked job sets it up with this instead of leaning on the test before it.
 */
export async function trackedAt(ext: ExtensionHarness, jobId: string, stage?: string): Promise<void> {
  const from = await extensionPage(ext);
  try {
    await sendFromPage(from, 'saveApplication', { posting: await reportedPosting(ext, jobId) });
    for (let step = 0; step < 12; step++) {
      const app = (await storedApplications(from)).find((a) => a.jobId === jobId) as { status: string; history: Array<{ to: string }> };
      if (stage === undefined || app.status === stage) return;
      if (app.history.slice(0, -1).some((h) => h.to === stage)) await sendFromPage(from, 'undoStatus', { jobId });
      else await sendFromPage(from, 'setStatus', { jobId, status: stage, from: app.status });
    }
    throw new Error(`could not bring ${jobId} to ${stage}`);
  } finally {
    await from.close();
  }
}

/** Whether the extension's service worker is running, from the browser's target list (CDP). */
async function workerRunning(cdp: CDPSession, extensionId: string): Promise<boolean> {
  const { targetInfos } = await cdp.send('Target.getTargets');
  return targetInfos.some((t) => t.type === 'service_worker' && t.url.startsWith(`chrome-extension://${extensionId}/`));
}

async function until(what: string, test: () => Promise<boolean>, timeoutMs = 15_000): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (!(await test())) {
    if (Date.now() > deadline) throw new Error(`timed out waiting until ${what}`);
    await new Promise((r) => setTimeout(r, 100));
  }
}

/**
 * Stop the extension's service worker as the browser does when it idles (CDP
 * ServiceWorker.stopAllWorkers), wait until its target is gone, then wake it with a message from
 * `waker` (an extension page) and wait until it runs again. Everything the old worker held in memory
 * is lost, as in real life. Playwright keeps the old Worker handle (it is not told the worker
 * stopped), so after this, talk to the background through pages only.
 */
export async function restartServiceWorker(ext: ExtensionHarness, waker: Page): Promise<void> {
  const cdp = await ext.context.newCDPSession(waker);
  try {
    await cdp.send('ServiceWorker.enable');
    if (!(await workerRunning(cdp, ext.extensionId))) throw new Error('the service worker is not running');
    await cdp.send('ServiceWorker.stopAllWorkers');
    await until('the service worker stopped', async () => !(await workerRunning(cdp, ext.extensionId)));
    // Any message wakes it; the first reply may be lost while it starts, so retry.
    await until('the service worker answered again', async () => (await sendFromPage(waker, 'getDueSummary', null).then(() => true, () => false)));
    if (!(await workerRunning(cdp, ext.extensionId))) throw new Error('the service worker did not start again');
  } finally {
    await cdp.detach();
  }
}

/**
 * Stops the page's main thread at its next line of script (the content script answering, say) until
 * the returned function runs: what a popup does while its tab cannot answer.
 */
export async function pausePage(ext: ExtensionHarness, page: Page): Promise<() => Promise<void>> {
  const cdp = await ext.context.newCDPSession(page);
  let paused = false;
  cdp.on('Debugger.paused', () => (paused = true));
  await cdp.send('Debugger.enable');
  await cdp.send('Debugger.pause');
  return async () => {
    // Not paused when no script ran in the page meanwhile: the pending pause is dropped with the debugger.
    if (paused) await cdp.send('Debugger.resume');
    await cdp.send('Debugger.disable');
    await cdp.detach();
  };
}
