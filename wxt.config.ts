import { defineConfig } from 'wxt';
import preact from '@preact/preset-vite';

// One codebase, two targets: `wxt build` (Chrome MV3) and `wxt build -b firefox`.
export default defineConfig({
  modules: ['@wxt-dev/webextension-polyfill'],
  vite: () => ({
    plugins: [preact()],
  }),
  manifest: {
    name: 'LoopReady',
    description:
      'Prepare for Amazon interviews from the posting you are reading, and track your applications. Everything stays on your machine.',
    // The fewest permissions that work: storage for settings, alarms + notifications for follow-up
    // reminders. Host access comes only from the content script's amazon.jobs match patterns.
    permissions: ['storage', 'alarms', 'notifications'],
    // Extension pages run only their own bundled scripts: no inline script, eval or remote code.
    // Stated (not left to the browser default) so tests/unit/privacy/manifest.test.ts can hold it.
    content_security_policy: { extension_pages: "script-src 'self'; object-src 'self'" },
    browser_specific_settings: {
      gecko: { id: 'loopready@loopready.dev' },
    },
  },
});
