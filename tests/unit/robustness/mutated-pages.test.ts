// Robustness: every real and reconstructed page fixture, mutated in memory the ways a redesign, a
// localised site, a broken render or a hostile page could change it (tests/unit/robustness/mutations.ts).
// For every case: extraction does not throw, the result is schema-valid, what the mutation removed is
// named in `missing`, and what survived is found with the same value as on the unmutated page.
import { readdirSync, readFileSync } from 'node:fs';
import { afterAll, describe, expect, it } from 'vitest';
import { extractListing } from '../../../content/extract-listing';
import { extractPosting } from '../../../content/extract-posting';
import { Listing, POSTING_FIELDS, Posting, type PostingField } from '../../../core/posting';
import { parse } from '../content/html';
import { hashSeed, LISTING_MUTATIONS, POSTING_MUTATIONS, seededRandom } from './mutations';

const PAGES = new URL('../../fixtures/pages/', import.meta.url);
const read = (path: string): string => readFileSync(new URL(path, PAGES), 'utf8');

const FRAGMENT = 'real/amazon-jobs-detail-content-fragment_lorraine-dev_2025-08.html';
const RESULTS = 'real/amazon-jobs-search-results-fragment_lorraine-dev_2025-08.html';
const LISTING_URL = 'https://www.amazon.jobs/en/search?offset=0&result_limit=10&sort=relevant&country%5B%5D=LUX';
// Huge mutations (3 MB each) run on a spread of sources, not all 45, to keep the suite fast.
const HUGE_EVERY = 6;

interface Source {
  name: string;
  html: string;
  url: string;
}

function postingSources(): Source[] {
  const index = JSON.parse(read('reconstructed/index.json')) as Record<string, { url: string }>;
  const files = readdirSync(new URL('reconstructed/', PAGES)).filter((f) => /^\d+\.html$/.test(f)).sort();
  const out: Source[] = [
    { name: FRAGMENT, html: read(FRAGMENT), url: 'https://www.amazon.jobs/en/jobs/3038134/sr-bie-position-3p-selection-eu-3p-selection' },
  ];
  for (const f of files) {
    const entry = index[f];
    if (!entry) throw new Error(`reconstructed/${f} has no index.json entry`);
    out.push({ name: `reconstructed/${f}`, html: read(`reconstructed/${f}`), url: entry.url });
  }
  return out;
}

/** The search shell with the results drawn into it, as the site shows it once its scripts ran. */
function rendered(shell: string): string {
  const mount = /<div data-react-class="SearchContent" data-react-props='[^']*'>/.exec(shell);
  if (!mount) throw new Error('search shell without the SearchContent mount point');
  const at = mount.index + mount[0].length;
  return shell.slice(0, at) + read(RESULTS) + shell.slice(at);
}

function listingSources(): Source[] {
  const real = readdirSync(new URL('real/', PAGES)).filter((f) => f.includes('search') && f.endsWith('.html')).sort();
  const out: Source[] = real.map((f) => ({ name: `real/${f}`, html: read(`real/${f}`), url: LISTING_URL }));
  for (const f of real.filter((name) => name.includes('full-page'))) {
    out.push({ name: `real/${f}+results`, html: rendered(read(`real/${f}`)), url: LISTING_URL });
  }
  return out;
}

type Tally = Record<string, { cases: number; passed: number; failed: number }>;
const tally: Tally = {};
const count = (kind: string, ok: boolean): void => {
  const t = (tally[kind] ??= { cases: 0, passed: 0, failed: 0 });
  t.cases++;
  if (ok) t.passed++;
  else t.failed++;
};

const value = (p: Posting, f: PostingField): string => JSON.stringify(p[f]);

/** Every way `mutated` breaks the promise relative to `base`; empty when it holds. */
function postingProblems(mutated: unknown, base: Posting, m: (typeof POSTING_MUTATIONS)[number]): string[] {
  const parsed = Posting.safeParse(mutated);
  if (!parsed.success) return [`not a valid Posting: ${parsed.error.message.slice(0, 300)}`];
  const p = parsed.data;
  const problems: string[] = [];
  const removed = new Set(m.removed ?? []);
  const mayLose = new Set(m.mayLose ?? []);
  const changed = new Set(m.changed ?? []);
  for (const f of removed) if (!p.missing.includes(f)) problems.push(`${f}: removed but not in missing (got ${value(p, f).slice(0, 120)})`);
  for (const f of POSTING_FIELDS) {
    if (removed.has(f) || changed.has(f)) continue;
    const same = value(p, f) === value(base, f);
    if (mayLose.has(f)) {
      if (!same && !p.missing.includes(f)) problems.push(`${f}: found with another value ${value(p, f).slice(0, 120)} (was ${value(base, f).slice(0, 120)})`);
    } else if (!same) {
      problems.push(`${f}: ${value(p, f).slice(0, 160)} (was ${value(base, f).slice(0, 160)})`);
    }
  }
  for (const f of p.missing) if (!removed.has(f) && !mayLose.has(f) && !changed.has(f) && !base.missing.includes(f)) problems.push(`${f}: newly missing`);
  const closed = m.closes ? true : base.closed;
  if (p.closed !== closed) problems.push(`closed: ${p.closed} (expected ${closed})`);
  problems.push(...(m.check?.(p, base) ?? []));
  return problems;
}

/** Extraction of the unmutated page; an Error (reported by every case of that page) if it throws. */
function baseline<T>(extract: () => T): T | Error {
  try {
    return extract();
  } catch (err) {
    return err instanceof Error ? err : new Error(String(err));
  }
}

const postingCases = postingSources().flatMap((source, i) => {
  const base = baseline(() => extractPosting(parse(source.html), source.url));
  return POSTING_MUTATIONS.filter((m) => m.kind !== 'huge' || i % HUGE_EVERY === 0).flatMap((m) => {
    // A mutation that finds nothing to change on this page (e.g. no header in the fragment) is no case.
    const probe = parse(source.html);
    const applies = m.apply(probe, seededRandom(hashSeed(`${source.name}|${m.name}`)));
    return applies ? [{ label: `${source.name} × ${m.name}`, source, m, base, doc: probe }] : [];
  });
});

const listingCases = listingSources().flatMap((source) => {
  const base = baseline(() => extractListing(parse(source.html), source.url));
  return LISTING_MUTATIONS.flatMap((m) => {
    const probe = parse(source.html);
    const applies = m.apply(probe, seededRandom(hashSeed(`${source.name}|${m.name}`)));
    return applies ? [{ label: `${source.name} × ${m.name}`, source, m, base, doc: probe }] : [];
  });
});

describe('mutated posting pages', () => {
  it('cover every mutation kind on at least 200 cases', () => {
    expect(postingCases.length + listingCases.length).toBeGreaterThanOrEqual(200);
    const kinds = new Set(postingCases.map((c) => c.m.kind));
    expect([...kinds].sort()).toEqual(['classes', 'empty', 'hostile', 'huge', 'remove-section', 'rename-heading', 'reorder', 'rewrap', 'stray-script']);
  });

  it.each(postingCases.map((c) => [c.label, c] as const))('%s', (_label, c) => {
    let problems: string[];
    try {
      if (c.base instanceof Error) throw new Error(`the unmutated page: ${c.base.message}`);
      problems = postingProblems(extractPosting(c.doc, c.source.url), c.base, c.m);
    } catch (err) {
      problems = [`threw: ${String(err)}`];
    }
    count(c.m.kind, problems.length === 0);
    expect(problems).toEqual([]);
  });
});

describe('mutated listing pages', () => {
  it.each(listingCases.map((c) => [c.label, c] as const))('%s', (_label, c) => {
    const problems: string[] = [];
    try {
      if (c.base instanceof Error) throw new Error(`the unmutated page: ${c.base.message}`);
      const base = c.base;
      const parsed = Listing.safeParse(extractListing(c.doc, c.source.url));
      if (!parsed.success) problems.push('not a valid Listing');
      else {
        const byId = new Map(base.cards.map((card) => [card.jobId, JSON.stringify(card)]));
        const cards = parsed.data.cards;
        for (const card of cards) if (byId.get(card.jobId) !== JSON.stringify(card)) problems.push(`card ${card.jobId} differs or is new: ${JSON.stringify(card)}`);
        const kept = c.m.name === 'remove-section:every-other-card' ? Math.ceil(base.cards.length / 2) : base.cards.length;
        if (c.m.removesCards && cards.length > 0) problems.push(`${cards.length} cards on an empty page`);
        if (!c.m.removesCards && !c.m.mayLoseCards && cards.length !== kept) problems.push(`${cards.length} cards, expected ${kept}`);
      }
    } catch (err) {
      problems.push(`threw: ${String(err)}`);
    }
    count(`listing:${c.m.kind}`, problems.length === 0);
    expect(problems).toEqual([]);
  });
});

afterAll(() => {
  const rows = Object.entries(tally).sort(([a], [b]) => a.localeCompare(b));
  const total = rows.reduce((t, [, r]) => ({ cases: t.cases + r.cases, passed: t.passed + r.passed, failed: t.failed + r.failed }), { cases: 0, passed: 0, failed: 0 });
  const lines = [
    'robustness tally (mutation kind: cases / passed / failed)',
    ...rows.map(([kind, r]) => `  ${kind.padEnd(24)} ${String(r.cases).padStart(4)} ${String(r.passed).padStart(7)} ${String(r.failed).padStart(7)}`),
    `  ${'TOTAL'.padEnd(24)} ${String(total.cases).padStart(4)} ${String(total.passed).padStart(7)} ${String(total.failed).padStart(7)}`,
  ];
  process.stdout.write(`${lines.join('\n')}\n`);
});
