import type { ComponentChildren } from 'preact';
import { useMemo, useState } from 'preact/hooks';
import type { Application } from '../../core/application';
import type { Settings } from '../../core/settings';
import type { Status } from '../../core/status';
import { ApplicationDetail } from './ApplicationDetail';
import { BulkActions, type BulkMove, type BulkResult } from './BulkActions';
import { Pager } from './Pager';
import { TrackerBoard } from './TrackerBoard';
import { TrackerEmpty } from './TrackerEmpty';
import { TrackerTable } from './TrackerTable';
import { TrackerToolbar, type ToolbarState } from './TrackerToolbar';
import type { TrackerActions } from './tracker-actions';
import { countByStage, filterRows, isDue, sortRows, type TrackerRow } from './tracker-rows';

export const PAGE_SIZE = 50;

/**
 * The tracker: toolbar, table or board of the filtered rows (one page at a time), bulk actions and
 * the open application's detail. Rows are the light projection; the detail gets the full record.
 */
export function TrackerView({
  rows,
  complete,
  now,
  settings,
  actions,
  interviewsOf,
  openApp,
  openId,
  onOpen,
  initial,
}: {
  rows: TrackerRow[];
  /** False while the full projection is still loading (only the newest rows are known). */
  complete: boolean;
  now: number;
  settings: Settings;
  actions: TrackerActions;
  /** What the open application's detail shows under "Interviews" (omitted: no such section). */
  interviewsOf?: (jobId: string) => ComponentChildren;
  openApp: Application | null;
  openId: string | null;
  onOpen: (jobId: string | null) => void;
  initial?: Partial<ToolbarState>;
}) {
  const [state, setState] = useState<ToolbarState>({ text: '', stage: 'all', dueOnly: false, sort: 'updated', view: 'table', ...initial });
  const [page, setPage] = useState(0);
  const [selected, setSelected] = useState<Set<string>>(new Set());
  const [expanded, setExpanded] = useState<Set<string>>(new Set());

  const filtered = useMemo(() => {
    performance.mark('tracker-filter-start');
    const out = sortRows(filterRows(rows, { ...state, now }), state.sort);
    performance.measure('tracker-filter', 'tracker-filter-start');
    return out;
  }, [rows, state.text, state.stage, state.dueOnly, state.sort, now]);
  const counts = useMemo(() => countByStage(rows), [rows]);
  const dueCount = useMemo(() => rows.reduce((n, r) => n + (isDue(r, now) ? 1 : 0), 0), [rows, now]);
  const byId = useMemo(() => new Map(rows.map((r) => [r.jobId, r])), [rows]);

  const lastPage = Math.max(0, Math.ceil(filtered.length / PAGE_SIZE) - 1);
  const shownPage = Math.min(page, lastPage);
  const pageRows = filtered.slice(shownPage * PAGE_SIZE, (shownPage + 1) * PAGE_SIZE);
  const selectedRows = [...selected].map((id) => byId.get(id)).filter((r): r is TrackerRow => r !== undefined);

  if (complete && rows.length === 0) return <TrackerEmpty />;

  const change = (next: Partial<ToolbarState>) => {
    setState((s) => ({ ...s, ...next }));
    setPage(0);
  };
  const toggle = (id: string) =>
    setSelected((s) => {
      const n = new Set(s);
      if (n.has(id)) n.delete(id);
      else n.add(id);
      return n;
    });
  const toggleAll = (ids: string[], on: boolean) =>
    setSelected((s) => {
      const n = new Set(s);
      for (const id of ids) if (on) n.add(id);
      else n.delete(id);
      return n;
    });
  // One move at a time through the store's one stage write; a row whose stage changed elsewhere
  // since it was shown is refused by the store and counted, and the others still move.
  const bulkStatus = async (moves: BulkMove[], to: Status): Promise<BulkResult> => {
    const result = { done: 0, stale: 0 };
    for (const { jobId, from } of moves) {
      try {
        await actions.setStatus(jobId, { from, to });
        result.done++;
      } catch (err) {
        if ((err as { code?: unknown } | null)?.code !== 'stale-stage') throw err;
        result.stale++;
      }
    }
    return result;
  };
  const bulkDelete = async (ids: string[]) => {
    for (const id of ids) await actions.remove(id);
    if (openId && ids.includes(openId)) onOpen(null);
  };

  return (
    <div>
      <TrackerToolbar state={state} onChange={change} counts={counts} dueCount={dueCount} />
      <p class="tracker-summary hint" role="status" aria-live="polite">
        {complete
          ? `${filtered.length.toLocaleString()} of ${rows.length.toLocaleString()} applications`
          : `Loading all applications… showing the ${rows.length} most recent`}
      </p>
      <BulkActions selected={selectedRows} onSetStatus={bulkStatus} onDelete={bulkDelete} onClear={() => setSelected(new Set())} />
      <div class={openId ? 'tracker-layout with-detail' : 'tracker-layout'}>
        <div>
          {filtered.length === 0 ? (
            <p class="empty">No application matches these filters. Clear the search or choose “All stages”.</p>
          ) : state.view === 'table' ? (
            <>
              <TrackerTable
                rows={pageRows}
                now={now}
                selected={selected}
                onToggle={toggle}
                onToggleAll={toggleAll}
                onOpen={(id) => onOpen(id === openId ? null : id)}
                openId={openId}
              />
              <Pager page={shownPage} pageSize={PAGE_SIZE} total={filtered.length} onPage={setPage} />
            </>
          ) : (
            <TrackerBoard
              rows={filtered}
              now={now}
              onOpen={onOpen}
              expanded={expanded}
              onExpand={(s) => setExpanded((e) => new Set(e).add(s))}
            />
          )}
        </div>
        {openId &&
          (openApp ? (
            <ApplicationDetail
              app={openApp}
              settings={settings}
              now={now}
              actions={actions}
              onClose={() => onOpen(null)}
              interviews={interviewsOf?.(openApp.jobId)}
            />
          ) : (
            <p class="panel hint">Loading…</p>
          ))}
      </div>
    </div>
  );
}
