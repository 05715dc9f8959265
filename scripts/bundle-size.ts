// Gzipped size of what each entry point loads, read from the built extension (.output/chrome-mv3).
//   npx tsx scripts/bundle-size.ts          -> one line per entry, with its budget
//   npx tsx scripts/bundle-size.ts --json   -> {"contentScript": {gzipBytes, rawBytes, files}, …}
// An entry's size is its own JS plus every chunk it imports (statically or dynamically), each
// gzipped on its own, as the browser reads them from the package. CSS is counted apart.
import { existsSync, readFileSync } from 'node:fs';
import { dirname, join, posix, resolve } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { gzipSync } from 'node:zlib';
import { PANELS_PATH } from '../entrypoints/popup/panels-loader';

const ROOT = join(dirname(fileURLToPath(import.meta.url)), '..');
export const DEFAULT_BUILD_DIR = join(ROOT, '.output', 'chrome-mv3');

export interface EntrySize {
  /** Files counted, relative to the build directory. */
  files: string[];
  rawBytes: number;
  gzipBytes: number;
  cssGzipBytes: number;
  /** Gzipped JS budget in bytes (from the project brief), or null. */
  budgetBytes: number | null;
}

export interface BundleSizes {
  contentScript: EntrySize;
  popup: EntrySize;
  background: EntrySize;
}

const BUDGETS = { contentScript: 12 * 1024, popup: 40 * 1024, background: null } as const;

const gz = (buf: Buffer) => gzipSync(buf, { level: 9 }).length;

/** The JS files `entry` pulls in, itself first (paths relative to the build dir, "/"-separated). */
function withImports(buildDir: string, entry: string): string[] {
  const seen = new Set<string>();
  const visit = (file: string) => {
    if (seen.has(file)) return;
    seen.add(file);
    const code = readFileSync(join(buildDir, file), 'utf8');
    // Rollup output: `import{a}from"./x.js"`, `import"./x.js"`, `import("./x.js")`.
    for (const m of code.matchAll(/(?:\bfrom\s*|\bimport\s*\(?\s*)["']([^"']+\.js)["']/g)) {
      const spec = m[1]!;
      const target = spec.startsWith('/') ? spec.slice(1) : posix.normalize(posix.join(posix.dirname(file), spec));
      if (existsSync(join(buildDir, target))) visit(target);
    }
  };
  visit(entry);
  return [...seen];
}

function sizeOf(buildDir: string, jsEntries: string[], cssFiles: string[], budgetBytes: number | null): EntrySize {
  const files = [...new Set(jsEntries.flatMap((e) => withImports(buildDir, e)))];
  let rawBytes = 0;
  let gzipBytes = 0;
  for (const f of files) {
    const buf = readFileSync(join(buildDir, f));
    rawBytes += buf.length;
    gzipBytes += gz(buf);
  }
  const cssGzipBytes = cssFiles.reduce((n, f) => n + gz(readFileSync(join(buildDir, f))), 0);
  return { files: [...files, ...cssFiles], rawBytes, gzipBytes, cssGzipBytes, budgetBytes };
}

/** Script and stylesheet paths an HTML page of the build loads. */
function pageAssets(buildDir: string, html: string): { js: string[]; css: string[] } {
  const page = readFileSync(join(buildDir, html), 'utf8');
  const local = (p: string) => (p.startsWith('/') ? p.slice(1) : posix.normalize(posix.join(posix.dirname(html), p)));
  const js = [...page.matchAll(/<script[^>]*\bsrc="([^"]+)"/g), ...page.matchAll(/<link[^>]*rel="modulepreload"[^>]*href="([^"]+)"/g)].map((m) =>
    local(m[1]!),
  );
  const css = [...page.matchAll(/<link[^>]*rel="stylesheet"[^>]*href="([^"]+)"/g)].map((m) => local(m[1]!));
  return { js, css };
}

export function measureBundles(buildDir: string = DEFAULT_BUILD_DIR): BundleSizes {
  const manifestPath = join(buildDir, 'manifest.json');
  if (!existsSync(manifestPath)) throw new Error(`no build at ${buildDir}: run \`npx wxt build\` first`);
  const manifest = JSON.parse(readFileSync(manifestPath, 'utf8')) as {
    content_scripts?: Array<{ js?: string[]; css?: string[] }>;
    web_accessible_resources?: Array<{ resources?: string[] } | string>;
    action?: { default_popup?: string };
    background?: { service_worker?: string };
  };
  // The content script's startup imports its features module by URL (a web-accessible file), which
  // no static import names: both count against the content script's budget.
  const webAccessibleJs = (manifest.web_accessible_resources ?? []).flatMap((w) => (typeof w === 'string' ? [w] : (w.resources ?? []))).filter((f) => f.endsWith('.js'));
  const contentJs = [...(manifest.content_scripts ?? []).flatMap((c) => c.js ?? []), ...webAccessibleJs];
  const contentCss = (manifest.content_scripts ?? []).flatMap((c) => c.css ?? []);
  const popupHtml = manifest.action?.default_popup;
  const popup = popupHtml ? pageAssets(buildDir, popupHtml) : { js: [], css: [] };
  // The popup's second file, which its first adds as a script element (entrypoints/popup-main.ts).
  const panels = PANELS_PATH.slice(1);
  if (existsSync(join(buildDir, panels))) popup.js.push(panels);
  const bg = manifest.background?.service_worker;
  return {
    contentScript: sizeOf(buildDir, contentJs, contentCss, BUDGETS.contentScript),
    popup: sizeOf(buildDir, popup.js, popup.css, BUDGETS.popup),
    background: sizeOf(buildDir, bg ? [bg] : [], [], BUDGETS.background),
  };
}

export const kb = (bytes: number) => Math.round((bytes / 1024) * 10) / 10;

export function formatBundleSizes(sizes: BundleSizes): string[] {
  const label = { contentScript: 'content script', popup: 'popup', background: 'background' } as const;
  return (Object.keys(label) as Array<keyof BundleSizes>).map((k) => {
    const s = sizes[k];
    const budget =
      s.budgetBytes === null ? '' : ` (budget ${kb(s.budgetBytes)} KB: ${s.gzipBytes <= s.budgetBytes ? 'within' : 'OVER'})`;
    const css = s.cssGzipBytes ? ` + ${kb(s.cssGzipBytes)} KB CSS` : '';
    return `${label[k]}: ${kb(s.gzipBytes)} KB gzipped JS${css}${budget}; ${kb(s.rawBytes)} KB raw, ${s.files.length} file(s)`;
  });
}

if (import.meta.url === pathToFileURL(resolve(process.argv[1] ?? '')).href) {
  const dirArg = process.argv.slice(2).find((a) => !a.startsWith('--'));
  const sizes = measureBundles(dirArg ? resolve(dirArg) : DEFAULT_BUILD_DIR);
  if (process.argv.includes('--json')) process.stdout.write(JSON.stringify(sizes) + '\n');
  else for (const line of formatBundleSizes(sizes)) console.log(line);
}
