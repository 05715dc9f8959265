import { defineConfig } from 'wxt';
import preact from '@preact/preset-vite';
import type { BuildOptions } from 'vite';

// Rollup warns, once per bundle, that it drops `/*#__PURE__*/`-style comments it cannot place in
// Zod's own sources (INVALID_ANNOTATION): harmless, about code we do not own, and thirty lines that
// bury what a build has to say. Silenced for node_modules only; every other warning still shows.
// onLog, not onwarn: @preact/preset-vite sets its own onwarn, which would replace ours.
const quietDependencyNoise: NonNullable<NonNullable<BuildOptions['rollupOptions']>['onLog']> = (level, log, handler) => {
  if (level === 'warn' && log.code === 'INVALID_ANNOTATION' && log.id?.includes('/node_modules/')) return;
  handler(level, log);
};

// One codebase, two targets: `wxt build` (Chrome MV3) and `wxt build -b firefox`.
export default defineConfig({
  modules: ['@wxt-dev/webextension-polyfill'],
  vite: () => ({
    plugins: [preact()],
    build: { rollupOptions: { onLog: quietDependencyNoise } },
  }),
  hooks: {
    // The polyfill serves the background only. The content script keeps the browser's own
    // namespace: its only extension API use is runtime messaging, which @webext-core/messaging does
    // through `chrome.*` (promise-free callbacks, in Chrome and Firefox alike), and the polyfill
    // would cost 2.8 KB of the content script's 12 KB gzip budget. The extension pages call four
    // APIs (tabs.query/sendMessage/create, runtime.getURL), promise-based natively in MV3 Chrome and
    // in Firefox; without the polyfill the popup parses 10 KB less before its first content.
    'vite:build:extendConfig': (entrypoints, config) => {
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
    // reminders. Host access comes only from the content script's amazon.jobs match patterns.
    permissions: ['storage', 'alarms', 'notifications'],
    // Extension pages run only their own bundled scripts: no inline script, eval or remote code.
    // Stated (not left to the browser default) so tests/unit/privacy/manifest.test.ts can hold it.
    content_security_policy: { extension_pages: "script-src 'self'; object-src 'self'" },
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
