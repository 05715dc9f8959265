// The content script's startup (entrypoints/amazon-jobs.content/startup.ts) with a scripted
// environment: what it loads, when, and what it answers the popup, page kind by page kind.
import { describe, expect, it, vi } from 'vitest';
import { POSTING_GLOBS } from '../../../entrypoints/amazon-jobs.content/entries';
import { FEATURES_PATH, mayRunFeatures, startContentScript, type StartupEnv } from '../../../entrypoints/amazon-jobs.content/startup';
import { readFileSync } from 'node:fs';
import { pageKind } from '../../../core/amazon-jobs-url';
import type { ContentFeatures } from '../../../entrypoints/amazon-jobs.content/features';

const JOB = 'https://www.amazon.jobs/en/jobs/3038134/sr-bie-position-3p-selection-eu-3p-selection';
const JOB_2 = 'https://www.amazon.jobs/en/jobs/3049864/senior-business-intelligence-engineer-eu-defects';
const SEARCH = 'https://www.amazon.jobs/en/search?offset=0&result_limit=10';
const OTHER = 'https://www.amazon.jobs/en/landing_pages/working-at-amazon';

/** A manifest glob as the browsers read it: `*` any run of characters, `?` one, against the whole URL. */
const globMatches = (glob: string, url: string) =>
  new RegExp(`^${glob.replace(/[.+^${}()|[\]\\]/g, '\\$&').replace(/\*/g, '.*').replace(/\?/g, '.')}$`).test(url);
/** Which manifest entry runs on `url` (wxt.config.ts): the one for possible postings, or the other. */
const postingEntry = (url: string) => POSTING_GLOBS.some((g) => globMatches(g, url));

type Listener = (message: unknown, sender: unknown, sendResponse: (r: unknown) => void) => boolean | undefined;

function harness(startUrl: string) {
  let href = startUrl;
  const idle: Array<() => void> = [];
  const listeners: Listener[] = [];
  let navigate: ((url: string) => void) | null = null;
  const runtime = { id: 'ext' as string | undefined, getURL: (p: string) => `chrome-extension://ext${p}`, onMessage: { addListener: (l: Listener) => void listeners.push(l) } };
  const started: Array<{ url: string; signal: AbortSignal }> = [];
  const features: ContentFeatures = {
    start: (url, signal) => void started.push({ url, signal }),
    report: (url) => ({ kind: { page: 'job', jobId: url.includes('3049864') ? '3049864' : '3038134', locale: 'en' }, posting: null, listing: null }),
  };
  const loadFeatures = vi.fn(async (_url: string) => features);
  const env: StartupEnv = {
    runtime,
    href: () => href,
    loadFeatures,
    watchLocation: (onUrl) => {
      navigate = onUrl;
    },
    idle: (cb) => void idle.push(cb),
    mayBePosting: () => postingEntry(startUrl),
  };
  startContentScript(env);
  return {
    runtime,
    started,
    loadFeatures,
    listeners,
    runIdle: async () => {
      for (const cb of idle.splice(0)) cb();
      await new Promise((r) => setTimeout(r, 0));
    },
    watching: () => navigate !== null,
    navigate: (url: string) => {
      href = url;
      navigate?.(url);
    },
    /** Sends the popup's question (as askPage does) and resolves with the reply. */
    ask: (type = 'getPagePosting') =>
      new Promise<{ handled: boolean | undefined; reply?: unknown }>((resolve) => {
        let handled: boolean | undefined;
        handled = listeners[0]!({ id: 1, type, data: null, timestamp: 0 }, {}, (reply) => resolve({ handled, reply }));
        if (!handled) resolve({ handled });
      }),
  };
}

describe('content script startup', () => {
  it('while the page loads only listens for the popup: the features come in an idle callback, once, from the web-accessible module', async () => {
    const h = harness(JOB);
    expect(h.loadFeatures).not.toHaveBeenCalled();
    expect(h.listeners).toHaveLength(1); // the popup can ask from the start
    expect(h.watching()).toBe(false); // navigation is followed from idle time on
    await h.runIdle();
    expect(h.loadFeatures).toHaveBeenCalledTimes(1);
    expect(h.loadFeatures).toHaveBeenCalledWith(`chrome-extension://ext${FEATURES_PATH}`);
    expect(h.started).toEqual([{ url: JOB, signal: expect.any(AbortSignal) }]);
  });

  it('starts the features on a search page too', async () => {
    const h = harness(SEARCH);
    await h.runIdle();
    expect(h.started.map((s) => s.url)).toEqual([SEARCH]);
  });

  it('on a search or other page listens for the popup from idle time on (chrome.runtime is not touched while the page loads), once', async () => {
    for (const url of [SEARCH, OTHER]) {
      const h = harness(url);
      expect(h.listeners).toHaveLength(0);
      await h.runIdle();
      expect(h.listeners).toHaveLength(1);
      h.navigate(JOB);
      await h.runIdle();
      expect(h.listeners).toHaveLength(1);
    }
  });

  it("the manifest's posting entry takes every lower-case posting URL pageKind accepts, and no search or other page", () => {
    const postings = [JOB, JOB_2, 'https://amazon.jobs/jobs/3038134', 'https://www.amazon.jobs/en-gb/jobs/3038134', 'http://www.amazon.jobs/jobs/987654321/x?y=1#z'];
    for (const url of postings) {
      expect(pageKind(url).page, url).toBe('job');
      expect(postingEntry(url), url).toBe(true);
    }
    const others = [SEARCH, OTHER, 'https://www.amazon.jobs/content/en/job-categories/software-development', 'https://www.amazon.jobs/en/teams/aws', 'https://www.amazon.jobs/1234', 'https://www.amazon.jobs/en/jobs/search'];
    for (const url of others) {
      expect(pageKind(url).page, url).not.toBe('job');
      expect(postingEntry(url), url).toBe(false);
    }
  });

  it('loads the features on every real job and search URL (urls.tsv, the external postings), and on few of the other pages', () => {
    const tsv = readFileSync(new URL('../../fixtures/urls.tsv', import.meta.url), 'utf8').trim().split('\n').slice(1).map((line) => line.split('\t')[0]!);
    const external = readFileSync(new URL('../../../../shared/fixtures/external/postings.jsonl', import.meta.url), 'utf8')
      .trim()
      .split('\n')
      .map((line) => (JSON.parse(line) as { url: string }).url);
    const amazonJobs = [...tsv, ...external, SEARCH, OTHER].filter((url) => pageKind(url).page !== 'foreign');
    const withFeatures = amazonJobs.filter((url) => ['job', 'search'].includes(pageKind(url).page));
    expect(withFeatures.length).toBeGreaterThan(400);
    expect(withFeatures.filter((url) => !mayRunFeatures(url))).toEqual([]);
    // Of the 30 other pages in urls.tsv only account.amazon.jobs/jobs/<id>/apply loads the module (to find
    // that it starts nothing).
    const others = amazonJobs.filter((url) => pageKind(url).page === 'other');
    expect(others.filter((url) => mayRunFeatures(url))).toEqual(['https://account.amazon.jobs/jobs/3038134/apply']);
  });

  it('never loads the features on an amazon.jobs page that is neither a job nor a search, and still answers the popup', async () => {
    const h = harness(OTHER);
    await h.runIdle();
    const { handled, reply } = await h.ask();
    expect(handled).toBe(true);
    expect(reply).toEqual({ res: { kind: { page: 'other' }, posting: null, listing: null } });
    expect(h.loadFeatures).not.toHaveBeenCalled();
  });

  it('answers the popup at once on a job page, loading the features then if idle time has not come yet', async () => {
    const h = harness(JOB);
    const { reply } = await h.ask();
    expect(reply).toEqual({ res: { kind: { page: 'job', jobId: '3038134', locale: 'en' }, posting: null, listing: null } });
    await h.runIdle();
    expect(h.loadFeatures).toHaveBeenCalledTimes(1); // the idle start reuses the same load
    expect(h.started).toHaveLength(1);
  });

  it('answers an error in the wire format when the features cannot load, and leaves other messages alone', async () => {
    const h = harness(JOB);
    h.loadFeatures.mockRejectedValueOnce(new Error('blocked'));
    expect(await h.ask()).toEqual({ handled: true, reply: { err: { message: 'blocked' } } });
    expect((await h.ask('somethingElse')).handled).toBe(false);
  });

  it('restarts on client-side navigation, aborting what ran for the previous URL', async () => {
    const h = harness(JOB);
    await h.runIdle();
    h.navigate(JOB_2);
    expect(h.started[0]!.signal.aborted).toBe(true);
    await h.runIdle();
    expect(h.started.map((s) => s.url)).toEqual([JOB, JOB_2]);
    expect(h.loadFeatures).toHaveBeenCalledTimes(1);
    h.navigate(OTHER);
    expect(h.started[1]!.signal.aborted).toBe(true);
    await h.runIdle();
    expect(h.started).toHaveLength(2);
  });

  it('starts nothing once the extension has gone from under the page', async () => {
    const h = harness(JOB);
    await h.runIdle();
    h.runtime.id = undefined;
    h.navigate(JOB_2);
    await h.runIdle();
    expect(h.started.map((s) => s.url)).toEqual([JOB]);
    expect(h.started[0]!.signal.aborted).toBe(true);
  });
});
