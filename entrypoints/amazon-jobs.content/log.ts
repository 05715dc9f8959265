// The content script never throws into the page and stays quiet there: problems go to
// console.debug with a prefix, visible only when the user turns on verbose logging.
export function debugLog(...args: unknown[]): void {
  try {
    console.debug('[LoopReady]', ...args);
  } catch {
    // a page that replaced console must not break us
  }
}

/** Run `fn`; a throw is logged at debug level and turned into `fallback`. */
export function guarded<T>(what: string, fn: () => T, fallback: T): T {
  try {
    return fn();
  } catch (err) {
    debugLog(`${what} failed:`, err);
    return fallback;
  }
}
