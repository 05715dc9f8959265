// Issue 11, item 2 (storage part), the removed-job page and 8-digit job IDs: what page text and
// pages an attacker or the site's own changes put in front of the extractor.
import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { extractListing } from '../../../content/extract-listing';
import { extractPosting } from '../../../content/extract-posting';
import { pageKind } from '../../../core/amazon-jobs-url';
import { stripInvisibleControls } from '../../../core/page-text';
import { Posting } from '../../../core/posting';
import { parseBackup } from '../../../core/backup';
import { compareJobIds } from '../../../core/job-id';
import { planReminder } from '../../../core/reminder';
import { DEFAULT_SETTINGS } from '../../../core/settings';
import { sortRows, toRow } from '../../../components/tracker/tracker-rows';
import { getApplication, getTrackedStatuses, refreshSnapshot, saveApplication } from '../../../db/applications';
import { exportBackup } from '../../../db/backup';
import { fixture, parse } from '../content/html';
import { DAY, T0, freshDbs, postingOf } from '../tracking/fixtures';

const db = freshDbs();

const RLO = '\u202e'; // RIGHT-TO-LEFT OVERRIDE
const CONTROLS = ['\u202a', '\u202b', '\u202c', '\u202d', '\u202e', '\u2066', '\u2067', '\u2068', '\u2069', '\u200b', '\u2060', '\ufeff'];
const POSTING_URL = 'https://www.amazon.jobs/en/jobs/3038134/sr-bie-position-3p-selection-eu-3p-selection';
const page = fixture('pages/reconstructed/3038134.html');

/** Every string a Posting holds, flattened. */
function strings(p: Posting): string[] {
  return Object.values(p).flatMap((v) => (typeof v === 'string' ? [v] : Array.isArray(v) ? v.filter((x): x is string => typeof x === 'string') : []));
}

describe('bidi controls and zero-width characters in page text', () => {
  it('strips overrides, embeddings, isolates and zero-width spaces; keeps joiners that scripts need', () => {
    expect(stripInvisibleControls(`${RLO}Amazon GmbH`)).toBe('Amazon GmbH');
    expect(stripInvisibleControls('Ama\u200bzon \u2067EU\u2069 Sarl\u202c')).toBe('Amazon EU Sarl');
    expect(stripInvisibleControls('\u200fAmazon\u200e')).toBe('Amazon');
    expect(stripInvisibleControls('می\u200cخواهم 👩\u200d💻')).toBe('می\u200cخواهم 👩\u200d💻');
  });

  it('a posting whose company, title and bullets carry bidi overrides is stored without them', () => {
    const hostile = page
      .replace('Job ID: 3038134 | Amazon EU Sarl', `Job ID: 3038134 | ${RLO}Amazon EU Sarl`)
      .replace('<h1 class="title">Sr BIE', `<h1 class="title">\u2067Sr\u200b BIE`)
      .replace('<br>• Partner with the 3P', `<br>• ${RLO}Partner with the\u2069 3P`);
    const clean = extractPosting(parse(page), POSTING_URL);
    const got = extractPosting(parse(hostile), POSTING_URL);
    expect(got.company).toBe('Amazon EU Sarl');
    expect(got).toEqual(clean);
    for (const s of strings(got)) for (const c of CONTROLS) expect(s.includes(c), JSON.stringify(s.slice(0, 40))).toBe(false);
  });

  it('the same holds for listing cards', () => {
    const listing = fixture('pages/real/amazon-jobs-search-results-fragment_lorraine-dev_2025-08.html');
    const url = 'https://www.amazon.jobs/en/search?offset=0&result_limit=10&sort=relevant&country%5B%5D=LUX';
    const clean = extractListing(parse(listing), url);
    const title = clean.cards[0]!.title!;
    const hostile = listing.replace(title.replace(/&/g, '&amp;'), `${RLO}${title.replace(/&/g, '&amp;')}\u200b`);
    expect(hostile).not.toBe(listing);
    expect(extractListing(parse(hostile), url)).toEqual(clean);
  });

  it('an imported record is stored without them', async () => {
    const d = db();
    await saveApplication(d, postingOf('1496414'), T0);
    const backup = JSON.parse(JSON.stringify(await exportBackup(d, T0)));
    backup.applications[0].posting.company = `${RLO}Amazon GmbH`;
    backup.applications[0].posting.title = `SDE\u200b, AWS \u2066Security\u2069 Dev Ops`;
    const parsed = parseBackup(JSON.stringify(backup));
    expect(parsed.ok).toBe(true);
    const posting = (parsed as { backup: { applications: { posting: Posting }[] } }).backup.applications[0]!.posting;
    expect(posting.company).toBe('Amazon GmbH');
    expect(posting.title).toBe('SDE, AWS Security Dev Ops');
  });
});

describe('the page amazon.jobs serves for a removed job', () => {
  // The real 2026 page, read in place (never copied into the project).
  const NOT_FOUND = new URL('../../../../shared/fixtures/external/html/hanegbi__jobfit__amazon.html', import.meta.url);
  const JOB_URL = 'https://www.amazon.jobs/en/jobs/10569363/software-development-engineer';
  const html = readFileSync(NOT_FOUND, 'utf8');

  it('is read as a closed posting, without the site blurb as its description', () => {
    const p = extractPosting(parse(html), JOB_URL);
    expect(p.closed).toBe(true);
    expect(p.jobId).toBe('10569363');
    expect(p.title).toBeNull();
    expect(p.description).toBeNull();
  });

  it('analyze prints it as closed', () => {
    const out = execFileSync('npx', ['tsx', 'scripts/analyze.ts', NOT_FOUND.pathname, '--url', JOB_URL], { encoding: 'utf8' });
    const json = JSON.parse(out) as { page: string; closed: boolean; jobId: string };
    expect(json).toMatchObject({ page: 'job', closed: true, jobId: '10569363' });
  });

  it('marks a saved job whose URL now serves it as closed', async () => {
    const d = db();
    const open = extractPosting(parse(page), POSTING_URL);
    await saveApplication(d, open, T0);
    const seen = extractPosting(parse(html), POSTING_URL);
    const r = await refreshSnapshot(d, seen, T0 + 3 * DAY);
    expect(r?.newlyClosed).toBe(true);
    const stored = await getApplication(d, '3038134');
    expect(stored?.closedAt).toBe(T0 + 3 * DAY);
    // The snapshot saved while it was open is kept.
    expect(stored?.posting.title).toBe(open.title);
  });

  it('an open posting is not taken for it', () => {
    expect(extractPosting(parse(page), POSTING_URL).closed).toBe(false);
  });
});

describe('8-digit job IDs (10569363)', () => {
  const ID = '10569363';
  const URL8 = `https://www.amazon.jobs/en/jobs/${ID}/sr-bie-position-3p-selection-eu-3p-selection`;
  const page8 = page.replaceAll('3038134', ID);

  it('are detected in URLs and on the page', () => {
    expect(pageKind(URL8)).toEqual({ page: 'job', jobId: ID, locale: 'en' });
    expect(pageKind(`https://amazon.jobs/jobs/${ID}`)).toEqual({ page: 'job', jobId: ID, locale: null });
    const p = extractPosting(parse(page8), URL8);
    expect(p.jobId).toBe(ID);
    expect(p.provenance.jobId?.strategy).toBe('dom');
  });

  it('are stored and found by their key next to 7-digit ones', async () => {
    const d = db();
    await saveApplication(d, extractPosting(parse(page8), URL8), T0);
    await saveApplication(d, extractPosting(parse(page), POSTING_URL), T0);
    expect((await getApplication(d, ID))?.posting.url).toBe(URL8);
    expect(await getTrackedStatuses(d, [ID, '3038134', '1056936'])).toEqual({ [ID]: 'saved', '3038134': 'saved' });
  });

  it('sort numerically, not as strings', async () => {
    expect(['10569363', '9999999', '3038134', '10000000', '999'].sort(compareJobIds)).toEqual(['999', '3038134', '9999999', '10000000', '10569363']);
    // Ties in the tracker and in reminders are broken by job ID: the 8-digit one is the newer job.
    const older = await saveApplication(db(), postingOf('3038134'), T0);
    const newer = { ...older, jobId: ID, posting: { ...older.posting, jobId: ID, url: URL8 } };
    expect(sortRows([toRow(newer), toRow(older)], 'updated').map((r) => r.jobId)).toEqual(['3038134', ID]);
    const due = planReminder([newer, older], T0 + 30 * DAY, DEFAULT_SETTINGS).due.map((item) => item.jobId);
    expect(due).toEqual(['3038134', ID]);
  });
});
