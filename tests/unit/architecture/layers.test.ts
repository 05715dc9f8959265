// The import graph of the product's source: no cycles, and no import from a lower layer up to a
// higher one. From the bottom: core (pure logic, the Posting model) ← content (extraction) and db
// (the store) ← messaging ← components (UI from props) ← entrypoints (browser adapters, pages).
// A checker run on a planted tree shows it catches both kinds of violation.
import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, posix } from 'node:path';
import { describe, expect, it } from 'vitest';

const LAYERS = ['core', 'content', 'db', 'messaging', 'components', 'entrypoints'] as const;
type Layer = (typeof LAYERS)[number];

/** What each layer must never import. */
const FORBIDDEN: Record<Layer, Layer[]> = {
  core: ['content', 'db', 'messaging', 'components', 'entrypoints'],
  content: ['db', 'messaging', 'components', 'entrypoints'],
  db: ['content', 'messaging', 'components', 'entrypoints'],
  messaging: ['components', 'entrypoints'],
  components: ['entrypoints'],
  entrypoints: [],
};

const IMPORT = /(?:\bimport\s+(type\s+)?(?:[\w*{}\s,]+?\s+from\s+)?|\bexport\s+(type\s+)?(?:\*|\{[^}]*\})\s+from\s+|\bimport\s*\()\s*['"](\.{1,2}\/[^'"]+)['"]/g;

function sourceFiles(root: string, dir: string): string[] {
  const out: string[] = [];
  for (const entry of readdirSync(join(root, dir), { withFileTypes: true })) {
    const path = posix.join(dir, entry.name);
    if (entry.isDirectory()) out.push(...sourceFiles(root, path));
    else if (/\.tsx?$/.test(entry.name) && !entry.name.endsWith('.d.ts')) out.push(path);
  }
  return out;
}

function resolve(root: string, from: string, spec: string): string | null {
  const base = posix.normalize(posix.join(posix.dirname(from), spec));
  for (const candidate of [base, `${base}.ts`, `${base}.tsx`, `${base}/index.ts`, `${base}/index.tsx`]) {
    if (/\.tsx?$/.test(candidate) && existsSync(join(root, candidate))) return candidate;
  }
  return null;
}

interface Edge {
  to: string;
  /** `import type`: gone from the built code, so it cannot make a cycle at run time. */
  typeOnly: boolean;
}

/** file -> the source files it imports (relative imports only; packages are not layers). */
function importGraph(root: string): Map<string, Edge[]> {
  const graph = new Map<string, Edge[]>();
  for (const layer of LAYERS) {
    if (!existsSync(join(root, layer))) continue;
    for (const file of sourceFiles(root, layer)) {
      const text = readFileSync(join(root, file), 'utf8').replace(/\/\*[\s\S]*?\*\/|(^|[^:])\/\/.*$/gm, '$1');
      const edges: Edge[] = [];
      for (const m of text.matchAll(IMPORT)) {
        const to = resolve(root, file, m[3]!);
        if (to) edges.push({ to, typeOnly: Boolean(m[1] ?? m[2]) });
      }
      graph.set(file, edges);
    }
  }
  return graph;
}

const layerOf = (file: string) => file.split('/')[0] as Layer;

function upwardImports(graph: Map<string, Edge[]>): string[] {
  const out = new Set<string>();
  for (const [file, edges] of graph) {
    for (const { to } of edges) if (FORBIDDEN[layerOf(file)].includes(layerOf(to))) out.add(`${file} -> ${to}`);
  }
  return [...out].sort();
}

/** Every cycle, each once, as "a -> b -> a". */
function importCycles(graph: Map<string, Edge[]>): string[] {
  const cycles = new Set<string>();
  const state = new Map<string, 'open' | 'done'>();
  const stack: string[] = [];
  const visit = (file: string) => {
    state.set(file, 'open');
    stack.push(file);
    for (const next of (graph.get(file) ?? []).filter((e) => !e.typeOnly).map((e) => e.to)) {
      if (state.get(next) === 'open') {
        const loop = stack.slice(stack.indexOf(next));
        // The same cycle found from another file: keep one spelling, starting at its smallest name.
        const start = loop.indexOf([...loop].sort()[0]!);
        const canonical = [...loop.slice(start), ...loop.slice(0, start)];
        cycles.add([...canonical, canonical[0]].join(' -> '));
      } else if (!state.has(next)) visit(next);
    }
    stack.pop();
    state.set(file, 'done');
  };
  for (const file of [...graph.keys()].sort()) if (!state.has(file)) visit(file);
  return [...cycles];
}

const ROOT = join(dirname(new URL(import.meta.url).pathname), '..', '..', '..');

describe('the source tree', () => {
  const graph = importGraph(ROOT);

  it('is read whole: every layer, with its imports', () => {
    for (const layer of LAYERS) expect([...graph.keys()].some((f) => f.startsWith(`${layer}/`)), layer).toBe(true);
    expect(graph.get('entrypoints/plan/App.tsx')?.map((e) => e.to)).toContain('core/prep-plan.ts');
  });

  it('imports nothing from a higher layer', () => {
    // No exceptions: the amazon.jobs URL rules (core/amazon-jobs-url.ts) and the section text helpers
    // (core/section-text.ts) live in core, and content/ imports them from there.
    expect(upwardImports(graph)).toEqual([]);
  });

  it('has no import cycle', () => {
    expect(importCycles(graph)).toEqual([]);
  });
});

describe('the checker, on a planted tree', () => {
  it('reports an upward import and a cycle', () => {
    const root = mkdtempSync(join(tmpdir(), 'layers-'));
    try {
      const write = (path: string, text: string) => {
        mkdirSync(dirname(join(root, path)), { recursive: true });
        writeFileSync(join(root, path), text);
      };
      write('core/a.ts', "import { b } from './b';\nexport const a = 1;\n");
      write('core/b.ts', "import { a } from './a';\nexport const b = 2;\n");
      write('core/c.ts', "import type { A } from './a';\nimport { b } from './b';\nexport const c = 3;\n");
      write('core/ok.ts', "// import { x } from '../components/x';\nexport const ok = 3;\n");
      write('core/rules.ts', "import type { Card } from '../content/extract';\nexport const rules = 4;\n");
      write('content/extract.ts', "import { ok } from '../core/ok';\nexport type Card = typeof ok;\n");
      write('components/view.tsx', "import { page } from '../entrypoints/page/App';\nexport const view = page;\n");
      write('entrypoints/page/App.tsx', "import { view } from '../../components/view';\nexport const page = await import('../../core/a');\n");
      const graph = importGraph(root);
      // A type-only import up a layer is still a violation (it ties the lower layer to the higher one).
      expect(upwardImports(graph)).toEqual([
        'components/view.tsx -> entrypoints/page/App.tsx',
        'core/rules.ts -> content/extract.ts',
      ]);
      expect(importCycles(graph).sort()).toEqual([
        'components/view.tsx -> entrypoints/page/App.tsx -> components/view.tsx',
        'core/a.ts -> core/b.ts -> core/a.ts',
      ]);
    } finally {
      rmSync(root, { recursive: true, force: true });
    }
  });
});

