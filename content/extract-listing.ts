// A search/listing page → its job cards. Three layouts: the 2025 search tiles (div.job[data-job-id]), the
// older tiles (p.location-and-id), and the 2025 job-category pages whose class names are generated
// (job-card-module_root__…), which are found by class prefix and by their links to /jobs/<id>.
import { inlineText, labelText } from './dom-text';
import { canonicalPostingUrl, isDigits, pageKind } from '../core/amazon-jobs-url';
import type { JobCard, Listing } from '../core/posting';
import { parsePostedDate } from '../core/section-text';

const BASE = 'https://www.amazon.jobs/';

function absolute(href: string | null | undefined): string | null {
  if (!href) return null;
  try {
    return new URL(href, BASE).href;
  } catch {
    return null;
  }
}

function jobLink(root: Element): { jobId: string; url: string; el: Element } | null {
  for (const a of root.querySelectorAll('a[href]')) {
    const href = absolute(a.getAttribute('href'));
    const kind = href ? pageKind(href) : null;
    if (href && kind?.page === 'job') return { jobId: kind.jobId, url: canonicalPostingUrl(href) ?? href, el: a };
  }
  return null;
}

// "Luxembourg, LUX | Job ID: 3038134": the locations are what is neither the separator nor the ID.
function locationsOf(card: Element): string[] {
  const box = card.querySelector('.location-and-id');
  if (!box) return [];
  const items = [...box.querySelectorAll('li')].map((li) => inlineText(li));
  const parts = items.length > 0 ? items : inlineText(box).split('|').map((s) => s.trim());
  const places = parts.filter((s) => s && s !== '|' && !/^Job ID/i.test(s));
  return places;
}

function dateOf(card: Element): string | null {
  const el = card.querySelector('.posting-date, [class*="posting-date"], time');
  const fromEl = el ? parsePostedDate(el.getAttribute('datetime') ?? inlineText(el)) : null;
  if (fromEl) return fromEl;
  const m = /Posted:?\s+([A-Z][a-z]+\.? \d{1,2}, \d{4}|\d{1,2} [A-Z][a-z]{2,8},? \d{4})/.exec(inlineText(card));
  return m?.[1] ? parsePostedDate(m[1]) : null;
}

/** A job card found on the page without reading it: its job ID, its element, and how to read the rest. */
export interface FoundCard {
  jobId: string;
  el: Element;
  /** The card's title as the page shows it (one element's text), for a label. */
  title(): string | null;
  /** Everything the card shows (links, locations, posted date): read when something needs it. */
  read(): JobCard;
}

// 2025 search tiles and older tiles: data-job-id, else the first link to a posting.
function searchTile(card: Element): FoundCard | null {
  const link = card.hasAttribute('data-job-id') ? undefined : jobLink(card);
  const jobId = card.getAttribute('data-job-id') ?? link?.jobId;
  // A character test, not a regular expression: the badges find cards while the page loads (content/dom-text.ts, labelText).
  if (!jobId || !isDigits(jobId)) return null;
  const title = () => labelText(card.querySelector('.job-title') ?? card.querySelector('.job-title a, a.job-link') ?? (link ?? jobLink(card))?.el) || null;
  return {
    jobId,
    el: card,
    title,
    read() {
      const found = link === undefined ? jobLink(card) : link;
      return {
        jobId,
        title: title(),
        url: found?.url ?? `${BASE}en/jobs/${jobId}`,
        locations: locationsOf(card),
        postedDate: dateOf(card),
      };
    },
  };
}

// Generated class names: the title and location sit in "…title…" / "metadatum-module_text…" elements.
function moduleCard(card: Element): FoundCard | null {
  const link = jobLink(card);
  if (!link) return null;
  const title = () => labelText(card.querySelector('[class*="title"], h2, h3, h4') ?? link.el) || null;
  return {
    jobId: link.jobId,
    el: card,
    title,
    read() {
      const meta = [...card.querySelectorAll('[class^="metadatum-module_text"], [class*=" metadatum-module_text"]')]
        .map((el) => inlineText(el))
        .filter((s) => s && !/^(Job ID|Posted|Updated)/i.test(s) && !parsePostedDate(s));
      return { jobId: link.jobId, title: title(), url: link.url, locations: meta.slice(0, 1), postedDate: dateOf(card) };
    },
  };
}

/**
 * The job cards on a listing page, found but not read (the listing badges need only the IDs and
 * titles; extractListing reads them all). Never throws; page order, one per job ID.
 */
export function findCards(doc: Document): FoundCard[] {
  const cards: FoundCard[] = [];
  const seen = new Set<string>();
  const add = (card: FoundCard | null): void => {
    if (card && !seen.has(card.jobId)) {
      seen.add(card.jobId);
      cards.push(card);
    }
  };
  const attempt = (step: () => void): void => {
    try {
      step();
    } catch {
      /* keep the cards found so far */
    }
  };
  attempt(() => doc.querySelectorAll('div.job[data-job-id], .job-tile .job, div.job').forEach((el) => add(searchTile(el))));
  attempt(() =>
    doc
      .querySelectorAll('[class^="job-card-module_root"], [class*=" job-card-module_root"]')
      .forEach((el) => add(moduleCard(el))),
  );
  return cards;
}

/** Extracts the job cards on a listing page. Never throws; a page without cards gives `cards: []`. */
export function extractListing(doc: Document, url: string): Listing {
  const cards: JobCard[] = [];
  for (const found of findCards(doc)) {
    try {
      cards.push(found.read());
    } catch {
      /* keep the cards read so far */
    }
  }
  return { url, cards };
}
