import { STATUSES, STATUS_LABELS } from '../../core/status';
import { RowMarkers } from './RowMarkers';
import { groupByStage, type TrackerRow } from './tracker-rows';

/** Cards shown per column before "show more": a column of 5,000 stays cheap to draw. */
export const BOARD_COLUMN_LIMIT = 25;

/** Applications as columns by stage, in process order; empty stages are left out. */
export function TrackerBoard({
  rows,
  now,
  onOpen,
  expanded,
  onExpand,
}: {
  rows: readonly TrackerRow[];
  now: number;
  onOpen: (jobId: string) => void;
  expanded: ReadonlySet<string>;
  onExpand: (stage: string) => void;
}) {
  const groups = groupByStage(rows);
  const stages = STATUSES.filter((s) => groups.get(s)!.length > 0);
  return (
    <div class="board">
      {stages.map((stage) => {
        const cards = groups.get(stage)!;
        const shown = expanded.has(stage) ? cards : cards.slice(0, BOARD_COLUMN_LIMIT);
        return (
          <section class="column" key={stage} aria-labelledby={`col-${stage}`} data-stage={stage}>
            <h2 id={`col-${stage}`}>
              {STATUS_LABELS[stage]} <span class="muted">({cards.length})</span>
            </h2>
            <ul>
              {shown.map((r) => (
                <li key={r.jobId} class="card" data-job-id={r.jobId}>
                  <button type="button" class="link" onClick={() => onOpen(r.jobId)}>
                    <bdi>{r.title}</bdi>
                  </button>
                  <div class="hint">{r.locations ? <bdi>{r.locations}</bdi> : r.jobId}</div>
                  <div>
                    <RowMarkers row={r} now={now} />
                  </div>
                </li>
              ))}
            </ul>
            {shown.length < cards.length && (
              <button type="button" onClick={() => onExpand(stage)}>
                Show all {cards.length}
              </button>
            )}
          </section>
        );
      })}
    </div>
  );
}
