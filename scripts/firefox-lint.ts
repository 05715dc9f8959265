// The Firefox build must pass Mozilla's linter (web-ext lint, the same checks as addons.mozilla.org)
// with zero errors. Builds `wxt build -b firefox` into a temporary directory of its own (not the
// shared .output/), lints it, prints the counts and every error and warning, exits 1 on any error.
//
//   npx tsx scripts/firefox-lint.ts            build + lint
//   npx tsx scripts/firefox-lint.ts <dir>      lint an existing build (e.g. .output/firefox-mv2)
import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { buildIsolated } from './lib/build-isolated';
import { runAsMain } from './lib/run-as-main';

const ROOT = join(fileURLToPath(new URL('.', import.meta.url)), '..');

interface LintMessage {
  code: string;
  message: string;
  file?: string;
  line?: number;
}
export interface LintReport {
  count: number;
  summary: { errors: number; warnings: number; notices: number };
  errors: LintMessage[];
  warnings: LintMessage[];
  notices: LintMessage[];
}

export function webExtLint(sourceDir: string): LintReport {
  const bin = join(ROOT, 'node_modules', '.bin', 'web-ext');
  const run = spawnSync(bin, ['lint', '--source-dir', sourceDir, '--output', 'json', '--no-input', '--no-config-discovery'], {
    encoding: 'utf8',
    maxBuffer: 64 * 1024 * 1024,
  });
  // web-ext exits non-zero on errors but still prints the JSON report.
  const start = run.stdout.indexOf('{');
  if (start < 0) throw new Error(`web-ext lint printed no report (exit ${run.status}):\n${run.stderr || run.stdout}`);
  return JSON.parse(run.stdout.slice(start)) as LintReport;
}

const where = (m: LintMessage): string => (m.file ? `${m.file}${m.line ? `:${m.line}` : ''}` : 'manifest');

async function main(): Promise<void> {
  const dirArg = process.argv.slice(2).find((a) => !a.startsWith('--'));
  const temp = dirArg ? null : mkdtempSync(join(tmpdir(), 'loopready-firefox-'));
  try {
    const dir = temp ? await buildIsolated(temp, 'firefox') : resolve(dirArg!);
    const report = webExtLint(dir);
    const { errors, warnings, notices } = report.summary;
    console.log(`web-ext lint ${dir}: ${errors} error(s), ${warnings} warning(s), ${notices} notice(s)`);
    for (const m of report.errors) console.log(`ERROR ${m.code} ${where(m)}: ${m.message}`);
    for (const m of report.warnings) console.log(`warning ${m.code} ${where(m)}: ${m.message}`);
    if (errors > 0) process.exitCode = 1;
  } finally {
    if (temp) rmSync(temp, { recursive: true, force: true });
  }
}

runAsMain(import.meta.url, main);
