import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { analyzeHtml } from '../../../scripts/analyze-lib';
import { fixture } from '../content/html';

const ROOT = fileURLToPath(new URL('../../../', import.meta.url));
const fixturePath = (p: string): string => fileURLToPath(new URL(`../../fixtures/${p}`, import.meta.url));

function run(...args: string[]): { code: number | null; stdout: string; stderr: string } {
  const r = spawnSync(process.execPath, ['--import', 'tsx', 'scripts/analyze.ts', ...args], { cwd: ROOT, encoding: 'utf8' });
  return { code: r.status, stdout: r.stdout, stderr: r.stderr };
}

describe('analyze CLI (spawned)', () => {
  it('a posting page prints {"page":"job", …posting} using the page’s own og:url', () => {
    const r = run(fixturePath('pages/reconstructed/3038134.html'));
    expect(r.code).toBe(0);
    const out = JSON.parse(r.stdout);
    expect(out.page).toBe('job');
    expect(out.jobId).toBe('3038134');
    expect(out.title).toBe('Sr BIE position 3P Selection, EU 3P Selection');
    expect(out.url).toBe('https://www.amazon.jobs/en/jobs/3038134/sr-bie-position-3p-selection-eu-3p-selection');
    expect(out.basicQualifications).toHaveLength(9);
  }, 20_000);

  it('the results fragment prints {"page":"search","cards":[…10]}', () => {
    const r = run(fixturePath('pages/real/amazon-jobs-search-results-fragment_lorraine-dev_2025-08.html'), '--url', 'https://www.amazon.jobs/en/search');
    expect(r.code).toBe(0);
    const out = JSON.parse(r.stdout);
    expect(out.page).toBe('search');
    expect(out.cards).toHaveLength(10);
    expect(out.cards[3]).toEqual({
      jobId: '3006553',
      title: 'Software Engineer, External Fulfillment',
      url: 'https://www.amazon.jobs/en/jobs/3006553/software-engineer-external-fulfillment',
      locations: ['Luxembourg, LUX'],
      postedDate: '2025-06-11',
    });
  }, 20_000);

  it('--url alone prints the classification', () => {
    expect(JSON.parse(run('--url', 'https://www.amazon.jobs/de/jobs/3038134/sr-bie').stdout)).toEqual({ page: 'job', jobId: '3038134', locale: 'de' });
    expect(JSON.parse(run('--url', 'https://www.amazon.jobs/en/search?base_query=sde').stdout)).toEqual({ page: 'search' });
    expect(JSON.parse(run('--url', 'https://account.amazon.jobs/jobs/3038134/apply').stdout)).toEqual({ page: 'other' });
    expect(JSON.parse(run('--url', 'https://amazon.jobs.example.com/en/jobs/1').stdout)).toEqual({ page: 'foreign' });
  }, 40_000);

  it('a missing file exits 2 with one line on stderr and nothing on stdout', () => {
    const r = run('tests/fixtures/does-not-exist.html');
    expect(r.code).toBe(2);
    expect(r.stdout).toBe('');
    expect(r.stderr.trim().split('\n')).toHaveLength(1);
    expect(r.stderr).toMatch(/cannot read .*does-not-exist\.html: ENOENT/);
  }, 20_000);

  it('no arguments is a usage error (exit 2)', () => {
    const r = run();
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/^analyze: usage/);
  }, 20_000);
});

describe('analyzeHtml', () => {
  it('a page with no URL of its own and no cards is sniffed: the detail fragment is a job', () => {
    const out = analyzeHtml(fixture('pages/real/amazon-jobs-detail-content-fragment_lorraine-dev_2025-08.html'));
    expect(out.page).toBe('job');
    if (out.page === 'job') {
      expect(out.url).toBe('https://www.amazon.jobs/');
      expect(out.basicQualifications).toHaveLength(9);
      expect(out.missing).toContain('jobId');
    }
  });
  it('the empty search shell is a search page with no cards (its og:url is the search)', () => {
    const out = analyzeHtml(fixture('pages/real/amazon-jobs-search-full-page_lorraine-dev_2025-08.html'));
    expect(out).toEqual({ page: 'search', url: expect.stringMatching(/^https:\/\/www\.amazon\.jobs\/en\/search\?offset=0/), cards: [] });
  });
  it('an unrelated page is other', () => {
    expect(analyzeHtml('<html><body><p>hello</p></body></html>', 'https://www.amazon.jobs/en/faqs')).toEqual({
      page: 'other',
      url: 'https://www.amazon.jobs/en/faqs',
    });
  });
});

describe('analyze CLI: principles, questions and plan', () => {
  it('a posting page also prints all 16 principles best first, each evidence quoting the posting at its offsets', () => {
    const r = run(fixturePath('pages/reconstructed/1496414.html'));
    expect(r.code).toBe(0);
    const out = JSON.parse(r.stdout);
    expect(out.principles).toHaveLength(16);
    const scores = out.principles.map((p: { score: number }) => p.score);
    expect([...scores].sort((a: number, b: number) => b - a)).toEqual(scores);
    // "…is customer-centric, and feels strongly about delivering results": the sentence names Deliver
    // Results outright, so it is that principle's evidence (one sentence, one principle).
    const dr = out.principles.find((p: { id: string }) => p.id === 'deliver-results');
    expect(dr.evidence.map((e: { text: string }) => e.text)).toContain('delivering results');
    for (const p of out.principles) {
      for (const e of p.evidence) {
        if (e.section === 'description') expect(out.description.slice(e.start, e.end)).toBe(e.text);
      }
    }
    expect(out.roleFamily.id).toBe('software-engineering');
    expect(out.questions.toAsk.length).toBeGreaterThanOrEqual(5);
    expect(out.plan).toMatch(/^# Prep plan: SDE, AWS Security Dev Ops/);
  }, 30_000);

  it('a posting JSON record (postings.jsonl shape) gives the same job output', () => {
    const dir = mkdtempSync(join(tmpdir(), 'lr-analyze-'));
    const record = readFileSync(fixturePath('postings/postings.jsonl'), 'utf8').split('\n')[0]!;
    const file = join(dir, 'posting.json');
    writeFileSync(file, record);
    const r = run(file);
    expect(r.code).toBe(0);
    const out = JSON.parse(r.stdout);
    expect(out.page).toBe('job');
    expect(out.jobId).toBe('1496414');
    expect(out.locations).toEqual(['US, VA, Herndon']);
    expect(out.principles).toHaveLength(16);
  }, 30_000);

  it('a JSON file that is not a posting record exits 2 naming the bad field', () => {
    const dir = mkdtempSync(join(tmpdir(), 'lr-analyze-'));
    const file = join(dir, 'bad.json');
    writeFileSync(file, '{"title": 5}');
    const r = run(file);
    expect(r.code).toBe(2);
    expect(r.stdout).toBe('');
    expect(r.stderr.trim().split('\n')).toHaveLength(1);
    expect(r.stderr).toMatch(/title/);
  }, 30_000);
});
