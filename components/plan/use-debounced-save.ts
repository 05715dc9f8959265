// Text typed into the plan is saved shortly after the candidate stops typing, and at once when the
// field loses focus or the page is hidden, so nothing typed is lost on close.
import { useEffect, useRef } from 'preact/hooks';

export function useDebouncedSave<T>(value: T, save: (v: T) => void, waitMs = 600): () => void {
  const pending = useRef<{ value: T } | null>(null);
  const timer = useRef<ReturnType<typeof setTimeout> | null>(null);
  const saveRef = useRef(save);
  saveRef.current = save;
  const flush = () => {
    if (timer.current) clearTimeout(timer.current);
    timer.current = null;
    if (pending.current) {
      const v = pending.current.value;
      pending.current = null;
      saveRef.current(v);
    }
  };
  const first = useRef(true);
  useEffect(() => {
    if (first.current) {
      first.current = false;
      return;
    }
    pending.current = { value };
    if (timer.current) clearTimeout(timer.current);
    timer.current = setTimeout(flush, waitMs);
  }, [value]);
  useEffect(() => {
    const onHide = () => document.visibilityState === 'hidden' && flush();
    document.addEventListener('visibilitychange', onHide);
    return () => {
      document.removeEventListener('visibilitychange', onHide);
      flush();
    };
  }, []);
  return flush;
}
