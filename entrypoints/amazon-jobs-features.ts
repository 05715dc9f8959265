// The content script's features as an ES module (entrypoints/amazon-jobs.content/features.ts), loaded
// by the startup with a dynamic import(). wxt.config.ts builds this entry as a module (not WXT's
// wrapped IIFE) and lists it as the one web-accessible resource, on amazon.jobs only, behind a
// per-session URL in Chrome (`use_dynamic_url`); README "Content script startup" has the trade-off.
export { report, start } from './amazon-jobs.content/features';

// WXT needs a definition to list the entrypoint; its main never runs (the build skips the wrapper).
export default defineUnlistedScript(() => undefined);
