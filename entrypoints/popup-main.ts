// The popup's first file, built by WXT as one classic file (an unlisted script) rather than as the
// HTML page's module. As a module it shared Rollup chunks with the other pages, so the popup loaded
// four files through the extension's file handler, each a request and a reply to wait for on a busy
// machine, where the floor (an empty extension page) loads one: in the browser bench the module graph
// started evaluating about 90 ms after the floor's script had run, one file about 15 ms before it.
// It holds only what the first content needs: Preact, the shell, the posting and listing summaries,
// the notices, and a check of the fields they show (components/popup/shown-report.ts). The rest, the panels
// and the typed messaging with the full Zod protocol (building its schemas alone took about 7 ms),
// is the second file, popup-panels.js (./popup-panels.ts), which popup.html preloads and this file
// runs once the first content is drawn. A classic script cannot import() a chunk, hence a script
// element, and Preact shared through globals (./popup/shared-preact.ts).
import { startPopup } from './popup/main';

export default defineUnlistedScript(() => startPopup());
