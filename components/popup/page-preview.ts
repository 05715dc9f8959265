// A posting's title and job ID from its tab (./tab-title.ts), for the popup to draw while the tab's
// content script reads the whole posting, checked like the page's answer (Zod at the boundary).
import * as z from 'zod/mini';
import { stripInvisibleControls } from '../../core/page-text';
import { MAX_TITLE, postingFromTabTitle, type TabShown, type TitledPosting } from './tab-title';

function build() {
  z.config({ jitless: true }); // as shown-report.ts: no `new Function` probe, which the CSP reports
  return z.object({
    jobId: z.string().check(z.regex(/^\d{1,12}$/)),
    title: z.string().check(z.overwrite((s) => stripInvisibleControls(s).trim()), z.minLength(1), z.maxLength(MAX_TITLE)),
  });
}

let schema: ReturnType<typeof build> | null = null;

export type PagePreview = z.infer<ReturnType<typeof build>>;

/** The fields checked, or null: for a preview popup-ask.js has already drawn from the tab's title. */
export function checkedPreview(fields: TitledPosting | null | undefined): PagePreview | null {
  if (!fields) return null;
  const checked = (schema ??= build()).safeParse(fields);
  return checked.success ? checked.data : null;
}

/** The preview of the posting a loaded amazon.jobs tab shows, or null when its title does not name the job its address does. */
export function pagePreview(tab: TabShown | null): PagePreview | null {
  return checkedPreview(postingFromTabTitle(tab));
}
