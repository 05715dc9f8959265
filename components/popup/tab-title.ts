// A posting's title and job ID as the browser titles its tab: amazon.jobs titles a posting's page
// "<title> - Job ID: <id> | Amazon.jobs". Plain code, no Zod: popup-ask.js, the popup's first and
// smallest file, reads it to draw the preview before the popup's bundle has loaded; the bundle checks
// the same fields with Zod (./page-preview.ts).
import { pageKind } from '../../core/amazon-jobs-url';
import { stripInvisibleControls } from '../../core/page-text';

/** What the tabs API tells of a tab (its address and title only with host access: amazon.jobs). */
export interface TabShown {
  url?: string;
  title?: string;
  status?: string;
}

export interface TitledPosting {
  jobId: string;
  title: string;
}

const PAGE_TITLE = /^(.+?) - Job ID: (\d{1,12}) \| Amazon\.jobs$/;
export const MAX_TITLE = 500;

/**
 * The job ID and title a loaded tab's title names, when they are of the job its address names (after
 * a client-side navigation the address changes before the title), else null. The title is page text:
 * cleaned of invisible controls, and only ever rendered as text.
 */
export function postingFromTabTitle(tab: TabShown | null): TitledPosting | null {
  if (!tab || tab.status !== 'complete' || !tab.url || !tab.title) return null;
  return postingTitled(tab.url, tab.title);
}

/** The job ID and title a page's title names, when they are of the job its address names, else null (postingFromTabTitle, whatever the tab's loading status). */
export function postingTitled(url: string, pageTitle: string): TitledPosting | null {
  const kind = pageKind(url);
  const named = PAGE_TITLE.exec(pageTitle.trim());
  if (kind.page !== 'job' || !named || named[2] !== kind.jobId) return null;
  return cleanPosting(named[2], named[1]!);
}

/** The fields as shown: the title cleaned of invisible controls and trimmed; null when empty or longer than MAX_TITLE. */
export function cleanPosting(jobId: string, rawTitle: string): TitledPosting | null {
  if (!/^\d{1,12}$/.test(jobId)) return null;
  const title = stripInvisibleControls(rawTitle).trim();
  return title.length > 0 && title.length <= MAX_TITLE ? { jobId, title } : null;
}

/** True when the tab's address names the job of `posting` (drawn from the popup's own address): else the tab has moved on, and the preview goes. */
export function tabShowsJob(tab: TabShown | null, posting: TitledPosting): boolean {
  if (!tab?.url) return false;
  const kind = pageKind(tab.url);
  return kind.page === 'job' && kind.jobId === posting.jobId;
}
