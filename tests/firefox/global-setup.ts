// Vitest global setup of the `firefox` project: firefox-esr must be here before any test launches it.
// Finds it or installs Debian's package (root on Debian/Ubuntu), else stops the run with one sentence
// (scripts/lib/find-browser.ts). The path is exported as FIREFOX_PATH for the test workers.
import { browserSetup } from '../../scripts/lib/browser-setup';
import { FIREFOX } from '../../scripts/lib/find-browser';

export default browserSetup(FIREFOX);
