// The unsafe-HTML lint (scripts/lint-unsafe.ts): the real tree is clean with an empty allow-list, and
// a file using any of the banned APIs makes the CLI fail naming file and line.
import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { ROOT } from '../../../scripts/lib/chromium';
import { UNSAFE_APIS, findUnsafe, readAllowlist, withoutComments } from '../../../scripts/lint-unsafe';

const temps: string[] = [];
afterAll(() => temps.forEach((d) => rmSync(d, { recursive: true, force: true })));

function tree(files: Record<string, string>, allowlist?: unknown): string {
  const root = mkdtempSync(join(tmpdir(), 'loopready-lint-'));
  temps.push(root);
  for (const [path, text] of Object.entries(files)) {
    mkdirSync(join(root, path, '..'), { recursive: true });
    writeFileSync(join(root, path), text);
  }
  if (allowlist !== undefined) writeFileSync(join(root, 'lint-allowlist.json'), JSON.stringify(allowlist));
  return root;
}

const cli = (root: string) =>
  spawnSync(process.execPath, ['--import', 'tsx', join(ROOT, 'scripts', 'lint-unsafe.ts'), root], { encoding: 'utf8', cwd: ROOT });

describe('lint-unsafe', () => {
  it('the allow-list is empty', () => {
    expect(JSON.parse(readFileSync(join(ROOT, 'lint-allowlist.json'), 'utf8'))).toEqual([]);
  });

  it('passes on the real tree', () => {
    expect(findUnsafe(ROOT, readAllowlist(ROOT))).toEqual([]);
    const run = cli(ROOT);
    expect(run.status, run.stdout + run.stderr).toBe(0);
  }, 30_000);

  it('fails on a file that sets innerHTML, naming file and line', () => {
    const root = tree({ 'components/Bad.tsx': "export function show(el: Element, x: string) {\n  el.innerHTML = x;\n}\n" });
    const run = cli(root);
    expect(run.status).toBe(1);
    expect(run.stdout).toContain('components/Bad.tsx:2: innerHTML');
  }, 30_000);

  it('finds every banned API, in any scanned folder, and ignores tests and comments', () => {
    const uses = [
      'el.innerHTML = page;',
      "el['innerHTML'] = page;",
      'el.outerHTML = page;',
      "el.insertAdjacentHTML('beforeend', page);",
      '<div dangerouslySetInnerHTML={{ __html: page }} />',
      'eval(page);',
      "const f = new Function('x', page);",
      'document.write(page);',
    ];
    const root = tree({
      'entrypoints/popup/bad.tsx': uses.join('\n'),
      'core/ok.ts': '// never use innerHTML or eval( here\n/* document.write */\nconst evaluate = (x: string) => x.outerHTML === "";\nmy.retrieval(x);\n',
      'tests/unit/x.test.ts': 'el.innerHTML = 1;',
      'content/x.test.ts': 'el.innerHTML = 1;',
    });
    const found = findUnsafe(root);
    expect(found.map((v) => `${v.file}:${v.line}:${v.api}`)).toEqual([
      'entrypoints/popup/bad.tsx:1:innerHTML',
      'entrypoints/popup/bad.tsx:2:innerHTML',
      'entrypoints/popup/bad.tsx:3:outerHTML =',
      'entrypoints/popup/bad.tsx:4:insertAdjacentHTML',
      'entrypoints/popup/bad.tsx:5:dangerouslySetInnerHTML',
      'entrypoints/popup/bad.tsx:6:eval(',
      'entrypoints/popup/bad.tsx:7:new Function(',
      'entrypoints/popup/bad.tsx:8:document.write',
    ]);
    expect(new Set(found.map((v) => v.api)).size).toBe(UNSAFE_APIS.length);
  });

  it('an allow-list entry (file + API, with a reason) lets exactly that use through', () => {
    const files = { 'core/a.ts': 'el.innerHTML = "";\neval("1");\n' };
    const root = tree(files, [{ file: 'core/a.ts', api: 'innerHTML', reason: 'clears a node we created' }]);
    expect(findUnsafe(root, readAllowlist(root)).map((v) => v.api)).toEqual(['eval(']);
    const noReason = tree(files, [{ file: 'core/a.ts', api: 'innerHTML', reason: ' ' }]);
    expect(() => readAllowlist(noReason)).toThrow(/reason/);
  });

  it('blanks comments but keeps line numbers and code', () => {
    expect(withoutComments('a // innerHTML\n/* x\ny */ b')).toBe(`a${' '.repeat(13)}\n    \n     b`);
  });
});
