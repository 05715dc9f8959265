// The shape every bench/*.bench.ts file exports. scripts/bench.ts runs them all and prints medians.
export interface Benchmark {
  /** Unique, human-readable: "extract: one real posting (Node, parsed Document)". */
  name: string;
  /** Runs once before timing; not timed. */
  setup?: () => void | Promise<void>;
  /** The timed work. Keep it to one operation; the runner repeats it. */
  fn: () => unknown | Promise<unknown>;
  /** Timed repetitions (default 200). Use fewer for slow operations. */
  runs?: number;
  /** Untimed repetitions before timing (default: runs / 10). */
  warmup?: number;
  /** Optional: runs once after timing. */
  teardown?: () => void | Promise<void>;
}

/** A figure that is not a time (bundle size, database size). */
export interface Measurement {
  name: string;
  measure: () => { value: number; unit: string } | Promise<{ value: number; unit: string }>;
}

export type BenchEntry = Benchmark | Measurement;
