import { isDue, type TrackerRow } from './tracker-rows';

/** "Follow-up due", "Posting changed", "Closed" markers for a row or card. */
export function RowMarkers({ row, now }: { row: TrackerRow; now: number }) {
  return (
    <>
      {row.damaged && (
        <span class="pill warn" title="This record holds values LoopReady cannot read (an impossible date, say). Open it to see what is left, or delete it.">
          Damaged record
        </span>
      )}
      {isDue(row, now) && <span class="pill warn">Follow-up due</span>}
      {row.changed && <span class="pill">Posting changed</span>}
      {row.closed && <span class="pill">Closed</span>}
    </>
  );
}
