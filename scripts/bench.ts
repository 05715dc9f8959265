// npm run bench            -> a table of medians, with the machine it ran on
// npm run --silent bench -- --json  -> {"<name>": {"median_ms": …, "runs": …}, …}
// npm run bench -- <filter>  -> only benchmarks whose name contains <filter>
// npm run bench -- --file=ranking  -> only bench/ranking.bench.ts (skips the other files' set-up: the
//                                     store and interview benches fill databases before any filter applies)
import { readdirSync } from 'node:fs';
import { cpus, totalmem } from 'node:os';
import { join, dirname } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import type { BenchEntry, Benchmark } from '../bench/benchmark';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const args = process.argv.slice(2);
const json = args.includes('--json');
const filter = args.find((a) => !a.startsWith('--'));
const only = args.find((a) => a.startsWith('--file='))?.slice('--file='.length);

function median(xs: number[]): number {
  const s = [...xs].sort((a, b) => a - b);
  const mid = s.length >> 1;
  return s.length % 2 ? s[mid]! : (s[mid - 1]! + s[mid]!) / 2;
}

async function time(b: Benchmark) {
  const runs = b.runs ?? 200;
  const warmup = b.warmup ?? Math.ceil(runs / 10);
  await b.setup?.();
  for (let i = 0; i < warmup; i++) await b.fn();
  const samples: number[] = [];
  for (let i = 0; i < runs; i++) {
    const t0 = performance.now();
    await b.fn();
    samples.push(performance.now() - t0);
  }
  await b.teardown?.();
  return { median_ms: round(median(samples)), min_ms: round(Math.min(...samples)), max_ms: round(Math.max(...samples)), runs };
}

const round = (x: number) => Math.round(x * 1000) / 1000;

const files = readdirSync(join(root, 'bench'))
  .filter((f) => f.endsWith('.bench.ts') && (!only || f === `${only}.bench.ts`))
  .sort();
if (files.length === 0) throw new Error(`no bench/${only}.bench.ts`);
const results: Record<string, Record<string, number | string>> = {};
for (const f of files) {
  const mod = (await import(pathToFileURL(join(root, 'bench', f)).href)) as { default: BenchEntry[] | (() => Promise<BenchEntry[]>) };
  const entries = typeof mod.default === 'function' ? await mod.default() : mod.default;
  for (const e of entries) {
    if (filter && !e.name.includes(filter)) continue;
    if ('measure' in e) {
      const { value, unit } = await e.measure();
      results[e.name] = { value, unit };
    } else {
      results[e.name] = await time(e);
    }
    if (!json) process.stderr.write(`  done: ${e.name}\n`);
  }
}

const machine = `${cpus()[0]?.model ?? 'unknown CPU'} x${cpus().length}, ${Math.round(totalmem() / 2 ** 30)} GiB, Node ${process.version}`;
if (json) {
  process.stdout.write(JSON.stringify({ ...results, _machine: { value: machine } }) + '\n');
} else {
  const rows = Object.entries(results).map(([name, r]) =>
    'median_ms' in r
      ? [name, `${r.median_ms} ms`, `${r.min_ms} / ${r.max_ms} ms`, String(r.runs)]
      : [name, `${r.value} ${r.unit}`, '', ''],
  );
  const head = ['benchmark', 'median', 'min / max', 'runs'];
  const w = head.map((h, i) => Math.max(h.length, ...rows.map((r) => r[i]!.length)));
  const line = (r: string[]) => '| ' + r.map((c, i) => c.padEnd(w[i]!)).join(' | ') + ' |';
  console.log(`machine: ${machine}`);
  console.log(line(head));
  console.log('|' + w.map((n) => '-'.repeat(n + 2)).join('|') + '|');
  for (const r of rows) console.log(line(r));
}
