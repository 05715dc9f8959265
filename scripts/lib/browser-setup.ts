// The global setup both browser-test projects share (vitest.config.ts): find or install the browser
// before any test file runs, so a machine without it fails once, with one sentence, instead of once
// per test file with a launch error.
import { BrowserSetupError, ensureAndExport, type BrowserSpec } from './find-browser';

export function browserSetup(spec: BrowserSpec): () => void {
  return () => {
    try {
      ensureAndExport(spec);
    } catch (err) {
      if (!(err instanceof BrowserSetupError)) throw err;
      // Vitest would print a stack under it; the sentence is the whole story.
      process.stderr.write(`\n${err.message}\n\n`);
      process.exit(1);
    }
  };
}
