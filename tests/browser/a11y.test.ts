// Accessibility of every extension page, in light and dark, checked by axe-core injected into the
// built pages in Chromium: no serious or critical violation (contrast, names, roles, labels).
// Pages are checked with real content: the tracker with the real postings tracked and one open,
// the board, the story bank with the editor open, a prep plan, the settings, the popup on a posting.
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { EXTENSION_DIR } from '../../scripts/lib/chromium';
import { SEEDED, seedInterviews, seedStories } from '../../scripts/lib/seed-interviews';
import { realPostings, seedApplications, writeRecords } from '../../scripts/lib/seed-store';
import { launchExtension, type ExtensionHarness } from './harness';

const EXT_DIR = process.env.LOOPREADY_EXTENSION_DIR ?? EXTENSION_DIR;
const AXE = readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');

interface Violation {
  id: string;
  impact: string | null;
  help: string;
  targets: string[];
}

/** Serious and critical axe violations on the page as it is now. */
async function violations(page: Page): Promise<Violation[]> {
  // Evaluated through DevTools, so the page's script-src 'self' policy does not block it.
  await page.evaluate(AXE);
  const result = await page.evaluate(async () => {
    const axe = (globalThis as unknown as { axe: { run(ctx: Document, o: object): Promise<{ violations: Array<{ id: string; impact: string | null; help: string; nodes: Array<{ target: string[] }> }> }> } }).axe;
    const r = await axe.run(document, { resultTypes: ['violations'] });
    return r.violations.map((v) => ({ id: v.id, impact: v.impact, help: v.help, targets: v.nodes.slice(0, 5).map((n) => n.target.join(' ')) }));
  });
  return result.filter((v) => v.impact === 'serious' || v.impact === 'critical');
}

let ext: ExtensionHarness;
let base: string;

beforeAll(async () => {
  ext = await launchExtension({ extensionDir: EXT_DIR });
  base = `chrome-extension://${ext.extensionId}`;
  const page = await ext.context.newPage();
  await page.goto(`${base}/tracker.html`);
  await page.waitForSelector('.empty');
  const now = Date.now();
  await writeRecords(page, 'applications', seedApplications(realPostings().length, now));
  await writeRecords(page, 'stories', seedStories(now));
  await writeRecords(page, 'interviews', seedInterviews(now));
  await page.close();
});

afterAll(async () => {
  await ext?.close();
});

async function open(path: string, scheme: 'light' | 'dark', ready: string): Promise<Page> {
  const page = await ext.context.newPage();
  await page.emulateMedia({ colorScheme: scheme });
  await page.setViewportSize({ width: 1300, height: 900 });
  await page.goto(`${base}/${path}`);
  await page.waitForSelector(ready);
  return page;
}

describe.each(['light', 'dark'] as const)('%s theme', (scheme) => {
  it('tracker table with an application open', async () => {
    const page = await open('tracker.html?jobId=3038134', scheme, '#detail-title');
    await page.locator('tr[data-job-id] input[type="checkbox"]').first().check();
    expect(await violations(page)).toEqual([]);
    await page.close();
  });

  it('tracker board', async () => {
    const page = await open('tracker.html', scheme, '.tracker-table');
    await page.getByRole('button', { name: 'Board' }).click();
    expect(await violations(page)).toEqual([]);
    await page.close();
  });

  it('story bank with the editor open', async () => {
    const page = await open('tracker.html#stories', scheme, 'h1');
    await page.getByRole('button', { name: 'New story' }).click();
    expect(await violations(page)).toEqual([]);
    await page.close();
  });

  it('tracker with the agenda and an interview being added, its errors shown', async () => {
    const page = await open(`tracker.html?jobId=${SEEDED.loopJob}`, scheme, '.agenda-days');
    await page.getByRole('button', { name: 'Add interview', exact: true }).click();
    await page.getByRole('button', { name: 'Add interview', exact: true }).click();
    await page.waitForSelector('.field-error');
    expect(await violations(page)).toEqual([]);
    await page.close();
  });

  it('day-of view of a loop, with the debrief open', async () => {
    const page = await open(`interview.html?id=${SEEDED.loopId}&mode=debrief`, scheme, '.loop-sessions');
    await page.locator('.story-picks summary').first().click();
    expect(await violations(page)).toEqual([]);
    await page.close();
  });

  it('prep plan', async () => {
    const page = await open('plan.html?jobId=3038134', scheme, '#plan-title');
    expect(await violations(page)).toEqual([]);
    await page.close();
  });

  it('settings', async () => {
    const page = await open('options.html', scheme, '#follow-up-title');
    expect(await violations(page)).toEqual([]);
    await page.close();
  });

  it('popup on a posting', async () => {
    const posting = await ext.openPosting('3038134');
    const popup = await ext.openPopupFor(posting);
    await popup.emulateMedia({ colorScheme: scheme });
    expect(await violations(popup)).toEqual([]);
    await popup.close();
    await posting.close();
  });
});

describe('the check itself', () => {
  it('catches planted violations (an unnamed button, grey-on-grey text)', async () => {
    const page = await open('options.html', 'light', '#follow-up-title');
    await page.evaluate(() => {
      // Test DOM: deliberately broken controls, built with DOM calls.
      const button = document.createElement('button');
      const p = document.createElement('p');
      p.textContent = 'Hard to read';
      p.style.cssText = 'color:#999;background:#aaa';
      document.body.append(button, p);
    });
    expect((await violations(page)).map((v) => v.id).sort()).toEqual(['button-name', 'color-contrast']);
    await page.close();
  });
});

describe('keyboard', () => {
  it('reaches the search, filters and a job from the keyboard, with a visible focus ring', async () => {
    const page = await open('tracker.html', 'light', '.tracker-table');
    const reached: string[] = [];
    // The header's links and the two-week agenda come before the toolbar; stop once the view toggle is reached.
    for (let i = 0; i < 40 && !reached.includes('Board'); i++) {
      await page.keyboard.press('Tab');
      reached.push(await page.evaluate(() => {
        const el = document.activeElement as HTMLElement;
        return el.getAttribute('aria-label') ?? el.getAttribute('placeholder') ?? el.textContent?.trim().slice(0, 40) ?? el.tagName;
      }));
    }
    expect(reached).toContain('Search title, team, location, notes');
    expect(reached).toContain('Board');
    const outline = await page.evaluate(() => getComputedStyle(document.activeElement!).outlineStyle);
    expect(outline).not.toBe('none');
    await page.close();
  });
});
