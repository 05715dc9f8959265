import { defineConfig } from 'wxt';
import preact from '@preact/preset-vite';
import { resolve } from 'node:path';
import { transformWithEsbuild, type BuildOptions, type PluginOption } from 'vite';
import { NOT_POSTING_FILE, NOT_POSTING_SOURCE, POSTING_GLOBS } from './entrypoints/amazon-jobs.content/entries';
import { SHARED_PREACT } from './entrypoints/popup/shared-preact';

// Rollup warns, once per bundle, that it drops `/*#__PURE__*/`-style comments it cannot place in
// Zod's own sources (INVALID_ANNOTATION): harmless, about code we do not own, and thirty lines that
// bury what a build has to say. Silenced for node_modules only; every other warning still shows.
// onLog, not onwarn: @preact/preset-vite sets its own onwarn, which would replace ours.
const quietDependencyNoise: NonNullable<NonNullable<BuildOptions['rollupOptions']>['onLog']> = (level, log, handler) => {
  if (level === 'warn' && log.code === 'INVALID_ANNOTATION' && log.id?.includes('/node_modules/')) return;
  handler(level, log);
};

/** entrypoints/popup-panels.ts: the popup's second file, which renders with the first file's Preact. */
const POPUP_PANELS_ENTRY = 'popup-panels';
/** entrypoints/amazon-jobs-features.ts: the content script's features, loaded by its startup. */
const FEATURES_ENTRY = 'amazon-jobs-features';
/** V8's compile hint for a whole file: must be the file's first line. */
const EAGER_COMPILE_HINT = '//# allFunctionsCalledOnLoad';
const AMAZON_JOBS = ['*://amazon.jobs/*', '*://*.amazon.jobs/*'];

/**
 * popup.html as built: its stylesheet inlined, and WXT's plugin module dropped.
 * - The stylesheet: a linked one is one more request through the extension file handler, and both
 *   the first paint and the popup's scripts wait for it. The CSP restricts scripts and objects only,
 *   so an inline <style> is allowed.
 * - WXT adds a module script to every page (`virtual:wxt-html-plugins`: Vite's modulepreload
 *   polyfill, and the WXT plugins' set-up, of which this project has none). The popup's own script is
 *   a classic deferred one (entrypoints/popup-main.ts), which would wait for that module's file too;
 *   as an unlisted script it sets up WXT's plugins itself.
 */
function popupHtml(): PluginOption {
  return {
    name: 'loopready:popup-html',
    enforce: 'post',
    generateBundle(_options, bundle) {
      const html = Object.values(bundle).find((f) => f.type === 'asset' && f.fileName.endsWith('entrypoints/popup/index.html'));
      if (!html || html.type !== 'asset') return;
      html.source = String(html.source)
        .replace(/<link rel="stylesheet"[^>]*href="\/([^"]+\.css)"[^>]*>/g, (tag, file: string) => {
          const css = bundle[file];
          return css?.type === 'asset' ? `<style>${String(css.source).replace(/<\/style/gi, '<\\/style')}</style>` : tag;
        })
        .replace(/\s*<script type="module"[^>]*src="\/chunks\/_virtual_wxt-html-plugins-[^"]*"[^>]*><\/script>/g, '');
    },
  };
}

// One codebase, two targets: `wxt build` (Chrome MV3) and `wxt build -b firefox`.
export default defineConfig({
  modules: ['@wxt-dev/webextension-polyfill'],
  vite: () => ({
    plugins: [preact(), popupHtml()],
    build: {
      rollupOptions: {
        onLog: quietDependencyNoise,
        // Extension pages load every chunk through the browser's extension file handler, one request
        // each and slow on a busy machine: the popup waited on eight files, five under 1 KB. Chunks
        // this small are merged into a chunk that imports them where that changes nothing else.
        output: { experimentalMinChunkSize: 8 * 1024 },
      },
    },
  }),
  hooks: {
    // The content script as two manifest entries (entrypoints/amazon-jobs.content/entries.ts): the
    // startup alone on possible postings, and after a one-line flag file on every other amazon.jobs
    // page. Globs include and exclude the same URLs, so exactly one entry runs on each page.
    'build:publicAssets': (_wxt, files) => {
      files.push({ relativeDest: NOT_POSTING_FILE, contents: NOT_POSTING_SOURCE });
    },
    'build:manifestGenerated': (_wxt, manifest) => {
      manifest.content_scripts = (manifest.content_scripts ?? []).flatMap((entry) =>
        entry.js?.includes('content-scripts/amazon-jobs.js')
          ? [
              { ...entry, include_globs: [...POSTING_GLOBS] },
              { ...entry, exclude_globs: [...POSTING_GLOBS], js: [NOT_POSTING_FILE, ...entry.js] },
            ]
          : [entry],
      );
    },
    // The polyfill serves the background only. The content script keeps the browser's own
    // namespace: its only extension API use is runtime messaging, which @webext-core/messaging does
    // through `chrome.*` (promise-free callbacks, in Chrome and Firefox alike), and the polyfill
    // would cost 2.8 KB of the content script's 12 KB gzip budget. The extension pages call four
    // APIs (tabs.query/sendMessage/create, runtime.getURL), promise-based natively in MV3 Chrome and
    // in Firefox; without the polyfill the popup parses 10 KB less before its first content.
    'vite:build:extendConfig': (entrypoints, config) => {
      // The content script in two parts (entrypoints/amazon-jobs.content/startup.ts says why):
      // - the startup, built from run.ts instead of WXT's wrapper, which would construct a
      //   ContentScriptContext (about 2 ms on every amazon.jobs page);
      // - the features, an ES module that the startup loads with import() in idle time.
      const only = entrypoints.length === 1 ? entrypoints[0] : undefined;
      const lib = config.build?.lib;
      const split = only?.name === 'amazon-jobs' && only.type === 'content-script' ? 'startup' : only?.name === FEATURES_ENTRY ? 'features' : null;
      if (split && lib) {
        lib.entry = split === 'startup' ? resolve(import.meta.dirname, 'entrypoints/amazon-jobs.content/run.ts') : only!.inputPath;
        // WXT appends `<name>;` (scripting.executeScript's return value): neither part defines it.
        config.plugins = (config.plugins ?? []).filter((p: PluginOption) => !(p && typeof p === 'object' && 'name' in p && p.name === 'wxt:iife-footer'));
        if (split === 'features') {
          lib.formats = ['es'];
          // Vite keeps an ES library's whitespace (for its consumers' tree-shaking); this one has none.
          // generateBundle, not renderChunk: Vite's own renderChunk would print the whitespace back.
          // The first line is V8's explicit compile hint (Chromium 136+; other engines read a comment):
          // compile every function with the module instead of each at its first call, so the module's
          // code cache holds them all and later pages of the session skip those compiles. Nearly every
          // function runs on a posting or search page anyway (extraction, watchers, badge). Measured
          // (2026-12-03, interleaved loads, trace thread time of all script on a posting page):
          // 22.4 -> 20.1 ms (8 interleaved loads).
          config.plugins.push({
            name: 'loopready:minify-module',
            async generateBundle(_options, bundle) {
              for (const chunk of Object.values(bundle)) {
                if (chunk.type === 'chunk') {
                  const { code } = await transformWithEsbuild(chunk.code, chunk.fileName, { minify: true, format: 'esm' });
                  chunk.code = `${EAGER_COMPILE_HINT}\n${code}`;
                }
              }
            },
          });
        }
      }
      // The popup's panels: Preact is the first file's, read from its globals (entrypoints/popup/shared-preact.ts).
      if (only?.name === POPUP_PANELS_ENTRY) {
        const rollup = (config.build!.rollupOptions ??= {});
        rollup.external = Object.keys(SHARED_PREACT);
        const output = rollup.output;
        if (Array.isArray(output) || !output) throw new Error(`${POPUP_PANELS_ENTRY}: expected WXT's one output`);
        output.globals = { ...SHARED_PREACT };
      }
      if (entrypoints.some((e) => e.type === 'background')) return;
      const alias = config.resolve?.alias;
      if (Array.isArray(alias)) {
        config.resolve!.alias = alias.filter((a: { find: unknown }) => a.find !== 'wxt/browser');
      } else if (alias && typeof alias === 'object') {
        delete (alias as Record<string, string>)['wxt/browser'];
      }
    },
  },
  manifest: ({ browser }) => ({
    name: 'LoopReady',
    description:
      'Prepare for Amazon interviews from the posting you are reading, and track your applications. Everything stays on your machine.',
    // The fewest permissions that work: storage for settings, alarms + notifications for follow-up
    // reminders.
    permissions: ['storage', 'alarms', 'notifications'],
    // The same sites as the content script's match patterns, so no new access and no new install
    // warning (both browsers already name amazon.jobs for the content script). Stated as host access
    // so the popup can read an amazon.jobs tab's address (tabs.get / tabs.query leave it out without),
    // to tell whether the background's copy of the tab's report is of the page shown now
    // (messaging/seen-page.ts); other tabs' addresses stay hidden. README "The popup's first answer".
    host_permissions: AMAZON_JOBS,
    // Extension pages run only their own bundled scripts: no inline script, eval or remote code.
    // Stated (not left to the browser default) so tests/unit/privacy/manifest.test.ts can hold it.
    content_security_policy: { extension_pages: "script-src 'self'; object-src 'self'" },
    // The one web-accessible file: the content script's features module, which its startup imports
    // (a content script can import() only what the page's origin may load). amazon.jobs only, and in
    // Chrome behind a per-session URL, so a page cannot probe a fixed URL to detect the extension.
    // Firefox (MV2) lists it as a plain path; its moz-extension:// host is random per install.
    // README "Content script startup" has the trade-off.
    web_accessible_resources: [{ resources: [`${FEATURES_ENTRY}.js`], matches: AMAZON_JOBS, use_dynamic_url: true }],
    // Firefox only (Chrome warns about the unknown key). Firefox asks every add-on to declare what
    // it collects: nothing (web-ext lint warns without it).
    // The theme uses CSS light-dark() (Chrome 123, Firefox 120); older browsers would lose every colour.
    // Firefox 140 is also the first to read data_collection_permissions.
    ...(browser === 'firefox'
      ? {
          browser_specific_settings: {
            gecko: {
              id: 'loopready@loopready.dev',
              strict_min_version: '140.0',
              data_collection_permissions: { required: ['none'] },
            },
            gecko_android: { strict_min_version: '142.0' },
          },
        }
      : { minimum_chrome_version: '123' }),
  }),
});
