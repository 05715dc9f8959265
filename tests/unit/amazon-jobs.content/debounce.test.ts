import { describe, expect, it } from 'vitest';
import { debounce, type Timers } from '../../../entrypoints/amazon-jobs.content/debounce';

/** A hand-driven clock: timers fire only when the test advances time. */
function fakeTimers() {
  let now = 0;
  let nextId = 1;
  const pending = new Map<number, { at: number; fn: () => void }>();
  const timers: Timers = {
    setTimeout: (fn, ms) => {
      const id = nextId++;
      pending.set(id, { at: now + ms, fn });
      return id;
    },
    clearTimeout: (id) => void pending.delete(id as number),
    now: () => now,
  };
  const advance = (ms: number) => {
    const end = now + ms;
    for (;;) {
      const due = [...pending.entries()].filter(([, t]) => t.at <= end).sort((a, b) => a[1].at - b[1].at)[0];
      if (!due) break;
      pending.delete(due[0]);
      now = due[1].at;
      due[1].fn();
    }
    now = end;
  };
  return { timers, advance, pendingCount: () => pending.size };
}

describe('debounce', () => {
  it('collapses a burst of requests into one run after the quiet period', () => {
    const clock = fakeTimers();
    let runs = 0;
    const d = debounce(() => runs++, { waitMs: 250, maxWaitMs: 1500, timers: clock.timers });
    d();
    clock.advance(100);
    d();
    clock.advance(100);
    d();
    clock.advance(249);
    expect(runs).toBe(0);
    clock.advance(1);
    expect(runs).toBe(1);
    clock.advance(1000);
    expect(runs).toBe(1);
  });

  it('still runs every maxWaitMs when requests never stop', () => {
    const clock = fakeTimers();
    let runs = 0;
    const d = debounce(() => runs++, { waitMs: 250, maxWaitMs: 1000, timers: clock.timers });
    for (let t = 0; t < 2000; t += 100) {
      d();
      clock.advance(100);
    }
    // A burst every 100 ms for 2 s: without the ceiling this would be 0 runs.
    expect(runs).toBe(2);
  });

  it('does nothing after its signal aborts, and drops the pending run', () => {
    const clock = fakeTimers();
    const controller = new AbortController();
    let runs = 0;
    const d = debounce(() => runs++, { waitMs: 250, maxWaitMs: 1000, signal: controller.signal, timers: clock.timers });
    d();
    controller.abort();
    expect(clock.pendingCount()).toBe(0);
    d();
    clock.advance(5000);
    expect(runs).toBe(0);
  });

  it('flush runs a pending request at once, and only if one is pending', () => {
    const clock = fakeTimers();
    let runs = 0;
    const d = debounce(() => runs++, { waitMs: 250, maxWaitMs: 1000, timers: clock.timers });
    d.flush();
    expect(runs).toBe(0);
    d();
    d.flush();
    expect(runs).toBe(1);
    clock.advance(1000);
    expect(runs).toBe(1);
  });
});
