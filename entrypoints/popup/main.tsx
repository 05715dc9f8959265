import * as preact from 'preact';
import * as hooks from 'preact/hooks';
import * as jsxRuntime from 'preact/jsx-runtime';
import { applyTheme, rememberedTheme } from '../../components/ui/theme';
import { App } from './App';
import { SHELL_MARK, START_MARK, markOnce } from './marks';
import { browserPopupApi } from './browser-popup-api';
import { SHARED_PREACT } from './shared-preact';
import { preloadPanels } from './panels-loader';
import { prepareShownReport } from '../../components/popup/shown-report';
import { BUNDLE_STARTED_KEY } from './early-preview';

/** Renders the popup into popup.html's #app; run by popup-main.js (entrypoints/popup-main.ts says why a classic script). */
export function startPopup(): void {
  markOnce(START_MARK);
  // From here Preact owns the popup's DOM: popup-ask.js draws no more into the static shell.
  (globalThis as unknown as Record<string, unknown>)[BUNDLE_STARTED_KEY] = true;
  // The panels' file (popup-panels.js) renders with this Preact.
  Object.assign(globalThis, {
    [SHARED_PREACT.preact]: preact,
    [SHARED_PREACT['preact/hooks']]: hooks,
    [SHARED_PREACT['preact/jsx-runtime']]: jsxRuntime,
  });
  // The theme the settings last applied (kept in localStorage by every page), before the first paint.
  applyTheme(rememberedTheme());
  preact.render(<App api={browserPopupApi()} />, document.getElementById('app')!);
  markOnce(SHELL_MARK);
  // While the page's answer travels (it arrives in a later task): the check it needs, and the panels' file.
  prepareShownReport();
  preloadPanels();
}
