// Issue 11: the in-page controls against a page's own CSS. amazon.jobs pages are served with a
// hostile stylesheet added (a mutated copy made in memory; the fixtures are never edited): rules that
// hide every button and span, giant fonts, `all: unset` on everything, and rules that shrink, move,
// make transparent or unclickable whatever sits in the title. The save control, the status pill it
// becomes, and the listing's badges must still render at their own size, be hit by a click at their
// centre, and work.
import { readFileSync } from 'node:fs';
import type { Locator, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { EXTENSION_DIR } from '../../scripts/lib/chromium';
import { LISTING_URL, launchExtension, searchResultsFragment, type ExtensionHarness } from './harness';
import { searchPageRendered } from '../../scripts/lib/fixture-site';

const EXT_DIR = process.env.LOOPREADY_EXTENSION_DIR ?? EXTENSION_DIR;
const PAGE = readFileSync(new URL('../fixtures/pages/reconstructed/3038134.html', import.meta.url), 'utf8');

const HOSTILE: Record<string, string> = {
  'hides buttons and spans': `button, span, [role=button], [role=status] { display: none !important; }`,
  'giant fonts': `* { font: 900 96px/4 serif !important; letter-spacing: .6em !important; text-transform: uppercase !important; word-spacing: 3em !important; }`,
  'all: unset': `* { all: unset !important; }`,
  'hides, shrinks and moves what is in the title': `
    h1 *, .job-title *, a + * { visibility: hidden !important; opacity: 0 !important; pointer-events: none !important;
      transform: scale(0) !important; position: absolute !important; left: -9999px !important; top: -9999px !important;
      width: 0 !important; height: 0 !important; overflow: hidden !important; clip-path: inset(50%) !important;
      color: transparent !important; background: transparent !important; border: 0 !important; filter: blur(20px) !important;
      font-size: 0 !important; line-height: 0 !important; }`,
  'an overlay and a reversed direction': `
    h1 { direction: rtl !important; unicode-bidi: bidi-override !important; writing-mode: vertical-rl !important; }
    h1 > span { z-index: -2147483647 !important; position: relative !important; }`,
};
const NAMES = Object.keys(HOSTILE);

/** A job ID of our own per case, so each case starts unsaved. */
const jobIdFor = (i: number) => String(90_000_001 + i);
const postingUrlFor = (i: number) => `https://www.amazon.jobs/en/jobs/${jobIdFor(i)}/hostile-css`;
const withStyle = (html: string, css: string) => html.replace('</head>', `<style>${css}</style></head>`);

let ext: ExtensionHarness;

beforeAll(async () => {
  ext = await launchExtension({ extensionDir: EXT_DIR });
  await ext.context.route(/^https:\/\/www\.amazon\.jobs\/en\/jobs\/9\d{7}\/hostile-css/, (route) => {
    const id = /\/jobs\/(\d+)/.exec(route.request().url())![1]!;
    const i = Number(id) - 90_000_001;
    const html = withStyle(PAGE.replaceAll('3038134', id), HOSTILE[NAMES[i]!]!);
    return route.fulfill({ status: 200, contentType: 'text/html; charset=utf-8', body: html });
  });
  await ext.context.route(/^https:\/\/www\.amazon\.jobs\/en\/search\?.*hostile=(\d+)/, (route) => {
    const i = Number(new URL(route.request().url()).searchParams.get('hostile'));
    return route.fulfill({ status: 200, contentType: 'text/html; charset=utf-8', body: withStyle(searchPageRendered(), HOSTILE[NAMES[i]!]!) });
  });
});

afterAll(async () => {
  await ext?.close();
});

const poll = <T>(fn: () => Promise<T>) => expect.poll(fn, { timeout: 10_000, interval: 100 });

interface Rendered {
  box: { width: number; height: number; x: number; y: number };
  fontSize: string;
  /** Whether a click at the control's centre reaches it (nothing on top, pointer events on). */
  hitAtCentre: boolean;
  visibility: string;
  opacity: string;
  text: string;
}

/**
 * How `selector` (inside the host's shadow root) is drawn, once scrolled into view: its box, font,
 * and what a click at its centre reaches.
 */
async function rendered(host: Locator, selector: string): Promise<Rendered | null> {
  return host.evaluate((h, sel) => {
    const el = h.shadowRoot?.querySelector<HTMLElement>(sel);
    if (!el) return null;
    el.scrollIntoView({ block: 'center', inline: 'center' });
    const r = el.getBoundingClientRect();
    const cx = r.x + r.width / 2;
    const cy = r.y + r.height / 2;
    // The page sees our host at that point; inside our root, the control itself.
    const hit = document.elementFromPoint(cx, cy) === h && h.shadowRoot!.elementFromPoint(cx, cy) === el;
    // Opacity multiplies down the tree: the host's counts too.
    const style = getComputedStyle(el);
    return {
      box: { width: Math.round(r.width), height: Math.round(r.height), x: Math.round(r.x), y: Math.round(r.y) },
      fontSize: style.fontSize,
      hitAtCentre: hit,
      visibility: style.visibility,
      opacity: String(Number(style.opacity) * Number(getComputedStyle(h).opacity)),
      text: el.textContent ?? '',
    };
  }, selector);
}

/** Drawn as designed: 11px text, a small box on screen, visible, opaque, and hit by a click at its centre. */
function expectDrawn(r: Rendered | null, text: string): void {
  expect(r).not.toBeNull();
  expect({ text: r!.text, fontSize: r!.fontSize, visibility: r!.visibility, opacity: r!.opacity, hitAtCentre: r!.hitAtCentre }).toEqual({
    text,
    fontSize: '11px',
    visibility: 'visible',
    opacity: '1',
    hitAtCentre: true,
  });
  expect(r!.box.width).toBeGreaterThan(20);
  expect(r!.box.width).toBeLessThan(400);
  expect(r!.box.height).toBeGreaterThan(10);
  expect(r!.box.height).toBeLessThan(40);
  expect(r!.box.x).toBeGreaterThanOrEqual(0);
  expect(r!.box.y).toBeGreaterThanOrEqual(0);
}

describe('the save control and status pill on a posting with hostile CSS', () => {
  it.each(NAMES.map((name, i) => [name, i] as const))('%s: Save renders, works, and the status pill renders after a reload', async (_name, i) => {
    const page: Page = await ext.context.newPage();
    await page.setViewportSize({ width: 1300, height: 900 });
    await page.goto(postingUrlFor(i), { waitUntil: 'load' });
    const host = page.locator(`[data-loopready="save"][data-job-id="${jobIdFor(i)}"]`);
    await host.waitFor({ state: 'attached', timeout: 10_000 });
    await poll(() => host.evaluate((h) => h.shadowRoot?.querySelector('button')?.textContent ?? null)).toBe('Save');
    expectDrawn(await rendered(host, 'button'), 'Save');
    // A real click at the centre (the mouse, not a synthetic event on the element).
    const r = (await rendered(host, 'button'))!;
    await page.mouse.click(r.box.x + r.box.width / 2, r.box.y + r.box.height / 2);
    await poll(() => host.evaluate((h) => h.shadowRoot?.querySelector('[data-status]')?.textContent ?? null)).toBe('LoopReady: Saved');
    expectDrawn(await rendered(host, '[data-status]'), 'LoopReady: Saved');

    await page.reload({ waitUntil: 'load' });
    await poll(() => host.evaluate((h) => h.shadowRoot?.querySelector('[data-status]')?.textContent ?? null)).toBe('LoopReady: Saved');
    expectDrawn(await rendered(host, '[data-status]'), 'LoopReady: Saved');
    expect(ext.extensionProblems()).toEqual([]);
    await page.close();
  });
});

describe('the listing badges on the real search page with hostile CSS', () => {
  const CARDS = (searchResultsFragment().match(/data-job-id="\d+"/g) ?? []).length;

  // Each case saves a different card, so each starts from an unsaved one.
  it.each(NAMES.map((name, i) => [name, i] as const))('%s: every card shows a badge, and Save works', async (_name, i) => {
    const page: Page = await ext.context.newPage();
    await page.setViewportSize({ width: 1300, height: 900 });
    await page.goto(`${LISTING_URL}&hostile=${i}`, { waitUntil: 'load' });
    const badges = page.locator('[data-loopready="badge"]');
    await poll(() => badges.evaluateAll((hs) => hs.filter((h) => h.shadowRoot?.querySelector('button, [data-status]')).length)).toBe(CARDS);
    const card = badges.nth(i);
    const before = (await rendered(card, 'button'))!;
    expectDrawn(before, 'Save');
    await page.mouse.click(before.box.x + before.box.width / 2, before.box.y + before.box.height / 2);
    await poll(() => card.evaluate((h) => h.shadowRoot?.querySelector('[data-status]')?.textContent ?? null)).toBe('LoopReady: Saved');
    // The click saved the job and did not follow the card's link.
    expect(page.url()).toContain(`hostile=${i}`);
    expectDrawn(await rendered(card, '[data-status]'), 'LoopReady: Saved');
    await page.close();
  });
});
