// The one shape of state that arrives later (a message's answer, a store read, a live query), and
// the one hook that keeps it. `source` returns a promise (read once) or a subscribable such as
// Dexie's liveQuery (every new value replaces the last). The hook itself imports no Dexie, so the
// popup, which reads only through messages, does not bundle it.
import { useEffect, useState } from 'preact/hooks';
import { errorMessage } from '../../core/error-message';

export type AsyncState<T> = { status: 'loading' } | { status: 'ready'; value: T } | { status: 'failed'; message: string };

/** What liveQuery returns (an Observable), as far as this hook needs it. */
export interface Subscribable<T> {
  subscribe(onNext: (value: T) => void, onError: (err: unknown) => void): { unsubscribe(): void };
}

const isSubscribable = <T,>(x: Promise<T> | Subscribable<T>): x is Subscribable<T> => typeof (x as Subscribable<T>).subscribe === 'function';

/**
 * Start `source` on mount and whenever `deps` change; `source` null means "not needed" (stays
 * loading). A new read starts from loading; a live query keeps showing its last value until the
 * next one arrives, so a changed selection does not flash empty.
 */
export function useAsync<T>(source: (() => Promise<T> | Subscribable<T>) | null, deps: unknown[]): AsyncState<T> {
  const [state, setState] = useState<AsyncState<T>>({ status: 'loading' });
  useEffect(() => {
    if (!source) return;
    let current = true;
    const ready = (value: T) => current && setState({ status: 'ready', value });
    const failed = (err: unknown) => current && setState({ status: 'failed', message: errorMessage(err) });
    const started = source();
    if (isSubscribable(started)) {
      const sub = started.subscribe(ready, failed);
      return () => {
        current = false;
        sub.unsubscribe();
      };
    }
    setState((s) => (s.status === 'loading' ? s : { status: 'loading' }));
    started.then(ready, failed);
    return () => {
      current = false;
    };
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, deps);
  return state;
}
