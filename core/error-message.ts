// What went wrong, as a sentence to show or log. Our own errors (TrackingError, BackupError, …) carry
// messages written for people; anything thrown that is not an Error is shown as it is.
export function errorMessage(err: unknown): string {
  return err instanceof Error ? err.message : String(err);
}
