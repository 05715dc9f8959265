// Calendar dates in the user's own time zone: a follow-up due at 09:00 local on the 15th belongs
// to the 15th, whatever the UTC date is.

export function localDateParts(ms: number): [number, number, number] {
  const d = new Date(ms);
  return [d.getFullYear(), d.getMonth() + 1, d.getDate()];
}

/** yyyy-mm-dd in local time. */
export function localIsoDate(ms: number): string {
  const [y, m, d] = localDateParts(ms);
  return `${String(y).padStart(4, '0')}-${String(m).padStart(2, '0')}-${String(d).padStart(2, '0')}`;
}
