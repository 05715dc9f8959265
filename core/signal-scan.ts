// Finding one knowledge-base signal in one section. The reference semantics is a global regex scan of
// each [start, end) range, non-overlapping, stopping at a match that runs past the range end
// (globalScan). The fast path (scanSignal) tries the sticky regex only at word starts the signal's
// openings allow, in ascending order, and reproduces exactly those matches.
import type { CompiledSignal } from './principles';
import type { WordStarts } from './word-starts';

export interface SectionScan {
  text: string;
  words: WordStarts;
  /** Ascending, non-overlapping [start, end) ranges to search (boilerplate masked out). */
  ranges: readonly (readonly [number, number])[];
}

/** Appends start, end of every match to `out` (flat pairs); returns `out`. */
export function scanSignal(signal: CompiledSignal, scan: SectionScan, out: number[]): number[] {
  if (signal.openings === null) return globalScan(signal.regex, scan.text, scan.ranges, out);
  const starts = scan.words.positions(signal.openings, signal.openingsKey);
  if (starts.length === 0) return out;
  const re = signal.sticky;
  const { ranges, text } = scan;
  let r = 0;
  let lastEnd = -1;
  for (const at of starts) {
    while (r < ranges.length && at >= ranges[r]![1]) {
      r++;
      lastEnd = -1;
    }
    if (r === ranges.length) break;
    const [s, e] = ranges[r]!;
    if (at < s || at < lastEnd) continue;
    re.lastIndex = at;
    const m = re.exec(text);
    if (!m || m[0].length === 0) continue;
    const end = at + m[0].length;
    // The global scan stops at a match that runs past the range: nothing more in this range.
    lastEnd = end > e ? Infinity : end;
    if (end <= e) out.push(at, end);
  }
  return out;
}

/** The reference: a global ("g") regex run over each range. */
export function globalScan(regex: RegExp, text: string, ranges: SectionScan['ranges'], out: number[]): number[] {
  for (const [s, e] of ranges) {
    regex.lastIndex = s;
    for (let m = regex.exec(text); m && m.index < e; m = regex.exec(text)) {
      const end = m.index + m[0].length;
      if (end > e) break;
      if (m[0].length === 0) {
        regex.lastIndex++;
        continue;
      }
      out.push(m.index, end);
    }
  }
  return out;
}
