// A job posting page → Posting. Every field is tried by several strategies in order of trust (the page's
// own structure, then structured data, then section headings found by their text, then the URL); the
// first that yields a value wins and is recorded in `provenance`. Nothing here throws: whatever cannot
// be found is named in `missing`.
import { blockText, inlineText } from './dom-text';
import { canonicalPostingUrl, pageKind } from '../core/amazon-jobs-url';
import { stripInvisibleControls } from '../core/page-text';
import type { Posting, PostingField, Strategy } from '../core/posting';
import { buildPosting, type PostingValues } from '../core/build-posting';
import { sectionOfHeading, type SectionKey } from './section-headings';
import { normalizeText, parsePostedDate, splitDescription, splitQualifications } from '../core/section-text';

/** The values read so far; the URL is the one given (canonical when it is a posting's) until a strategy finds it. */
type Draft = Omit<PostingValues, 'notices' | 'closed'> & { url: string };
type Sections = Partial<Record<SectionKey, { text: string; strategy: Strategy; confidence: number }>>;

const CLOSED =
  /no longer available|job is no longer|this job has been filled|position has been filled|no longer accepting applications|page (?:you requested|you['’]re looking for|you are looking for) (?:is )?(?:could not be found|can(?:not|['’]t) be found|doesn['’]t exist|does not exist|not available|no longer available)|page not found/i;
// The page amazon.jobs serves at a removed job's URL: its own "not found" block, or an og:url /
// canonical naming its 404 page instead of the job. Language-independent, unlike the text above.
const NOT_FOUND_PAGE = '#not-found, meta[property="og:url"][content$="/404"], link[rel="canonical"][href$="/404"]';
const TITLE_TAG = /^(.*?)\s*-\s*Job ID:\s*(\d+)\s*\|/i;

/** Extracts a Posting from a parsed job page. Never throws; the result always passes `Posting.parse`. */
export function extractPosting(doc: Document, url: string): Posting {
  const draft: Draft = { url: canonicalPostingUrl(url) ?? url };
  const provenance: Posting['provenance'] = {};
  const notices: string[] = [];
  let closed = false;
  const set = <K extends keyof Draft>(field: K & PostingField, value: Draft[K] | null | undefined, strategy: Strategy, confidence: number): void => {
    // Every value passes here, whichever strategy found it: no bidi control or zero-width character is stored.
    const clean = (typeof value === 'string' ? stripInvisibleControls(value).trim() : Array.isArray(value) ? value.map(stripInvisibleControls) : value) as Draft[K];
    const empty = clean === null || clean === undefined || clean === '' || (Array.isArray(clean) && clean.length === 0);
    if (empty || provenance[field]) return;
    draft[field] = clean;
    provenance[field] = { strategy, confidence };
  };
  // Each step is guarded on its own so a surprise in one layout does not lose what the others found.
  const attempt = (step: () => void): void => {
    try {
      step();
    } catch {
      /* the field stays missing */
    }
  };

  // Queries stay inside the posting (and <head>) when the page marks it: whole-document scans are what
  // cost time on a heavy page.
  let root: ParentNode = doc;
  let head: ParentNode = doc;
  attempt(() => {
    root = doc.querySelector('#job-detail') ?? doc;
    head = doc.head ?? doc;
  });
  attempt(() => fromDom(root, set));
  attempt(() => fromStructuredData(doc, head, set));
  const sections: Sections = {};
  attempt(() => Object.assign(sections, domSections(root)));
  attempt(() => {
    if (!sections.description || !sections.basic || !sections.preferred) {
      for (const [key, found] of Object.entries(headingSections(root)) as [SectionKey, Sections[SectionKey]][]) sections[key] ??= found;
    }
  });
  attempt(() => {
    const d = sections.description;
    if (d) {
      const { description, responsibilities } = splitDescription(d.text);
      set('description', description, d.strategy, d.confidence);
      set('responsibilities', responsibilities, d.strategy, d.confidence);
    }
    for (const [key, field] of [['basic', 'basicQualifications'], ['preferred', 'preferredQualifications']] as const) {
      const s = sections[key];
      if (!s) continue;
      const { items, notices: n } = splitQualifications(s.text);
      set(field, items, s.strategy, s.confidence);
      notices.push(...n);
    }
  });
  let removed = false;
  attempt(() => {
    removed = doc.querySelector(NOT_FOUND_PAGE) !== null;
  });
  attempt(() => {
    // On a removed job's page the meta description is the site's blurb, not the job's.
    if (removed) return;
    const meta = head.querySelector('meta[name="description"]')?.getAttribute('content');
    set('description', meta ? normalizeText(meta) : null, 'structured-data', 0.3);
  });
  attempt(() => fromUrl(doc, head, url, draft, set));
  attempt(() => {
    const main = root === doc ? doc.body : root;
    const probe = `${doc.title ?? ''}\n${inlineText(root.querySelector('h1'))}\n${(main?.textContent ?? '').slice(0, 20000)}`;
    closed = removed || CLOSED.test(probe);
  });

  return buildPosting({ ...draft, notices, closed }, provenance);
}

type Setter = <K extends keyof Draft>(field: K & PostingField, value: Draft[K] | null | undefined, strategy: Strategy, confidence: number) => void;

function fromDom(root: ParentNode, set: Setter): void {
  set('title', inlineText(root.querySelector('h1.title')), 'dom', 1);
  const meta = inlineText(root.querySelector('p.meta'));
  const m = /Job ID:\s*(\d+)\s*(?:\|\s*(.+))?$/i.exec(meta);
  if (m) {
    set('jobId', m[1], 'dom', 1);
    set('company', m[2]?.trim(), 'dom', 1);
  }
  const association = (name: string): Element | null => root.querySelector(`div.association.${name}`);
  const link = (el: Element | null): string => inlineText(el?.querySelector('a') ?? el);
  set('category', link(association('job-category-icon')), 'dom', 1);
  set('team', link(association('team-icon')), 'dom', 1);
  const where = association('location-icon');
  const items = where ? [...where.querySelectorAll('li')].map((li) => inlineText(li)).filter(Boolean) : [];
  set('locations', items.length > 0 ? items : where ? [inlineText(where)] : [], 'dom', 1);
  const dateText = /\b(Posted|Updated):?\s+([A-Z][a-z]+\.? \d{1,2}, \d{4}|\d{1,2} [A-Z][a-z]{2,8},? \d{4})/g;
  for (const d of inlineText(root.querySelector('.header') ?? root.querySelector('h1')?.parentElement).matchAll(dateText)) {
    set(d[1] === 'Updated' ? 'updatedDate' : 'postedDate', parsePostedDate(d[2] ?? ''), 'dom', 0.9);
  }
}

/** The headed blocks in the page's own layout: div.section > h2 + text; older pages' div.section.description. */
function domSections(root: ParentNode): Sections {
  const found: Sections = {};
  for (const section of root.querySelectorAll('div.section')) {
    const heading = section.querySelector('h1, h2, h3, h4');
    const key = heading ? sectionOfHeading(inlineText(heading)) : null;
    if (heading && key && !found[key]) found[key] = { text: blockText(section, { after: heading }), strategy: 'dom', confidence: 1 };
  }
  const old = root.querySelector('div.section.description');
  const oldText = old && !old.querySelector('h1, h2, h3, h4') ? blockText(old).trim() : '';
  if (!found.description && oldText) found.description = { text: oldText, strategy: 'dom', confidence: 0.9 };
  return found;
}

const HEADING_CANDIDATES = 'h1, h2, h3, h4, h5, h6, strong, b, dt, th, div, span, p, label';

/** Sections found by heading text in any element, whatever the classes; each runs to the next heading. */
function headingSections(root: ParentNode): Sections {
  const headings: { el: Element; key: SectionKey }[] = [];
  for (const el of root.querySelectorAll(HEADING_CANDIDATES)) {
    // Big containers cannot be headings; only leaf-ish elements are read (keeps this linear on huge pages).
    if (/^(div|span|p|label)$/i.test(el.localName) && el.childElementCount > 0) continue;
    const key = sectionOfHeading(el.textContent ?? '');
    const last = headings[headings.length - 1];
    if (key && !(last && last.el.contains(el))) headings.push({ el, key });
  }
  const stopAt = new Set(headings.map((h) => h.el));
  const found: Sections = {};
  for (const { el, key } of headings) {
    if (found[key]) continue;
    // The heading's scope is its closest ancestor holding more than the heading itself.
    const own = inlineText(el).length;
    let scope: Element | null = el.parentElement;
    while (scope && inlineText(scope).length <= own) scope = scope.parentElement;
    if (!scope) continue;
    const text = blockText(scope, { after: el, stopAt });
    if (text.trim()) found[key] = { text, strategy: 'headings', confidence: 0.7 };
  }
  return found;
}

function fromStructuredData(doc: Document, head: ParentNode, set: Setter): void {
  // JSON-LD usually sits in <head>; a body copy is looked for only when the head has none.
  let scripts = head.querySelectorAll('script[type="application/ld+json"]');
  if (scripts.length === 0 && head !== doc) scripts = doc.querySelectorAll('script[type="application/ld+json"]');
  for (const script of scripts) {
    let data: unknown;
    try {
      data = JSON.parse(script.textContent ?? '');
    } catch {
      continue;
    }
    const job = findJobPosting(data);
    if (!job) continue;
    const str = (v: unknown): string | null => (typeof v === 'string' && v.trim() ? normalizeText(v) : null);
    const obj = (v: unknown): Record<string, unknown> => (v && typeof v === 'object' ? (v as Record<string, unknown>) : {});
    set('title', str(job.title), 'structured-data', 0.9);
    const id = job.identifier;
    set('jobId', str(typeof id === 'object' ? obj(id).value : id)?.match(/\d+/)?.[0], 'structured-data', 0.9);
    set('company', str(obj(job.hiringOrganization).name), 'structured-data', 0.8);
    set('postedDate', parsePostedDate(str(job.datePosted) ?? ''), 'structured-data', 0.9);
    set('category', str(job.occupationalCategory), 'structured-data', 0.8);
    const places = Array.isArray(job.jobLocation) ? job.jobLocation : [job.jobLocation];
    const locations = places
      .map((p) => obj(obj(p).address))
      .map((a) => [a.addressCountry, a.addressRegion, a.addressLocality].map(str).filter(Boolean).join(', '))
      .filter(Boolean);
    set('locations', locations, 'structured-data', 0.8);
    const html = str(job.description);
    // JSON-LD descriptions are HTML in a string: keep the text, never parse it into the page.
    if (html) set('description', normalizeText(htmlStringToText(html)), 'structured-data', 0.8);
  }
  const og = head.querySelector('meta[property="og:title"]')?.getAttribute('content') ?? '';
  const title = TITLE_TAG.exec(doc.title ?? '') ?? TITLE_TAG.exec(og);
  if (title) {
    set('title', title[1]?.trim(), 'structured-data', 0.7);
    set('jobId', title[2], 'structured-data', 0.7);
  }
}

function findJobPosting(data: unknown): Record<string, unknown> | null {
  const list = Array.isArray(data) ? data : [data];
  for (const item of list) {
    if (!item || typeof item !== 'object') continue;
    const rec = item as Record<string, unknown>;
    if (rec['@type'] === 'JobPosting') return rec;
    if (rec['@graph']) {
      const inner = findJobPosting(rec['@graph']);
      if (inner) return inner;
    }
  }
  return null;
}

const ENTITIES: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'", nbsp: ' ', '#39': "'" };

function htmlStringToText(html: string): string {
  return html
    .replace(/<br\s*\/?>/gi, '\n')
    .replace(/<\/(p|div|li|h\d)>/gi, '\n')
    .replace(/<li[^>]*>/gi, '• ')
    .replace(/<[^>]*>/g, '')
    .replace(/&(amp|lt|gt|quot|apos|nbsp|#39);/g, (_, e: string) => ENTITIES[e] ?? '');
}

function fromUrl(doc: Document, head: ParentNode, url: string, draft: Draft, set: Setter): void {
  const own: (string | null | undefined)[] = [url];
  try {
    own.push(head.querySelector('meta[property="og:url"]')?.getAttribute('content'));
    own.push(head.querySelector('link[rel="canonical"]')?.getAttribute('href'));
  } catch {
    /* the given URL alone */
  }
  for (const candidate of own) {
    const kind = candidate ? pageKind(candidate) : null;
    if (kind?.page !== 'job') continue;
    if (candidate !== url && draft.jobId && kind.jobId !== draft.jobId) continue; // og:url of another job
    set('jobId', kind.jobId, 'url', candidate === url ? 0.9 : 0.8);
    set('locale', kind.locale, 'url', 1);
    const canonical = canonicalPostingUrl(candidate ?? '');
    if (canonical && pageKind(draft.url).page !== 'job') draft.url = canonical;
    set('url', draft.url, 'url', 1);
  }
  const lang = doc.documentElement?.getAttribute('lang');
  set('locale', lang ? lang.toLowerCase() : null, 'dom', 0.6);
}
