import { isDue, type TrackerRow } from './tracker-rows';

/** "Follow-up due", "Posting changed", "Closed" markers for a row or card. */
export function RowMarkers({ row, now }: { row: TrackerRow; now: number }) {
  return (
    <>
      {isDue(row, now) && <span class="pill warn">Follow-up due</span>}
      {row.changed && <span class="pill">Posting changed</span>}
      {row.closed && <span class="pill">Closed</span>}
    </>
  );
}
