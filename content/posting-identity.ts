// Which posting a job page shows, read without extracting it: a few element lookups and one short
// regex. Enough to tell that the DOM is the URL's job (after a client-side navigation the old job's
// DOM stays a moment) and to label the save control; the whole posting (extract-posting.ts) is read
// only when something needs it: the popup, a click on Save, or a job the user tracks.
import { inlineText } from './dom-text';

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
const STATED_ID = /Job ID:\s*(\d+)/i;

/** The identity of the posting on the page, or null while nothing of it has rendered. */
export function readPostingIdentity(doc: Document): PostingIdentity | null {
  if (doc.querySelector(RENDERED) === null) return null;
  const root = doc.querySelector('#job-detail') ?? doc.body;
  const stated = STATED_ID.exec(root?.querySelector('p.meta')?.textContent ?? '') ?? STATED_ID.exec(doc.title ?? '');
  return { statedJobId: stated?.[1] ?? null, title: inlineText(root?.querySelector('h1')) || null, text: root?.textContent ?? '' };
}
