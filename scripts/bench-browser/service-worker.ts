// The service worker's JS heap after 100 saves, against the floor extension's empty worker. Each run
// launches a fresh browser per arm (alternating which goes first): LoopReady gets 100 saveApplication
// messages from one of its pages, the way the content script sends them; then each worker is
// garbage-collected and its used heap read over CDP.
import type { CDPSession } from 'playwright-core';
import { launchWithExtension, type LoadedExtension } from '../lib/chromium';
import { realPostings } from '../lib/seed-store';
import { EMPTY_PAGE } from './floors';
import { pairedRuns, type PairedRow } from './paired';

const SAVES = 100;

/**
 * Runtime.getHeapUsage in the extension's service worker after a full GC, in MB. Playwright opens
 * no CDP session on workers, so a page's session attaches to the worker target (non-flat mode) and
 * relays the two commands.
 */
async function workerHeapMb(ext: LoadedExtension): Promise<number> {
  const page = await ext.context.newPage();
  try {
    const cdp: CDPSession = await ext.context.newCDPSession(page);
    const { targetInfos } = await cdp.send('Target.getTargets');
    const worker = targetInfos.find((t) => t.type === 'service_worker' && t.url.startsWith(`chrome-extension://${ext.extensionId}/`));
    if (!worker) throw new Error('the extension service worker is not running');
    const { sessionId } = await cdp.send('Target.attachToTarget', { targetId: worker.targetId, flatten: false });
    const pending = new Map<number, (result: unknown) => void>();
    cdp.on('Target.receivedMessageFromTarget', (event) => {
      const message = JSON.parse(event.message) as { id?: number; result?: unknown; error?: { message: string } };
      if (message.id === undefined) return;
      pending.get(message.id)?.(message.error ? new Error(message.error.message) : message.result);
    });
    let nextId = 1;
    const call = async (method: string) => {
      const id = nextId++;
      const result = new Promise<unknown>((resolve) => pending.set(id, resolve));
      await cdp.send('Target.sendMessageToTarget', { sessionId, message: JSON.stringify({ id, method }) });
      const got = await result;
      if (got instanceof Error) throw got;
      return got as Record<string, number>;
    };
    await call('HeapProfiler.enable');
    await call('HeapProfiler.collectGarbage');
    const usage = await call('Runtime.getHeapUsage');
    await cdp.send('Target.detachFromTarget', { sessionId });
    return usage.usedSize! / 1024 / 1024;
  } finally {
    await page.close();
  }
}

/** The postings to save: the real ones, then copies under made-up job IDs (as the tracker bench seeds). */
function postingsToSave() {
  const real = realPostings();
  return Array.from({ length: SAVES }, (_, i) => {
    const base = real[i % real.length]!;
    if (i < real.length) return base;
    const jobId = String(91_000_000 + i);
    return { ...base, jobId, url: `https://www.amazon.jobs/en/jobs/${jobId}` };
  });
}

async function ours(extensionDir: string): Promise<number> {
  const ext = await launchWithExtension({ extensionDir });
  try {
    const page = await ext.context.newPage();
    await page.goto(`chrome-extension://${ext.extensionId}/${EMPTY_PAGE}`);
    // The message format of @webext-core/messaging, which the content script uses.
    const failures = await page.evaluate(async (postings) => {
      const api = (globalThis as unknown as { chrome: { runtime: { sendMessage(m: unknown): Promise<{ res?: unknown; err?: unknown }> } } }).chrome;
      let failed = 0;
      for (const [i, posting] of postings.entries()) {
        const reply = await api.runtime.sendMessage({ id: i, type: 'saveApplication', data: { posting }, timestamp: Date.now() });
        if (!reply || reply.err) failed++;
      }
      return failed;
    }, postingsToSave());
    if (failures > 0) throw new Error(`${failures} of ${SAVES} saves failed`);
    await page.close();
    return await workerHeapMb(ext);
  } finally {
    await ext.close();
  }
}

async function floor(extensionDir: string): Promise<number> {
  const ext = await launchWithExtension({ extensionDir });
  try {
    return await workerHeapMb(ext);
  } finally {
    await ext.close();
  }
}

export async function benchServiceWorker(oursDir: string, floorDir: string, runs: number, log: (s: string) => void): Promise<PairedRow[]> {
  log(`service worker: ${runs} pairs of fresh browsers…`);
  const got = await pairedRuns(runs, () => ours(oursDir), () => floor(floorDir));
  return [
    {
      name: `service-worker heap after ${SAVES} saves`,
      unit: 'MB',
      floor: 'an empty service worker',
      ours: got.ours,
      floorSamples: got.floor,
    },
  ];
}
