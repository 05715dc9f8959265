// The tracker as a spreadsheet: one row per application. papaparse does the quoting, and its
// escapeFormulae guards against posting text such as "=HYPERLINK(…)" running as a formula in Excel.
import Papa from 'papaparse';
import { isAmazonJobsUrl } from './amazon-jobs-url';
import type { Application } from './application';
import { localIsoDate } from './calendar-date';
import { STATUS_LABELS } from './status';

export const CSV_COLUMNS = [
  'Job ID',
  'Title',
  'Status',
  'Locations',
  'Team',
  'Category',
  'Saved',
  'Last updated',
  'Next follow-up',
  'Follow-ups sent',
  'Contacts',
  'Notes',
  'Posting closed',
  'Posting changed',
  'URL',
] as const;

// papaparse's built-in pattern (/^[=+\-@\t\r].*$/) misses a cell whose first line is a formula and
// that goes on to a second line; only the first character matters.
const FORMULA_START = /^[=+\-@\t\r]/;

const date = (ms: number | null) => (ms === null ? '' : localIsoDate(ms));

export function applicationsToCsv(applications: readonly Application[]): string {
  const data = applications.map((a) => [
    a.jobId,
    a.posting.title ?? '',
    STATUS_LABELS[a.status],
    a.posting.locations.join('; '),
    a.posting.team ?? '',
    a.posting.category ?? '',
    date(a.savedAt),
    date(a.updatedAt),
    date(a.nextFollowUpAt),
    a.followUpCount,
    a.contacts.map((c) => (c.email ? `${c.name} <${c.email}>`.trim() : c.name)).join('; '),
    a.notes.map((n) => `${localIsoDate(n.at)}: ${n.text}`).join('\n'),
    date(a.closedAt),
    date(a.postingChangedAt),
    isAmazonJobsUrl(a.posting.url) ? a.posting.url : '',
  ]);
  return Papa.unparse({ fields: [...CSV_COLUMNS], data }, { escapeFormulae: FORMULA_START, newline: '\r\n' });
}
