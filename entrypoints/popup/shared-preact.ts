// The popup's two files share one Preact (entrypoints/popup-main.ts says why two files): the first,
// popup-main.js, puts the modules below on these globals, and the second, popup-panels.js, is built
// with them as externals read from there (wxt.config.ts). Two copies would not do: the panels' hooks
// and elements must belong to the Preact that renders them.
export const SHARED_PREACT = {
  preact: '__loopreadyPreact',
  'preact/hooks': '__loopreadyPreactHooks',
  'preact/jsx-runtime': '__loopreadyPreactJsx',
} as const;
