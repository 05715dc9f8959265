// Page text is untrusted and must never be interpreted as HTML or code. This lint fails the build on
// any API that would do that, in the shipped source and the scripts, unless the exact file and API
// are in the reviewed allow-list (lint-allowlist.json, expected to stay empty).
//
//   npx tsx scripts/lint-unsafe.ts [root]     exit 0: clean; exit 1: prints file:line for each use
//
// Comments are skipped (a comment may name an API to explain why it is avoided); string contents are
// not, so a bracket access by name (`el['innerHTML']`) is caught too.
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import ts from 'typescript';

export const SCANNED_DIRS = ['content', 'core', 'db', 'components', 'entrypoints', 'messaging', 'scripts'];
const SKIPPED_DIRS = new Set(['node_modules', 'tests', '.output', '.wxt', 'dist']);

// This file names the APIs it looks for, so it is the one file not scanned.
const SELF = 'scripts/lint-unsafe.ts';

export const UNSAFE_APIS: { name: string; pattern: RegExp }[] = [
  { name: 'innerHTML', pattern: /\binnerHTML\b/ },
  { name: 'outerHTML =', pattern: /\bouterHTML\s*=(?!=)/ },
  { name: 'insertAdjacentHTML', pattern: /\binsertAdjacentHTML\b/ },
  { name: 'dangerouslySetInnerHTML', pattern: /\bdangerouslySetInnerHTML\b/ },
  { name: 'eval(', pattern: /(?<![\w$.])eval\s*\(/ },
  { name: 'new Function(', pattern: /\bnew\s+Function\s*\(/ },
  { name: 'document.write', pattern: /\bdocument\s*\.\s*write(?:ln)?\b/ },
];

export interface AllowedUse {
  file: string;
  api: string;
  /** Why this use is safe: required, so every entry was reviewed. */
  reason: string;
}

export interface Violation {
  file: string;
  line: number;
  api: string;
  source: string;
}

/** The source with every comment replaced by spaces (newlines kept, so line numbers stay right). */
export function withoutComments(source: string): string {
  const scanner = ts.createScanner(ts.ScriptTarget.Latest, false, ts.LanguageVariant.JSX, source);
  let out = '';
  for (let kind = scanner.scan(); kind !== ts.SyntaxKind.EndOfFileToken; kind = scanner.scan()) {
    const text = scanner.getTokenText();
    out += kind === ts.SyntaxKind.SingleLineCommentTrivia || kind === ts.SyntaxKind.MultiLineCommentTrivia ? text.replace(/[^\n]/g, ' ') : text;
  }
  return out;
}

function sourceFiles(dir: string): string[] {
  if (!existsSync(dir)) return [];
  const out: string[] = [];
  for (const name of readdirSync(dir)) {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) {
      if (!SKIPPED_DIRS.has(name)) out.push(...sourceFiles(path));
    } else if (/\.(ts|tsx)$/.test(name) && !/\.(test|spec|bench)\.tsx?$/.test(name) && !name.endsWith('.d.ts')) {
      out.push(path);
    }
  }
  return out;
}

export function findUnsafe(root: string, allowed: readonly AllowedUse[] = []): Violation[] {
  const violations: Violation[] = [];
  for (const dir of SCANNED_DIRS) {
    for (const path of sourceFiles(join(root, dir))) {
      const file = relative(root, path).split(sep).join('/');
      if (file === SELF) continue;
      const original = readFileSync(path, 'utf8').split('\n');
      withoutComments(readFileSync(path, 'utf8'))
        .split('\n')
        .forEach((line, i) => {
          for (const { name, pattern } of UNSAFE_APIS) {
            if (!pattern.test(line)) continue;
            if (allowed.some((a) => a.file === file && a.api === name)) continue;
            violations.push({ file, line: i + 1, api: name, source: (original[i] ?? '').trim() });
          }
        });
    }
  }
  return violations;
}

export function readAllowlist(root: string): AllowedUse[] {
  const path = join(root, 'lint-allowlist.json');
  if (!existsSync(path)) return [];
  const list = JSON.parse(readFileSync(path, 'utf8')) as unknown;
  if (!Array.isArray(list)) throw new Error('lint-allowlist.json must be an array');
  for (const entry of list as Partial<AllowedUse>[]) {
    if (!entry.file || !entry.api || !entry.reason?.trim()) {
      throw new Error(`lint-allowlist.json: every entry needs file, api and a reason: ${JSON.stringify(entry)}`);
    }
  }
  return list as AllowedUse[];
}

function main(): void {
  const root = process.argv[2] ?? join(fileURLToPath(new URL('.', import.meta.url)), '..');
  const violations = findUnsafe(root, readAllowlist(root));
  for (const v of violations) console.log(`${v.file}:${v.line}: ${v.api}  ${v.source}`);
  if (violations.length > 0) {
    console.log(`lint-unsafe: ${violations.length} unsafe use(s) of HTML/code APIs (page text must never be parsed as HTML or run)`);
    process.exit(1);
  }
  console.log(`lint-unsafe: clean (${SCANNED_DIRS.join(', ')})`);
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) main();
