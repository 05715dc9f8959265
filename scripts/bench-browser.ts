// The browser half of the benchmark: the built extension in Debian's Chromium, each row LoopReady
// against its floor (an empty content script, an empty extension page, raw IndexedDB, the plan page
// for a normal posting, an empty service worker), measured as pairs in alternating order so noise on
// a shared machine hits both arms.
// One topic per file in scripts/bench-browser/.
//
//   npm run bench:browser [-- --json] [--no-build | --extension-dir <dir>] [--only content,popup,tracker,plan,worker] [--quick | --runs <n>] [--save-json <file>]
//
// Builds into .output/bench-browser/ (not the shared .output/chrome-mv3), copies the build and adds
// the floor pages, writes the floor extension next to it, and removes both copies at the end.
// --json prints `{"<row>": {"median_ms", "floor_ms", "ratio", "runs", ...}}` on stdout; progress goes
// to stderr; --save-json also writes that JSON to a file beside the table. --quick runs fewer pairs (for checking the runner, not for numbers); --runs <n> runs n pairs
// for each topic chosen (more pairs tighten a row's medians on a busy machine).
import { cpus, totalmem } from 'node:os';
import { rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { benchContentScript } from './bench-browser/content-script';
import { scratchDir, withFloorPages, writeFloorExtension } from './bench-browser/floors';
import { formatTable, summarise, type PairedRow } from './bench-browser/paired';
import { benchPlan } from './bench-browser/plan';
import { benchPopup } from './bench-browser/popup';
import { benchServiceWorker } from './bench-browser/service-worker';
import { benchTracker } from './bench-browser/tracker';
import { buildIsolated } from './lib/build-isolated';
import { chromiumPath, EXTENSION_DIR, ROOT, launchWithExtension } from './lib/chromium';

const TOPICS = ['content', 'popup', 'tracker', 'plan', 'worker'] as const;
type Topic = (typeof TOPICS)[number];

const args = process.argv.slice(2);
const JSON_OUT = args.includes('--json');
const QUICK = args.includes('--quick');
const argAfter = (name: string) => {
  const i = args.indexOf(name);
  return i >= 0 ? args[i + 1] : undefined;
};
const only = argAfter('--only')?.split(',') ?? [...TOPICS];
for (const t of only) if (!TOPICS.includes(t as Topic)) throw new Error(`--only: unknown topic "${t}" (one of ${TOPICS.join(', ')})`);
const wants = (t: Topic) => only.includes(t);
const runsArg = argAfter('--runs');
if (runsArg !== undefined && !/^[1-9]\d*$/.test(runsArg)) throw new Error(`--runs: a positive whole number, not "${runsArg}"`);
const RUNS = runsArg
  ? Object.fromEntries(TOPICS.map((t) => [t, Number(runsArg)])) as Record<Topic, number>
  : QUICK
    ? { content: 3, popup: 4, tracker: 2, plan: 2, worker: 2 }
    : { content: 10, popup: 16, tracker: 6, plan: 6, worker: 4 };
const t0 = Date.now();
const log = (s: string) => process.stderr.write(`[${Math.round((Date.now() - t0) / 1000)} s] ${s}\n`);

async function main() {
  const started = Date.now();
  const given = argAfter('--extension-dir');
  let built: string;
  if (given) built = given;
  else if (args.includes('--no-build')) built = EXTENSION_DIR;
  else {
    log('building the extension…');
    built = await buildIsolated(join(ROOT, '.output', 'bench-browser'));
  }
  const scratch = scratchDir();
  const oursDir = withFloorPages(built, join(scratch, 'loopready'));
  const floorDir = writeFloorExtension(join(scratch, 'floor'));
  const rows: PairedRow[] = [];
  try {
    if (wants('content') || wants('popup') || wants('tracker') || wants('plan')) {
      const ours = await launchWithExtension({ extensionDir: oursDir });
      try {
        if (wants('content')) {
          const floor = await launchWithExtension({ extensionDir: floorDir });
          try {
            rows.push(...(await benchContentScript(ours, floor, RUNS.content, log)));
          } finally {
            await floor.close();
          }
        }
        if (wants('popup')) rows.push(...(await benchPopup(ours, RUNS.popup, log)));
        if (wants('tracker')) rows.push(...(await benchTracker(ours, oursDir, RUNS.tracker, log)));
        if (wants('plan')) rows.push(...(await benchPlan(ours, RUNS.plan, log)));
      } finally {
        await ours.close();
      }
    }
    if (wants('worker')) rows.push(...(await benchServiceWorker(oursDir, floorDir, RUNS.worker, log)));
  } finally {
    rmSync(scratch, { recursive: true, force: true });
  }

  const json = JSON.stringify(Object.fromEntries(rows.map((r) => [r.name, summarise(r)])));
  const saveTo = argAfter('--save-json');
  if (saveTo) writeFileSync(saveTo, json + '\n');
  if (JSON_OUT) {
    process.stdout.write(json + '\n');
    return;
  }
  const cpu = cpus()[0]?.model.split(' ').slice(0, 2).join(' ') ?? 'unknown CPU';
  console.log(`machine: ${cpu} x${cpus().length}, ${Math.round(totalmem() / 2 ** 30)} GiB, ${chromiumPath()} headless; ${Math.round((Date.now() - started) / 1000)} s`);
  console.log('medians of paired, alternating runs; IQR = 25th–75th percentile; above floor = median of per-run differences');
  console.log(formatTable(rows));
}

main().catch((err: unknown) => {
  process.stderr.write(`bench-browser: ${err instanceof Error ? (err.stack ?? err.message) : String(err)}\n`);
  process.exit(1);
});
