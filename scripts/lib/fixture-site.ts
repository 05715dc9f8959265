// amazon.jobs as the browser tests see it: real pages from tests/fixtures served for the URLs the site
// uses. Browser-neutral: Chromium (scripts/lib/chromium.ts, playwright-core) and Firefox
// (scripts/lib/firefox.ts, puppeteer-core) answer their intercepted navigations with fixtureFor().
import { existsSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

export const ROOT = join(dirname(fileURLToPath(import.meta.url)), '..', '..');
const PAGES_DIR = join(ROOT, 'tests', 'fixtures', 'pages');
const SEARCH_SHELL = join(PAGES_DIR, 'real', 'amazon-jobs-search-full-page_lorraine-dev_2025-08.html');
const SEARCH_RESULTS = join(PAGES_DIR, 'real', 'amazon-jobs-search-results-fragment_lorraine-dev_2025-08.html');

/** A listing URL as amazon.jobs writes it (Luxembourg, the search the real capture was made from). */
export const LISTING_URL = 'https://www.amazon.jobs/en/search?offset=0&result_limit=10&sort=relevant&country%5B%5D=LUX';

/** The page HTML served for an amazon.jobs URL, or null when there is no fixture for it. */
export function fixtureFor(url: string): string | null {
  let u: URL;
  try {
    u = new URL(url);
  } catch {
    return null;
  }
  if (u.hostname !== 'amazon.jobs' && !u.hostname.endsWith('.amazon.jobs')) return null;
  const job = /^\/(?:[a-z]{2}(?:-[a-z]{2})?\/)?jobs\/(\d+)(?:\/|$)/i.exec(u.pathname);
  if (job) {
    const file = join(PAGES_DIR, 'reconstructed', `${job[1]}.html`);
    return existsSync(file) ? readFileSync(file, 'utf8') : null;
  }
  if (/^\/(?:[a-z]{2}(?:-[a-z]{2})?\/)?search\/?$/i.test(u.pathname)) {
    // ?render=late serves the shell as amazon.jobs sends it, before its scripts draw the results.
    return u.searchParams.get('render') === 'late' ? searchShell() : searchPageRendered();
  }
  return null;
}

export function searchShell(): string {
  return readFileSync(SEARCH_SHELL, 'utf8');
}

/** The results fragment, as the site's scripts would draw it into the search page. */
export function searchResultsFragment(): string {
  return readFileSync(SEARCH_RESULTS, 'utf8');
}

/** The search shell with the results drawn into its SearchContent mount point. */
export function searchPageRendered(): string {
  const shell = searchShell();
  const mount = /<div data-react-class="SearchContent" data-react-props='[^']*'>/.exec(shell);
  if (!mount) throw new Error('search shell fixture: SearchContent mount point not found');
  const at = mount.index + mount[0].length;
  return shell.slice(0, at) + searchResultsFragment() + shell.slice(at);
}

/** A posting's canonical URL from the reconstructed pages' index (job ID -> URL on www.amazon.jobs). */
export function postingUrl(jobId: string): string {
  const index = JSON.parse(readFileSync(join(PAGES_DIR, 'reconstructed', 'index.json'), 'utf8')) as Record<
    string,
    { url: string; job_id: string }
  >;
  const entry = index[`${jobId}.html`];
  if (!entry) throw new Error(`no reconstructed fixture for job ${jobId} (copy it into tests/fixtures/pages/reconstructed/)`);
  const u = new URL(entry.url);
  u.hostname = 'www.amazon.jobs';
  return u.href;
}
