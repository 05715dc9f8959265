// Paired measurement: every run measures LoopReady and its floor back to back, alternating which
// goes first, so a burst of load on a shared machine lands on both arms alike. A row keeps both
// arms' samples in run order; the summary reports medians, their ratio, the median of the per-run
// differences (what LoopReady adds above the floor) and the interquartile spread of each arm.

export type Unit = 'ms' | 'MB';

export interface PairedRow {
  /** What the row measures, e.g. "content script CPU: posting page". */
  name: string;
  unit: Unit;
  /** What the floor arm is, in a few words (printed under the table). */
  floor: string;
  ours: number[];
  floorSamples: number[];
}

export interface RowSummary {
  median_ms: number;
  floor_ms: number;
  /** median / floor median; null when the floor's median is 0. */
  ratio: number | null;
  runs: number;
  unit: Unit;
  /** Median over runs of (LoopReady − floor) in the same run. */
  above_floor_ms: number;
  /** Interquartile range (25th, 75th percentile) of each arm. */
  spread_ms: { loopready: [number, number]; floor: [number, number] };
}

/** Runs `ours` and `floor` `runs` times as pairs, LoopReady first on even runs, the floor first on odd. */
export async function pairedRuns<T>(runs: number, ours: () => Promise<T>, floor: () => Promise<T>): Promise<{ ours: T[]; floor: T[] }> {
  const out = { ours: [] as T[], floor: [] as T[] };
  for (let i = 0; i < runs; i++) {
    if (i % 2 === 0) {
      out.ours.push(await ours());
      out.floor.push(await floor());
    } else {
      out.floor.push(await floor());
      out.ours.push(await ours());
    }
  }
  return out;
}

export function quantile(values: number[], q: number): number {
  const s = [...values].sort((a, b) => a - b);
  if (s.length === 0) return NaN;
  const at = (s.length - 1) * q;
  const lo = Math.floor(at);
  const hi = Math.ceil(at);
  return s[lo]! + (s[hi]! - s[lo]!) * (at - lo);
}

export const median = (values: number[]) => quantile(values, 0.5);

const round = (x: number, digits: number) => {
  const f = 10 ** digits;
  return Math.round(x * f) / f;
};

export function summarise(row: PairedRow): RowSummary {
  const digits = row.unit === 'MB' ? 2 : 1;
  const r = (x: number) => round(x, digits);
  const m = median(row.ours);
  const f = median(row.floorSamples);
  const diffs = row.ours.map((x, i) => x - row.floorSamples[i]!);
  return {
    median_ms: r(m),
    floor_ms: r(f),
    ratio: f > 0 ? round(m / f, 2) : null,
    runs: row.ours.length,
    unit: row.unit,
    above_floor_ms: r(median(diffs)),
    spread_ms: {
      loopready: [r(quantile(row.ours, 0.25)), r(quantile(row.ours, 0.75))],
      floor: [r(quantile(row.floorSamples, 0.25)), r(quantile(row.floorSamples, 0.75))],
    },
  };
}

/** The table the README shows: one line per row, medians with their interquartile spread. */
export function formatTable(rows: PairedRow[]): string {
  const lines = rows.map((row) => {
    const s = summarise(row);
    const u = row.unit;
    const ratio = s.ratio === null ? '—' : `${s.ratio.toFixed(2)}×`;
    const sign = s.above_floor_ms >= 0 ? '+' : '';
    return [
      row.name,
      `${s.median_ms} ${u} (${s.spread_ms.loopready[0]}–${s.spread_ms.loopready[1]})`,
      `${s.floor_ms} ${u} (${s.spread_ms.floor[0]}–${s.spread_ms.floor[1]})`,
      ratio,
      `${sign}${s.above_floor_ms} ${u}`,
      String(s.runs),
      row.floor,
    ];
  });
  const header = ['row', 'LoopReady (IQR)', 'floor (IQR)', 'ratio', 'above floor', 'runs', 'floor is'];
  const widths = header.map((h, i) => Math.max(h.length, ...lines.map((l) => l[i]!.length)));
  const fmt = (cells: string[]) => `| ${cells.map((c, i) => c.padEnd(widths[i]!)).join(' | ')} |`;
  return [fmt(header), `|${widths.map((w) => '-'.repeat(w + 2)).join('|')}|`, ...lines.map(fmt)].join('\n');
}
