// Makes sure the browsers the tests drive are here: finds each (CHROMIUM_PATH / FIREFOX_PATH, then
// the usual places) or installs Debian's package as root on Debian/Ubuntu; otherwise one sentence
// saying what to run, and exit 1. Used by `.ci/run`; `npm run demo` and `npm test` do the same
// through scripts/lib/find-browser.ts.
//
//   npx tsx scripts/setup-browsers.ts [chromium] [firefox]     (no argument: both)
import { BROWSERS, BrowserSetupError, ensureBrowser, type BrowserName } from './lib/find-browser';

const names = process.argv.slice(2).filter((a): a is BrowserName => a in BROWSERS);
const unknown = process.argv.slice(2).filter((a) => !(a in BROWSERS));
if (unknown.length > 0) {
  console.error(`usage: tsx scripts/setup-browsers.ts [${Object.keys(BROWSERS).join('] [')}] (unknown: ${unknown.join(' ')})`);
  process.exit(2);
}
let status = 0;
for (const name of names.length > 0 ? names : (Object.keys(BROWSERS) as BrowserName[])) {
  const spec = BROWSERS[name];
  try {
    const found = ensureBrowser(spec);
    console.log(`${spec.label}: ${found.version} (${found.path})`);
  } catch (err) {
    if (!(err instanceof BrowserSetupError)) throw err;
    console.error(err.message);
    status = 1;
  }
}
process.exit(status);
