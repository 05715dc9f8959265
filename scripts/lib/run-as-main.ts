// Runs a script's main() only when the file is the command itself, so tests can import its helpers
// (overBudget, webExtLint…) without running it. A thrown error is one line on stderr and exit 2.
import { resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { errorMessage } from '../../core/error-message';

export function runAsMain(moduleUrl: string, main: () => Promise<void>): void {
  if (!process.argv[1] || fileURLToPath(moduleUrl) !== resolve(process.argv[1])) return;
  main().catch((err: unknown) => {
    console.error(errorMessage(err));
    process.exit(2);
  });
}
