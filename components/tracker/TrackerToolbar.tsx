import { STATUSES, STATUS_LABELS, type Status } from '../../core/status';
import { SORT_LABELS, type RowSort } from './tracker-rows';

export interface ToolbarState {
  text: string;
  stage: Status | 'all';
  dueOnly: boolean;
  sort: RowSort;
  view: 'table' | 'board';
}

/** Search, stage and "due" filters, sort order and view switch. */
export function TrackerToolbar({
  state,
  onChange,
  counts,
  dueCount,
}: {
  state: ToolbarState;
  onChange: (next: Partial<ToolbarState>) => void;
  counts: Record<Status, number>;
  dueCount: number;
}) {
  return (
    <div class="toolbar row" role="search">
      <label>
        <span class="visually-hidden">Search applications</span>
        <input
          type="search"
          placeholder="Search title, team, location, notes"
          value={state.text}
          onInput={(e) => onChange({ text: e.currentTarget.value })}
          size={34}
        />
      </label>
      <label>
        Stage{' '}
        <select value={state.stage} onChange={(e) => onChange({ stage: e.currentTarget.value as Status | 'all' })}>
          <option value="all">All stages</option>
          {STATUSES.map((s) => (
            <option value={s} key={s}>
              {STATUS_LABELS[s]} ({counts[s]})
            </option>
          ))}
        </select>
      </label>
      <label>
        <input type="checkbox" checked={state.dueOnly} onChange={(e) => onChange({ dueOnly: e.currentTarget.checked })} /> Follow-up due (
        {dueCount})
      </label>
      <label>
        Sort{' '}
        <select value={state.sort} onChange={(e) => onChange({ sort: e.currentTarget.value as RowSort })}>
          {(Object.keys(SORT_LABELS) as RowSort[]).map((s) => (
            <option value={s} key={s}>
              {SORT_LABELS[s]}
            </option>
          ))}
        </select>
      </label>
      <div class="row" role="group" aria-label="View">
        <button type="button" aria-pressed={state.view === 'table'} onClick={() => onChange({ view: 'table' })}>
          Table
        </button>
        <button type="button" aria-pressed={state.view === 'board'} onClick={() => onChange({ view: 'board' })}>
          Board
        </button>
      </div>
    </div>
  );
}
