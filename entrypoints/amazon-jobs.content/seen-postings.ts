// Each posting is reported to the background once per page visit: re-renders and repeated
// checks of the same job at the same URL must not send it again.
import type { Posting } from '../../core/posting';

export interface SeenPostings {
  /** True the first time this (job ID, URL) pair is offered, false afterwards. */
  firstSighting(posting: Pick<Posting, 'jobId' | 'url'>): boolean;
}

export function createSeenPostings(): SeenPostings {
  const seen = new Set<string>();
  return {
    firstSighting({ jobId, url }) {
      const key = `${jobId ?? ''}\u0000${url}`;
      if (seen.has(key)) return false;
      seen.add(key);
      return true;
    },
  };
}
