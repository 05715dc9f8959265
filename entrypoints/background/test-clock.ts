// The background's clock. In a normal build it is the real time. A test build (`wxt build --mode
// e2e`, output `.output/chrome-mv3-e2e`) lets the browser test move it with the `e2eSetClock`
// message, so "the day before" and "an hour before" can be reached in seconds; the offset is kept
// in storage.local so a worker restart keeps the test's time. Production code paths never read it:
// the only caller is guarded by `import.meta.env.MODE === 'e2e'`, which the build replaces.
import { browser } from 'wxt/browser';
import { handle } from '../../messaging/bus';

const OFFSET_KEY = 'loopready-e2e-clock-offset';

export interface TestClock {
  now(): number;
  /** Resolves once the stored offset is read. */
  ready: Promise<void>;
}

export function createTestClock(): TestClock {
  let offset = 0;
  const ready = browser.storage.local.get(OFFSET_KEY).then((stored) => {
    const value = stored[OFFSET_KEY];
    if (typeof value === 'number') offset = value;
  });
  handle('e2eSetClock', async ({ at }) => {
    offset = at === null ? 0 : at - Date.now();
    await browser.storage.local.set({ [OFFSET_KEY]: offset });
    return null;
  });
  return { now: () => Date.now() + offset, ready };
}
