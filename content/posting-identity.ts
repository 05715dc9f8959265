// Which posting a job page shows, read without extracting it: a few element lookups and one short
// regex. Enough to tell that the DOM is the URL's job (after a client-side navigation the old job's
// DOM stays a moment) and to label the save control; the whole posting (extract-posting.ts) is read
// only when something needs it: the popup, a click on Save, or a job the user tracks.
import { isAsciiDigit } from '../core/amazon-jobs-url';
import { isWhitespace } from '../core/whitespace';
import { labelText } from './dom-text';

export interface PostingIdentity {
  /** The job ID the page states ("Job ID: 3038134" under the title, or in the document title); null when it states none. */
  statedJobId: string | null;
  /** The posting's h1, null when there is none (a removed job's page). */
  title: string | null;
  /** The posting's whole text (#job-detail, else the body): two postings with one title differ here. */
  text: string;
}

/** #not-found: amazon.jobs' page for a removed job (no h1), which must still reach a saved job as "closed". */
const RENDERED = '#job-detail, h1, #not-found';

/**
 * The digits after the first "Job ID:" (in any case) that has some, white space allowed between:
 * what /Job ID:\s*(\d+)/i finds, read without a regular expression (this runs while the page loads,
 * where a first regular expression costs about 0.5 ms; see labelText in content/dom-text.ts).
 */
export function statedJobIdIn(text: string): string | null {
  for (let at = 0; at + LABEL.length <= text.length; at++) {
    if (!labelAt(text, at)) continue;
    let i = at + LABEL.length;
    while (i < text.length && isWhitespace(text.charCodeAt(i))) i++;
    const digits = i;
    while (i < text.length && isAsciiDigit(text.charCodeAt(i))) i++;
    if (i > digits) return text.slice(digits, i);
  }
  return null;
}

const LABEL = 'job id:';
/** LABEL at `at`, its letters in either case (ASCII only, as /i without /u folds them). */
function labelAt(text: string, at: number): boolean {
  for (let k = 0; k < LABEL.length; k++) {
    const want = LABEL.charCodeAt(k);
    const got = text.charCodeAt(at + k);
    if (got !== want && !(want >= 97 && want <= 122 && got === want - 32)) return false;
  }
  return true;
}

/** The identity of the posting on the page, or null while nothing of it has rendered. */
export function readPostingIdentity(doc: Document): PostingIdentity | null {
  if (doc.querySelector(RENDERED) === null) return null;
  const root = doc.querySelector('#job-detail') ?? doc.body;
  const stated = statedJobIdIn(root?.querySelector('p.meta')?.textContent ?? '') ?? statedJobIdIn(doc.title ?? '');
  return { statedJobId: stated, title: labelText(root?.querySelector('h1')) || null, text: root?.textContent ?? '' };
}
