// A posting's title and job ID as the browser shows its tab, for the popup to draw while the tab's
// content script reads the whole posting: amazon.jobs titles a posting's page "<title> - Job ID:
// <id> | Amazon.jobs". Used only when that title names the job the tab's address names (after a
// client-side navigation the address changes before the title), and checked like the page's answer:
// the title is page text, cleaned and rendered as text.
import * as z from 'zod/mini';
import { pageKind } from '../../core/amazon-jobs-url';
import { stripInvisibleControls } from '../../core/page-text';

/** What the tabs API tells of a tab (its address and title only with host access: amazon.jobs). */
export interface TabShown {
  url?: string;
  title?: string;
  status?: string;
}

const PAGE_TITLE = /^(.+?) - Job ID: (\d{1,12}) \| Amazon\.jobs$/;

function build() {
  z.config({ jitless: true }); // as shown-report.ts: no `new Function` probe, which the CSP reports
  return z.object({
    jobId: z.string().check(z.regex(/^\d{1,12}$/)),
    title: z.string().check(z.overwrite((s) => stripInvisibleControls(s).trim()), z.minLength(1), z.maxLength(500)),
  });
}

let schema: ReturnType<typeof build> | null = null;

export type PagePreview = z.infer<ReturnType<typeof build>>;

/** The preview of the posting a loaded amazon.jobs tab shows, or null when its title does not name the job its address does. */
export function pagePreview(tab: TabShown | null): PagePreview | null {
  if (!tab || tab.status !== 'complete' || !tab.url || !tab.title) return null;
  const kind = pageKind(tab.url);
  const named = PAGE_TITLE.exec(tab.title.trim());
  if (kind.page !== 'job' || !named || named[2] !== kind.jobId) return null;
  const checked = (schema ??= build()).safeParse({ jobId: named[2], title: named[1] });
  return checked.success ? checked.data : null;
}
