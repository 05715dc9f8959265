import { StatusPill } from '../ui/StatusPill';
import { shortDate } from '../ui/format-date';
import { RowMarkers } from './RowMarkers';
import type { TrackerRow } from './tracker-rows';

/** One page of applications as a table, with row selection for bulk actions. */
export function TrackerTable({
  rows,
  now,
  selected,
  onToggle,
  onToggleAll,
  onOpen,
  openId,
}: {
  rows: TrackerRow[];
  now: number;
  selected: ReadonlySet<string>;
  onToggle: (jobId: string) => void;
  onToggleAll: (jobIds: string[], on: boolean) => void;
  onOpen: (jobId: string) => void;
  openId: string | null;
}) {
  const allOn = rows.length > 0 && rows.every((r) => selected.has(r.jobId));
  return (
    <table class="tracker-table">
      <caption class="visually-hidden">Tracked applications</caption>
      <thead>
        <tr>
          <th scope="col">
            <input
              type="checkbox"
              aria-label="Select all on this page"
              checked={allOn}
              onChange={(e) => onToggleAll(rows.map((r) => r.jobId), e.currentTarget.checked)}
            />
          </th>
          <th scope="col">Job</th>
          <th scope="col">Stage</th>
          <th scope="col">Location</th>
          <th scope="col">Next follow-up</th>
          <th scope="col">Updated</th>
        </tr>
      </thead>
      <tbody>
        {rows.map((r) => (
          <tr key={r.jobId} data-job-id={r.jobId} class={openId === r.jobId ? 'open' : undefined}>
            <td>
              <input
                type="checkbox"
                aria-label={`Select ${r.title}`}
                checked={selected.has(r.jobId)}
                onChange={() => onToggle(r.jobId)}
              />
            </td>
            <td>
              <button type="button" class="link" onClick={() => onOpen(r.jobId)} aria-expanded={openId === r.jobId}>
                <bdi>{r.title}</bdi>
              </button>
              <div class="hint">
                {r.jobId}
                {r.team ? <> · <bdi>{r.team}</bdi></> : ''} <RowMarkers row={r} now={now} />
              </div>
            </td>
            <td>
              <StatusPill status={r.status} />
            </td>
            <td>{r.locations ? <bdi>{r.locations}</bdi> : '—'}</td>
            <td>{r.nextFollowUpAt === null ? '—' : shortDate(r.nextFollowUpAt)}</td>
            <td>{shortDate(r.updatedAt)}</td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}
