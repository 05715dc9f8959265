// The tracker's per-keystroke work on 10,000 applications, in Node: filter the in-memory projection
// and sort it (what TrackerView does on each keystroke), building the projection once, and reading
// it back from the row cache (what a warm page load does before its first rows). The same work in
// the real page, with rendering, is measured by scripts/bench-browser/tracker.ts in Chromium.
import { localRowCache } from '../entrypoints/tracker/row-cache';
import { filterRows, sortRows, toRow, type TrackerRow } from '../components/tracker/tracker-rows';
import type { Application } from '../core/application';
import { seedApplications } from '../scripts/lib/seed-store';
import type { BenchEntry } from './benchmark';

const NOW = Date.UTC(2025, 7, 20, 9);
let apps: Application[] = [];
let rows: TrackerRow[] = [];
const stored = new Map<string, string>();
// localStorage's interface over a Map: what is measured is the parse, the checks and the haystacks.
const cache = localRowCache({
  getItem: (k: string) => stored.get(k) ?? null,
  setItem: (k: string, v: string) => void stored.set(k, v),
  removeItem: (k: string) => void stored.delete(k),
} as unknown as Storage);
const setup = () => {
  if (apps.length) return;
  apps = seedApplications(10_000, NOW);
  rows = apps.map(toRow);
  cache.write({ rows, syncedUpTo: NOW });
};
// Keystrokes of someone typing "herndon" and then a word no posting has.
const TYPED = ['h', 'he', 'her', 'hern', 'hernd', 'herndo', 'herndon', 'herndon q', 'herndon qz'];
let k = 0;

const entries: BenchEntry[] = [
  {
    name: 'tracker: project 10,000 applications to rows (once per load)',
    setup,
    fn: () => apps.map(toRow),
    runs: 20,
  },
  {
    name: 'tracker: read 10,000 rows back from the row cache (warm page load)',
    setup,
    fn: () => {
      if (cache.read()?.rows.length !== 10_000) throw new Error('row cache did not round-trip');
    },
    runs: 20,
  },
  {
    name: 'tracker: filter + sort 10,000 rows for one keystroke',
    setup,
    fn: () => sortRows(filterRows(rows, { text: TYPED[k++ % TYPED.length]!, stage: 'all', dueOnly: false, now: NOW }), 'updated'),
    runs: 200,
  },
  {
    name: 'tracker: filter 10,000 rows by stage + due, sort by follow-up',
    setup,
    fn: () => sortRows(filterRows(rows, { text: '', stage: 'applied', dueOnly: true, now: NOW }), 'follow-up'),
    runs: 200,
  },
];

export default entries;
