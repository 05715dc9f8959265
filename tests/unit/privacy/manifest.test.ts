// Privacy by construction: the built manifest asks for the fewest powers that work. Built fresh into a
// directory of its own (scripts/lib/build-isolated.ts), so the test reads what `wxt build` really
// emits from wxt.config.ts and the entrypoints, never a stale or half-written .output/.
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildIsolated } from '../../../scripts/lib/build-isolated';

interface Manifest {
  manifest_version: number;
  permissions?: string[];
  optional_permissions?: string[];
  host_permissions?: string[];
  optional_host_permissions?: string[];
  content_scripts?: { matches: string[]; js?: string[]; include_globs?: string[]; exclude_globs?: string[] }[];
  web_accessible_resources?: unknown[];
  content_security_policy?: { extension_pages?: string; sandbox?: string } | string;
  externally_connectable?: unknown;
}

const AMAZON_JOBS = new Set(['*://amazon.jobs/*', '*://*.amazon.jobs/*', 'https://amazon.jobs/*', 'https://*.amazon.jobs/*']);

let outDir: string;
let manifest: Manifest;

beforeAll(async () => {
  outDir = mkdtempSync(join(tmpdir(), 'loopready-manifest-'));
  const dir = await buildIsolated(outDir, 'chrome');
  manifest = JSON.parse(readFileSync(join(dir, 'manifest.json'), 'utf8')) as Manifest;
}, 240_000);

afterAll(() => {
  if (outDir) rmSync(outDir, { recursive: true, force: true });
});

/** The CSP directives as a map: "script-src 'self'; object-src 'self'" -> {script-src: ["'self'"], …}. */
function directives(csp: string): Map<string, string[]> {
  return new Map(
    csp
      .split(';')
      .map((d) => d.trim().split(/\s+/))
      .filter((parts) => parts[0])
      .map(([name, ...sources]) => [name!.toLowerCase(), sources]),
  );
}

describe('the built Chrome manifest', () => {
  it('is Manifest V3', () => {
    expect(manifest.manifest_version).toBe(3);
  });

  it('asks for exactly storage, alarms and notifications, and nothing optional', () => {
    expect([...(manifest.permissions ?? [])].sort()).toEqual(['alarms', 'notifications', 'storage']);
    expect(manifest.optional_permissions ?? []).toEqual([]);
    expect(manifest.optional_host_permissions ?? []).toEqual([]);
  });

  it('has no host permissions beyond amazon.jobs, and no <all_urls> anywhere', () => {
    for (const host of manifest.host_permissions ?? []) expect(AMAZON_JOBS.has(host), host).toBe(true);
    expect(JSON.stringify(manifest)).not.toMatch(/<all_urls>|\*:\/\/\*\/\*|https?:\/\/\*\/\*/);
  });

  it('runs its content script only on amazon.jobs', () => {
    const matches = (manifest.content_scripts ?? []).flatMap((c) => c.matches);
    expect(matches.length).toBeGreaterThan(0);
    for (const m of matches) expect(AMAZON_JOBS.has(m), m).toBe(true);
  });

  it('has one content script, named for the site it runs on (entrypoints/amazon-jobs.content/), in two entries that split amazon.jobs between them', () => {
    // entrypoints/amazon-jobs.content/entries.ts: possible postings run the startup alone; every other
    // page runs the one-line flag file first. The same globs included and excluded: one entry per page.
    const [posting, other, ...rest] = manifest.content_scripts ?? [];
    expect(rest).toEqual([]);
    expect(posting?.js).toEqual(['content-scripts/amazon-jobs.js']);
    expect(other?.js).toEqual(['content-scripts/amazon-jobs-not-posting.js', 'content-scripts/amazon-jobs.js']);
    expect(posting?.matches).toEqual(other?.matches);
    expect(posting?.include_globs).toHaveLength(10);
    expect(other?.exclude_globs).toEqual(posting?.include_globs);
    expect(posting?.exclude_globs).toBeUndefined();
    expect(other?.include_globs).toBeUndefined();
  });

  it('exposes one file, the content script\'s features module, to amazon.jobs only and behind a per-session URL; accepts no messages from pages', () => {
    // The content script's startup imports its features in idle time (entrypoints/amazon-jobs.content/
    // startup.ts), and a content script can import() only a web-accessible file. Anything more would
    // let pages fingerprint the extension; `use_dynamic_url` keeps even this one off a fixed URL.
    expect(manifest.web_accessible_resources).toEqual([
      { resources: ['amazon-jobs-features.js'], matches: ['*://amazon.jobs/*', '*://*.amazon.jobs/*'], use_dynamic_url: true },
    ]);
    expect(manifest.externally_connectable).toBeUndefined();
  });

  it("has a strict CSP for extension pages: scripts and objects only from the extension itself", () => {
    const csp = manifest.content_security_policy;
    expect(typeof csp).toBe('object');
    const pages = directives((csp as { extension_pages?: string }).extension_pages ?? '');
    expect(pages.get('script-src')).toEqual(["'self'"]);
    expect(pages.get('object-src')).toEqual(["'self'"]);
    const all = [...pages.values()].flat();
    for (const loose of ["'unsafe-eval'", "'unsafe-inline'", "'wasm-unsafe-eval'", '*', 'http:', 'https:', 'data:', 'blob:']) {
      expect(all, `CSP must not allow ${loose}`).not.toContain(loose);
    }
  });
});
