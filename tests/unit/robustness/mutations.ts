// Mutation generator for the robustness suite: from one real or reconstructed amazon.jobs page, the
// ways a redesign, a localised site, a broken render or a hostile page could change it. Everything is
// generated in memory from the fixtures (no files written) and is deterministic: the only randomness
// is a seeded PRNG, so a failing case is reproduced by its name.
//
// Each mutation works on a freshly parsed Document and says what it did to the posting's fields:
// - `removed`:  fields whose every source on the page the mutation deleted: must be named in `missing`;
// - `mayLose`:  fields whose *marker* (class, id) was deleted while the text stays: the extractor may
//               still find them by another strategy, but then with the same value;
// - `changed`:  fields whose value the mutation itself changed (not compared; `check` says what holds);
// every other field must come out exactly as on the unmutated page.
import { readFileSync } from 'node:fs';
import type { Posting, PostingField } from '../../../core/posting';

export interface Mutation {
  kind: string;
  /** Unique within a source, e.g. "rename-heading:ja". */
  name: string;
  /** Mutates `doc` in place; returns false when the page has nothing this mutation applies to. */
  apply(doc: Document, rng: () => number): boolean;
  removed?: PostingField[];
  mayLose?: PostingField[];
  changed?: PostingField[];
  /** The mutated page says the job is gone: `closed` must be true whatever the unmutated page said. */
  closes?: boolean;
  /** Extra assertions; returns problems (empty = fine). */
  check?(mutated: Posting, base: Posting): string[];
}

/** mulberry32: tiny, fast, good enough for picking permutations. */
export function seededRandom(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** A stable 32-bit hash of a string (FNV-1a), to derive per-case seeds from names. */
export function hashSeed(s: string): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < s.length; i++) {
    h ^= s.charCodeAt(i);
    h = Math.imul(h, 0x01000193);
  }
  return h >>> 0;
}

function shuffle<T>(items: T[], rng: () => number): T[] {
  const out = [...items];
  for (let i = out.length - 1; i > 0; i--) {
    const j = Math.floor(rng() * (i + 1));
    [out[i], out[j]] = [out[j]!, out[i]!];
  }
  return out;
}

type SectionName = 'DESCRIPTION' | 'BASIC QUALIFICATIONS' | 'PREFERRED QUALIFICATIONS';
const SECTION_NAMES: SectionName[] = ['DESCRIPTION', 'BASIC QUALIFICATIONS', 'PREFERRED QUALIFICATIONS'];
const SECTION_FIELDS: Record<SectionName, PostingField[]> = {
  DESCRIPTION: ['description', 'responsibilities'],
  'BASIC QUALIFICATIONS': ['basicQualifications'],
  'PREFERRED QUALIFICATIONS': ['preferredQualifications'],
};

/** The page's headed sections: div.section elements whose h2 names one of the three. */
function headedSections(doc: Document): { name: SectionName; section: Element; heading: Element }[] {
  const out: { name: SectionName; section: Element; heading: Element }[] = [];
  for (const section of doc.querySelectorAll('div.section')) {
    const heading = section.querySelector('h2');
    const text = (heading?.textContent ?? '').trim().toUpperCase() as SectionName;
    if (heading && SECTION_NAMES.includes(text)) out.push({ name: text, section, heading });
  }
  return out;
}

function sectionNamed(doc: Document, name: SectionName): { section: Element; heading: Element } | null {
  return headedSections(doc).find((s) => s.name === name) ?? null;
}

function removeAll(doc: Document, selector: string): boolean {
  const found = [...doc.querySelectorAll(selector)];
  found.forEach((el) => el.remove());
  return found.length > 0;
}

// The labels amazon.jobs prints on its localised sites (content/section-headings.ts lists them all).
const LOCALISED: Record<string, Record<SectionName, string>> = {
  de: { DESCRIPTION: 'BESCHREIBUNG', 'BASIC QUALIFICATIONS': 'GRUNDQUALIFIKATIONEN', 'PREFERRED QUALIFICATIONS': 'BEVORZUGTE QUALIFIKATIONEN' },
  ja: { DESCRIPTION: '職務内容', 'BASIC QUALIFICATIONS': '必須要件', 'PREFERRED QUALIFICATIONS': '歓迎要件' },
  zh: { DESCRIPTION: '职位描述', 'BASIC QUALIFICATIONS': '基本资格', 'PREFERRED QUALIFICATIONS': '优先资格' },
  fr: { DESCRIPTION: 'DESCRIPTION DU POSTE', 'BASIC QUALIFICATIONS': 'QUALIFICATIONS DE BASE', 'PREFERRED QUALIFICATIONS': 'QUALIFICATIONS PRÉFÉRÉES' },
  es: { DESCRIPTION: 'DESCRIPCIÓN', 'BASIC QUALIFICATIONS': 'REQUISITOS BÁSICOS', 'PREFERRED QUALIFICATIONS': 'REQUISITOS PREFERIDOS' },
};

const CLASS_MARKED: PostingField[] = ['company', 'category', 'team', 'locations', 'postedDate', 'updatedDate'];
const PAGE_ONLY: PostingField[] = [
  'company', 'category', 'team', 'locations', 'postedDate', 'updatedDate',
  'description', 'responsibilities', 'basicQualifications', 'preferredQualifications',
];

/** Several MB of unrelated page furniture (navigation rows, links), as a huge page carries. */
function filler(doc: Document, targetChars: number): Element {
  const box = doc.createElement('div');
  box.setAttribute('class', 'site-footer');
  const row = 'Browse jobs by team, location and category. Life at Amazon. Working here. Benefits. ';
  let size = 0;
  for (let i = 0; size < targetChars; i++) {
    const p = doc.createElement('p');
    const a = doc.createElement('a');
    a.setAttribute('href', `/en/teams/team-${i}`);
    a.textContent = `Team ${i}`;
    p.append(a, doc.createTextNode(` ${row.repeat(20)}`));
    box.append(p);
    size += row.length * 20 + 10;
  }
  return box;
}

const HOSTILE_TEXT = '<img src=x onerror=alert(1)> <script>alert("x")</script> &amp; </p></div>';
const HOSTILE_ITEM = '<b>Experience</b> with <script>alert(2)</script> & HTML';

// Invisible characters a hostile page can put in its text: bidi embeddings, overrides and isolates,
// and zero-width ones. None may reach what is stored.
const INVISIBLE = ['\u202a', '\u202b', '\u202c', '\u202d', '\u202e', '\u2066', '\u2067', '\u2068', '\u2069', '\u200b', '\u2060', '\ufeff'];

/** Puts invisible controls at the start, the end and a random place of every text node under `root`. */
function sprinkleInvisible(doc: Document, root: Node, rng: () => number): number {
  const walker = doc.createTreeWalker(root, 4 /* NodeFilter.SHOW_TEXT */);
  const nodes: Text[] = [];
  for (let n = walker.nextNode(); n; n = walker.nextNode()) if ((n.nodeValue ?? '').trim()) nodes.push(n as Text);
  const pick = () => INVISIBLE[Math.floor(rng() * INVISIBLE.length)]!;
  for (const n of nodes) {
    const v = n.nodeValue ?? '';
    // Between two characters of a word, never inside a run of spaces (where it would join two words).
    const at = Math.floor(rng() * v.length);
    const mid = /\S/.test(v[at] ?? '') && /\S/.test(v[at - 1] ?? '') ? at : 0;
    n.nodeValue = `${pick()}${v.slice(0, mid)}${mid > 0 ? pick() : ''}${v.slice(mid)}${pick()}`;
  }
  return nodes.length;
}

function hasInvisible(values: unknown[]): string[] {
  return values
    .flatMap((v) => (typeof v === 'string' ? [v] : Array.isArray(v) ? v : []))
    .filter((v): v is string => typeof v === 'string' && INVISIBLE.some((c) => v.includes(c)))
    .map((v) => `invisible control kept in ${JSON.stringify(v.slice(0, 60))}`);
}

// The real page amazon.jobs served in 2026 at a removed job's URL, read in place (never copied).
// Changes that read the same on a posting and on a listing page (both lists use them).

/** 3 MB of page furniture before and after everything else. */
function addFurniture(doc: Document): boolean {
  if (!doc.body) return false;
  doc.body.prepend(filler(doc, 1_500_000));
  doc.body.append(filler(doc, 1_500_000));
  return true;
}

/** A body rendered empty. */
function emptyBody(doc: Document): boolean {
  if (!doc.body || doc.body.childNodes.length === 0) return false;
  doc.body.replaceChildren();
  return true;
}

/** Overrides, isolates and zero-width characters in every text node. */
function sprinkleEverywhere(doc: Document, rng: () => number): boolean {
  return sprinkleInvisible(doc, doc.documentElement, rng) > 0;
}

const REMOVED_JOB_PAGE = new URL('../../../../shared/fixtures/external/html/hanegbi__jobfit__amazon.html', import.meta.url);

export const POSTING_MUTATIONS: Mutation[] = [
  // --- sections removed -------------------------------------------------------------------------
  ...SECTION_NAMES.map(
    (name): Mutation => ({
      kind: 'remove-section',
      name: `remove-section:${name.toLowerCase().replace(' ', '-')}`,
      apply: (doc) => {
        const s = sectionNamed(doc, name);
        if (!s) return false;
        s.section.remove();
        // The description's other sources (meta description) go with it: the field is gone.
        if (name === 'DESCRIPTION') removeAll(doc, 'meta[name="description"], div.section.description');
        return true;
      },
      removed: SECTION_FIELDS[name],
    }),
  ),
  {
    kind: 'remove-section',
    name: 'remove-section:all-three',
    apply: (doc) => {
      const all = headedSections(doc);
      all.forEach((s) => s.section.remove());
      removeAll(doc, 'meta[name="description"], div.section.description');
      return all.length > 0;
    },
    removed: ['description', 'responsibilities', 'basicQualifications', 'preferredQualifications'],
  },
  {
    kind: 'remove-section',
    name: 'remove-section:header',
    // Title and ID still in <title>/og:url; the legal entity was only in p.meta.
    apply: (doc) => removeAll(doc, 'h1.title, p.meta'),
    removed: ['company'],
    mayLose: ['title', 'postedDate', 'updatedDate'],
  },
  {
    kind: 'remove-section',
    name: 'remove-section:associations',
    apply: (doc) => removeAll(doc, 'div.association'),
    removed: ['category', 'team', 'locations'],
  },

  // --- headings renamed or localised ------------------------------------------------------------
  ...Object.entries(LOCALISED).map(
    ([lang, labels]): Mutation => ({
      kind: 'rename-heading',
      name: `rename-heading:${lang}`,
      apply: (doc) => {
        const all = headedSections(doc);
        for (const s of all) s.heading.textContent = labels[s.name];
        doc.documentElement.setAttribute('lang', lang);
        return all.length > 0;
      },
    }),
  ),
  {
    kind: 'rename-heading',
    name: 'rename-heading:title-case-colon',
    apply: (doc) => {
      const all = headedSections(doc);
      for (const s of all) s.heading.textContent = `${s.name.charAt(0)}${s.name.slice(1).toLowerCase()}:`;
      return all.length > 0;
    },
  },
  {
    kind: 'rename-heading',
    // A heading LoopReady does not know: the section is no longer recognisable, so its field is missing.
    name: 'rename-heading:unknown-basic',
    apply: (doc) => {
      const s = sectionNamed(doc, 'BASIC QUALIFICATIONS');
      if (!s) return false;
      s.heading.textContent = 'WHAT YOU BRING';
      return true;
    },
    removed: ['basicQualifications'],
  },
  {
    kind: 'rename-heading',
    name: 'rename-heading:strong-in-div-ja',
    // The Japanese site's layout: <div><strong>label</strong></div> instead of <h2>, no section class.
    apply: (doc) => {
      const all = headedSections(doc);
      for (const s of all) {
        const box = doc.createElement('div');
        const strong = doc.createElement('strong');
        strong.textContent = LOCALISED.ja![s.name];
        box.append(strong);
        s.heading.replaceWith(box);
        s.section.setAttribute('class', 'block');
      }
      return all.length > 0;
    },
  },

  // --- classes renamed or stripped ----------------------------------------------------------------
  {
    kind: 'classes',
    name: 'classes:renamed',
    apply: (doc) => {
      let changed = false;
      for (const el of doc.querySelectorAll('[class], [id]')) {
        const cls = el.getAttribute('class');
        if (cls) el.setAttribute('class', cls.split(/\s+/).map((c) => `r25-${c}`).join(' '));
        const id = el.getAttribute('id');
        if (id) el.setAttribute('id', `r25-${id}`);
        changed = true;
      }
      return changed;
    },
    mayLose: [...CLASS_MARKED, 'title'],
  },
  {
    kind: 'classes',
    name: 'classes:stripped',
    apply: (doc) => {
      let changed = false;
      for (const el of doc.querySelectorAll('[class], [id]')) {
        el.removeAttribute('class');
        el.removeAttribute('id');
        changed = true;
      }
      return changed;
    },
    mayLose: [...CLASS_MARKED, 'title'],
  },
  {
    kind: 'classes',
    name: 'classes:generated-module-names',
    apply: (doc) => {
      let changed = false;
      for (const el of doc.querySelectorAll('[class]')) {
        const cls = el.getAttribute('class') ?? '';
        el.setAttribute('class', cls.split(/\s+/).map((c, i) => `${c.replace(/-/g, '_')}-module_root__${(i * 7919).toString(36)}Xq`).join(' '));
        changed = true;
      }
      return changed;
    },
    mayLose: [...CLASS_MARKED, 'title'],
  },

  // --- elements re-wrapped or reordered -----------------------------------------------------------
  {
    kind: 'rewrap',
    name: 'rewrap:section-children',
    apply: (doc) => {
      const all = headedSections(doc);
      for (const { section, heading } of all) {
        const head = doc.createElement('div');
        head.setAttribute('class', 'section-head');
        heading.replaceWith(head);
        head.append(heading);
        const body = doc.createElement('div');
        const inner = doc.createElement('section');
        body.append(inner);
        for (const p of [...section.querySelectorAll(':scope > p')]) inner.append(p);
        section.append(body);
      }
      return all.length > 0;
    },
  },
  {
    kind: 'rewrap',
    name: 'rewrap:content-in-main-article',
    apply: (doc) => {
      const content = doc.querySelector('div.content');
      if (!content) return false;
      const main = doc.createElement('main');
      const article = doc.createElement('article');
      main.append(article);
      for (const child of [...content.childNodes]) article.append(child);
      content.append(main);
      return true;
    },
  },
  {
    kind: 'rewrap',
    name: 'rewrap:lines-in-spans',
    // Every text line of every section becomes its own inline <span> (a re-rendering framework's habit).
    apply: (doc) => {
      const all = headedSections(doc);
      for (const { section } of all) {
        for (const p of section.querySelectorAll('p')) {
          for (const node of [...p.childNodes]) {
            if (node.nodeType !== 3) continue;
            const span = doc.createElement('span');
            node.replaceWith(span);
            span.append(node);
          }
        }
      }
      return all.length > 0;
    },
  },
  {
    kind: 'reorder',
    name: 'reorder:sections',
    apply: (doc, rng) => {
      const all = headedSections(doc);
      if (all.length < 2) return false;
      const parent = all[0]!.section.parentElement!;
      let order = shuffle(all, rng);
      // A shuffle that happens to keep the order is rotated instead: this mutation must change something.
      if (order.every((s, i) => s === all[i])) order = [...all.slice(1), all[0]!];
      for (const s of order) parent.append(s.section);
      return true;
    },
  },
  {
    kind: 'reorder',
    name: 'reorder:side-column-first',
    apply: (doc) => {
      const side = doc.querySelector('div.associations')?.closest('div[class*="col-"]');
      const row = side?.parentElement;
      if (!side || !row) return false;
      row.prepend(side);
      return true;
    },
  },
  {
    kind: 'reorder',
    name: 'reorder:duplicate-section-after',
    // A template bug renders DESCRIPTION twice (the second one later on the page): the first counts.
    apply: (doc) => {
      const s = sectionNamed(doc, 'DESCRIPTION');
      if (!s) return false;
      s.section.parentElement!.append(s.section.cloneNode(true));
      return true;
    },
  },

  // --- huge pages ---------------------------------------------------------------------------------
  {
    kind: 'huge',
    name: 'huge:3mb-furniture',
    apply: addFurniture,
  },
  {
    kind: 'huge',
    name: 'huge:description-doubled-to-mb',
    // The description's text doubled again and again until it is several MB.
    apply: (doc) => {
      const p = sectionNamed(doc, 'DESCRIPTION')?.section.querySelector('p');
      if (!p) return false;
      while ((p.textContent ?? '').length < 2_000_000) {
        const copy = [...p.childNodes].map((n) => n.cloneNode(true));
        p.append(doc.createElement('br'), doc.createElement('br'), ...copy);
      }
      return true;
    },
    changed: ['description', 'responsibilities'],
    check: (m, base) => {
      const problems: string[] = [];
      if (!m.description || m.description.length < 1_000_000) problems.push(`description is ${m.description?.length ?? 0} chars, expected the doubled MBs`);
      if (base.description && !m.description?.startsWith(base.description)) problems.push('description no longer starts with the original text');
      if (base.responsibilities.length > 0 && base.responsibilities.some((r, i) => m.responsibilities[i] !== r)) problems.push('first responsibilities differ');
      return problems;
    },
  },

  // --- empty pages --------------------------------------------------------------------------------
  {
    kind: 'empty',
    name: 'empty:body',
    apply: emptyBody,
    removed: PAGE_ONLY,
    mayLose: ['title'], // the <title> in the head still names it
  },
  {
    kind: 'empty',
    name: 'empty:whole-document',
    apply: (doc) => {
      doc.documentElement.replaceChildren();
      return true;
    },
    removed: [...PAGE_ONLY, 'title'],
    // The ID and locale come from the URL, which the page cannot take away.
  },

  // --- stray scripts and HTML-looking text --------------------------------------------------------
  {
    kind: 'stray-script',
    name: 'stray-script:elements',
    // <script>/<style>/<noscript> inside and between sections, whose text even reads like a heading.
    apply: (doc) => {
      const all = headedSections(doc);
      for (const { section } of all) {
        const script = doc.createElement('script');
        script.textContent = 'document.write("BASIC QUALIFICATIONS"); window.pwned = "DESCRIPTION";';
        const style = doc.createElement('style');
        style.textContent = '.x::before { content: "PREFERRED QUALIFICATIONS" }';
        const noscript = doc.createElement('noscript');
        noscript.textContent = 'Enable JavaScript';
        section.querySelector('p')?.prepend(script, style);
        section.after(noscript);
        const stray = doc.createElement('script');
        stray.textContent = '- Experience with injected scripts';
        section.querySelector('p')?.append(stray);
      }
      return all.length > 0;
    },
  },
  {
    kind: 'stray-script',
    name: 'stray-script:html-looking-text',
    // Escaped markup in the text is text: it must come out literally, never as elements.
    apply: (doc) => {
      const desc = sectionNamed(doc, 'DESCRIPTION')?.section.querySelector('p');
      const basic = sectionNamed(doc, 'BASIC QUALIFICATIONS')?.section.querySelector('p');
      if (!desc || !basic) return false;
      desc.prepend(doc.createTextNode(HOSTILE_TEXT), doc.createElement('br'), doc.createElement('br'));
      basic.prepend(doc.createTextNode(`- ${HOSTILE_ITEM}`), doc.createElement('br'));
      return true;
    },
    changed: ['description', 'basicQualifications'],
    check: (m, base) => {
      const problems: string[] = [];
      const first = m.description?.split('\n')[0];
      if (first !== HOSTILE_TEXT) problems.push(`description's first line is ${JSON.stringify(first)}`);
      if (base.description && !m.description?.endsWith(base.description)) problems.push('the original description does not follow');
      if (JSON.stringify(m.basicQualifications) !== JSON.stringify([HOSTILE_ITEM, ...base.basicQualifications])) {
        problems.push(`basicQualifications: ${JSON.stringify(m.basicQualifications.slice(0, 2))}`);
      }
      return problems;
    },
  },

  // --- hostile pages ------------------------------------------------------------------------------
  {
    kind: 'hostile',
    name: 'hostile:bidi-and-zero-width-in-every-text',
    // A company name starting with U+202E reversed our own labels in the popup (issue 11): every text
    // node of the page gets overrides, isolates and zero-width characters; every field must read as
    // on the clean page.
    apply: sprinkleEverywhere,
    check: (m) => hasInvisible(Object.values(m)),
  },
  {
    kind: 'hostile',
    name: 'hostile:removed-job-page',
    // The job was removed: its URL now serves amazon.jobs' "not available anymore" page.
    apply: (doc) => {
      const removed = readFileSync(REMOVED_JOB_PAGE, 'utf8');
      const head = /<head[^>]*>([\s\S]*?)<\/head>/i.exec(removed)?.[1] ?? '';
      const body = /<body[^>]*>([\s\S]*?)<\/body>/i.exec(removed)?.[1] ?? '';
      doc.documentElement.replaceChildren();
      const h = doc.createElement('head');
      const b = doc.createElement('body');
      h.innerHTML = head;
      b.innerHTML = body;
      doc.documentElement.append(h, b);
      return true;
    },
    removed: [...PAGE_ONLY, 'title'],
    closes: true,
  },
];

/** The same kinds of change for a listing page; a listing has no `missing`, so `lostCards` says whether cards may go. */
export interface ListingMutation {
  kind: string;
  name: string;
  apply(doc: Document, rng: () => number): boolean;
  /** Cards whose markers were removed: every card may be lost, but a card found must be unchanged. */
  mayLoseCards?: boolean;
  /** The mutation removed every card. */
  removesCards?: boolean;
}

export const LISTING_MUTATIONS: ListingMutation[] = [
  {
    kind: 'remove-section',
    name: 'remove-section:every-other-card',
    apply: (doc) => {
      const tiles = [...doc.querySelectorAll('div.job-tile')];
      tiles.filter((_, i) => i % 2 === 1).forEach((t) => t.remove());
      return tiles.length > 1;
    },
  },
  {
    kind: 'classes',
    name: 'classes:stripped',
    apply: (doc) => {
      const els = [...doc.querySelectorAll('[class]')];
      els.forEach((el) => el.removeAttribute('class'));
      return els.length > 0;
    },
    mayLoseCards: true,
  },
  {
    kind: 'classes',
    name: 'classes:renamed',
    apply: (doc) => {
      const els = [...doc.querySelectorAll('[class]')];
      els.forEach((el) => el.setAttribute('class', `r25-${el.getAttribute('class') ?? ''}`));
      return els.length > 0;
    },
    mayLoseCards: true,
  },
  {
    kind: 'rewrap',
    name: 'rewrap:cards-in-list-items',
    apply: (doc) => {
      const tiles = [...doc.querySelectorAll('div.job-tile')];
      for (const t of tiles) {
        const li = doc.createElement('li');
        const ul = doc.createElement('ul');
        t.replaceWith(ul);
        ul.append(li);
        li.append(t);
      }
      return tiles.length > 0;
    },
  },
  {
    kind: 'reorder',
    name: 'reorder:cards',
    apply: (doc, rng) => {
      const tiles = [...doc.querySelectorAll('div.job-tile')];
      if (tiles.length < 2) return false;
      const parent = tiles[0]!.parentElement!;
      let order = shuffle(tiles, rng);
      if (order.every((t, i) => t === tiles[i])) order = [...tiles.slice(1), tiles[0]!];
      for (const t of order) parent.append(t);
      return true;
    },
  },
  {
    kind: 'huge',
    name: 'huge:3mb-furniture',
    apply: addFurniture,
  },
  {
    kind: 'empty',
    name: 'empty:body',
    apply: emptyBody,
    removesCards: true,
  },
  {
    kind: 'stray-script',
    name: 'stray-script:elements-and-text',
    apply: (doc) => {
      const tiles = [...doc.querySelectorAll('div.job-tile')];
      for (const t of tiles) {
        const s = doc.createElement('script');
        s.textContent = '<div class="job" data-job-id="999999"><a href="/en/jobs/999999">Fake</a></div>';
        t.prepend(s);
      }
      doc.body?.append(doc.createTextNode('<div class="job" data-job-id="888888"><a href="/en/jobs/888888">x</a></div>'));
      return true;
    },
  },
  {
    kind: 'hostile',
    name: 'hostile:bidi-and-zero-width-in-every-text',
    apply: sprinkleEverywhere,
  },
];
