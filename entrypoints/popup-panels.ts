// The popup's second file (entrypoints/popup-main.ts says why two): the panels below the first
// content and the typed messaging with its full Zod protocol. Run by a script element that the first
// file adds once its first content is drawn; it hands its panels over through a global
// (entrypoints/popup/panels-loader.ts). Built with the first file's Preact (wxt.config.ts).
import { panels } from './popup/panels';
import { PANELS_KEY } from './popup/panels-loader';

export default defineUnlistedScript(() => {
  const take = (globalThis as unknown as Record<string, unknown>)[PANELS_KEY];
  if (typeof take === 'function') take(panels);
});
