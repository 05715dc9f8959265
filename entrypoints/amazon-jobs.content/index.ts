// Thin adapter: amazon.jobs pages only. Where the content script runs and how it starts; what it does
// is in ./startup.ts (the startup, all an amazon.jobs page pays for while it loads) and ./features.ts
// (the page features and the popup's answer, loaded in idle time on job and search pages only).
// The build does not use this main: wxt.config.ts makes ./run.ts the bundle's entry, without WXT's
// ContentScriptContext. It is the same startup, for anything that runs the definition itself.
import { browserEnv, startContentScript } from './startup';

export default defineContentScript({
  matches: ['*://amazon.jobs/*', '*://*.amazon.jobs/*'],
  runAt: 'document_idle',
  main() {
    startContentScript(browserEnv());
  },
});
