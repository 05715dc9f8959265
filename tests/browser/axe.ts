// axe-core for browser tests that check a page's WCAG A/AA violations as it is now.
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import type { Page } from 'playwright-core';

const AXE = readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');

/** axe-core's WCAG A/AA violations on a page (evaluated over CDP, so the popup's CSP allows it). */
export async function axeViolations(page: Page): Promise<Array<{ id: string; nodes: number }>> {
  await page.evaluate(AXE);
  return page.evaluate(async () => {
    const axe = (globalThis as unknown as { axe: { run(o: object): Promise<{ violations: Array<{ id: string; nodes: unknown[] }> }> } }).axe;
    const { violations } = await axe.run({ runOnly: ['wcag2a', 'wcag2aa'] });
    return violations.map((v) => ({ id: v.id, nodes: v.nodes.length }));
  });
}
