// The page theme. The setting lives in the store (and backups); a copy in localStorage lets each page
// set it synchronously before its first paint, so a dark-mode user never sees a white flash.
import type { Theme } from '../../core/settings';

const KEY = 'loopready-theme';

export function applyTheme(theme: Theme, root: HTMLElement = document.documentElement): void {
  if (theme === 'system') root.removeAttribute('data-theme');
  else root.setAttribute('data-theme', theme);
  try {
    localStorage.setItem(KEY, theme);
  } catch {
    // storage may be unavailable (private mode): the page still follows the system
  }
}

/** The last theme a page applied, or "system". */
export function rememberedTheme(): Theme {
  try {
    const t = localStorage.getItem(KEY);
    return t === 'light' || t === 'dark' ? t : 'system';
  } catch {
    return 'system';
  }
}
