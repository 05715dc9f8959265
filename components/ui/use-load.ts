// Start a request when a component mounts (or its deps change) and keep the outcome as state.
import { useEffect, useState } from 'preact/hooks';

export type Loadable<T> = { status: 'loading' } | { status: 'ready'; value: T } | { status: 'failed'; message: string };

const messageOf = (err: unknown) => (err instanceof Error ? err.message : String(err));

/** Start a request and keep its outcome as state; `start` null means "not needed". */
export function useLoad<T>(start: (() => Promise<T>) | null, deps: unknown[]): Loadable<T> {
  const [state, setState] = useState<Loadable<T>>({ status: 'loading' });
  useEffect(() => {
    if (!start) return;
    let live = true;
    setState({ status: 'loading' });
    start().then(
      (value) => live && setState({ status: 'ready', value }),
      (err: unknown) => live && setState({ status: 'failed', message: messageOf(err) }),
    );
    return () => {
      live = false;
    };
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, deps);
  return state;
}
