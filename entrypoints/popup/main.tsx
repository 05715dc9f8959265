import { render } from 'preact';
import { applyTheme, rememberedTheme } from '../../components/ui/theme';
import { App } from './App';
import { SHELL_MARK, START_MARK, markOnce } from './marks';
import { browserPopupApi } from './browser-popup-api';

/** Renders the popup into popup.html's #app; run by popup-main.js (entrypoints/popup-main.ts says why a classic script). */
export function startPopup(): void {
  markOnce(START_MARK);
  // The theme the settings last applied (kept in localStorage by every page), before the first paint.
  applyTheme(rememberedTheme());
  render(<App api={browserPopupApi()} />, document.getElementById('app')!);
  markOnce(SHELL_MARK);
}
