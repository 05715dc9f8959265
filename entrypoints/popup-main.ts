// The popup's whole script, built by WXT as one classic file (an unlisted script) rather than as the
// HTML page's module. As a module it shared Rollup chunks with the other pages, so the popup loaded
// four files through the extension's file handler, each a request and a reply to wait for on a busy
// machine, where the floor (an empty extension page) loads one: in the browser bench the module graph
// started evaluating about 90 ms after the floor's script had run, one file about 15 ms before it.
// A classic script cannot import() a chunk, so everything the popup shows is in this file.
import { startPopup } from './popup/main';

export default defineUnlistedScript(() => startPopup());
