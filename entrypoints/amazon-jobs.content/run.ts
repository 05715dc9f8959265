// The content script as built: wxt.config.ts makes this the bundle's entry in place of WXT's wrapper
// (which would construct a ContentScriptContext on every amazon.jobs page).
import { browserEnv, startContentScript } from './startup';

try {
  startContentScript(browserEnv());
} catch (err) {
  // Never into the page: quiet, like every other failure of ours there.
  try {
    console.debug('[LoopReady] startup failed:', err);
  } catch {
    // a page that replaced console must not break us
  }
}
