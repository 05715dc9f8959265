// Vitest global setup of the `browser` project: Chromium must be here before any test launches it.
// Finds it or installs Debian's package (root on Debian/Ubuntu), else stops the run with one sentence
// (scripts/lib/find-browser.ts). The path is exported as CHROMIUM_PATH for the test workers.
import { CHROMIUM } from '../../scripts/lib/find-browser';
import { browserSetup } from '../../scripts/lib/browser-setup';

export default browserSetup(CHROMIUM);
