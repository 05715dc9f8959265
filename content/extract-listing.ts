// A search/listing page → its job cards. Three layouts: the 2025 search tiles (div.job[data-job-id]), the
// older tiles (p.location-and-id), and the 2025 job-category pages whose class names are generated
// (job-card-module_root__…), which are found by class prefix and by their links to /jobs/<id>.
import { inlineText } from './dom-text';
import { canonicalPostingUrl, pageKind } from '../core/amazon-jobs-url';
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

function searchTile(card: Element): JobCard | null {
  const link = jobLink(card);
  const jobId = card.getAttribute('data-job-id') ?? link?.jobId;
  if (!jobId || !/^\d+$/.test(jobId)) return null;
  const titleLink = card.querySelector('.job-title a, a.job-link') ?? link?.el ?? null;
  return {
    jobId,
    title: inlineText(card.querySelector('.job-title') ?? titleLink) || null,
    url: link?.url ?? `${BASE}en/jobs/${jobId}`,
    locations: locationsOf(card),
    postedDate: dateOf(card),
  };
}

// Generated class names: the title and location sit in "…title…" / "metadatum-module_text…" elements.
function moduleCard(card: Element): JobCard | null {
  const link = jobLink(card);
  if (!link) return null;
  const title = card.querySelector('[class*="title"], h2, h3, h4') ?? link.el;
  const meta = [...card.querySelectorAll('[class^="metadatum-module_text"], [class*=" metadatum-module_text"]')]
    .map((el) => inlineText(el))
    .filter((s) => s && !/^(Job ID|Posted|Updated)/i.test(s) && !parsePostedDate(s));
  return { jobId: link.jobId, title: inlineText(title) || null, url: link.url, locations: meta.slice(0, 1), postedDate: dateOf(card) };
}

/** Extracts the job cards on a listing page. Never throws; a page without cards gives `cards: []`. */
export function extractListing(doc: Document, url: string): Listing {
  const cards: JobCard[] = [];
  const seen = new Set<string>();
  const add = (card: JobCard | null): void => {
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
  return { url, cards };
}
