import type { ComponentChildren } from 'preact';
import { ErrorText } from './ErrorText';

/**
 * The end of an edit form: what went wrong, then the submit button (off while the save runs) and
 * what stands beside it (a saved status, a Cancel button).
 */
export function FormEnd({ error, busy, submit, children }: { error: string | null; busy: boolean; submit: ComponentChildren; children?: ComponentChildren }) {
  return (
    <>
      <ErrorText error={error} />
      <div class="row">
        <button type="submit" class="primary" disabled={busy}>
          {submit}
        </button>
        {children}
      </div>
    </>
  );
}
