// The content script's two manifest entries (wxt.config.ts writes them), so that the startup learns
// whether to answer the popup from the start without reading the URL while the page loads (reading
// `location` in the content script's world cost a posting page about 0.6–0.9 ms of startup CPU):
// - on a URL with /jobs/<digit> (every posting URL pageKind accepts, in lower case): the startup
//   alone, which listens for the popup at once;
// - on every other amazon.jobs page: a one-line file that sets NOT_POSTING_FLAG, then the same
//   startup, which reads the flag and listens only at idle time. The extra file costs that page's
//   startup about 0.3 ms, where it has the room (startup.ts says why it defers there).
// Globs (not match patterns) because only globs can say "a digit"; they are matched against the
// whole URL, so a query string with /jobs/1 in it also counts as a possible posting (harmless: the
// popup is then answered from the start). A posting under an upper-case /JOBS/ path takes the other
// entry: it still works, the popup's listener just comes at idle time, as on a search page.
// Nothing here may import: wxt.config.ts reads it.

/** The URL globs of a possible posting: `/jobs/` then a digit. */
export const POSTING_GLOBS: readonly string[] = Array.from({ length: 10 }, (_, d) => `*/jobs/${d}*`);

/** Set (to true) in the content script's world by NOT_POSTING_FILE before the startup runs. */
export const NOT_POSTING_FLAG = '__loopreadyNotPosting';

/** The one-line script that runs before the startup on pages that are not postings. */
export const NOT_POSTING_FILE = 'content-scripts/amazon-jobs-not-posting.js';
export const NOT_POSTING_SOURCE = `globalThis.${NOT_POSTING_FLAG}=!0;\n`;
