// The tracker's in-memory projection: one light row per application (no description or
// qualifications), with a lower-cased haystack so a keystroke filters 10,000 rows with plain
// string searches instead of re-reading the store.
import { compareJobIds } from '../../core/job-id';
import type { Application } from '../../core/application';
import { titleOf } from '../../core/application-title';
import { STATUSES, type Status } from '../../core/status';
import { isSaneTime } from '../../core/timestamp';

export interface TrackerRow {
  jobId: string;
  title: string;
  team: string | null;
  locations: string;
  status: Status;
  savedAt: number;
  updatedAt: number;
  nextFollowUpAt: number | null;
  closed: boolean;
  changed: boolean;
  /** The notes' text, joined (searched, never shown in the list). */
  notes: string;
  /** title, team, locations, notes and job ID, lower-cased, for search. */
  haystack: string;
  /** The stored record is damaged (an impossible time, a missing part): shown as such, never hidden. */
  damaged?: boolean;
}

export function haystackOf(r: Pick<TrackerRow, 'title' | 'team' | 'locations' | 'notes' | 'jobId'>): string {
  return [r.title, r.team ?? '', r.locations, r.notes, r.jobId].join('\n').toLowerCase();
}

/**
 * One row per stored record, whatever state it is in: a record another version or a bad import left
 * damaged becomes a row marked damaged (with what could be read), so it can be seen and deleted and
 * never takes the other rows down with it.
 */
export function toRow(app: Application): TrackerRow {
  try {
    const title = titleOf(app);
    const locations = app.posting.locations.join('; ');
    const team = app.posting.team;
    const notes = app.notes.map((n) => n.text).join('\n');
    const times = [app.savedAt, app.updatedAt, app.nextFollowUpAt, app.closedAt, app.postingChangedAt, ...app.history.map((h) => h.at), ...app.notes.map((n) => n.at)];
    const damaged = times.some((t) => t !== null && !isSaneTime(t)) || !(STATUSES as readonly string[]).includes(app.status);
    const row = {
      jobId: app.jobId,
      title,
      team,
      locations,
      status: app.status,
      // An impossible time sorts as the oldest and schedules nothing.
      savedAt: isSaneTime(app.savedAt) ? app.savedAt : 0,
      updatedAt: isSaneTime(app.updatedAt) ? app.updatedAt : 0,
      nextFollowUpAt: isSaneTime(app.nextFollowUpAt) ? app.nextFollowUpAt : null,
      closed: app.closedAt !== null,
      changed: app.postingChangedAt !== null,
      notes,
    };
    return { ...row, haystack: haystackOf(row), ...(damaged ? { damaged } : {}) };
  } catch {
    return damagedRow(app);
  }
}

function damagedRow(app: Application): TrackerRow {
  const jobId = typeof app?.jobId === 'string' ? app.jobId : '?';
  const status = (STATUSES as readonly string[]).includes(app?.status) ? app.status : 'saved';
  const row = { jobId, title: `Job ${jobId}`, team: null, locations: '', status, savedAt: 0, updatedAt: 0, nextFollowUpAt: null, closed: false, changed: false, notes: '' };
  return { ...row, haystack: haystackOf(row), damaged: true };
}

export type RowSort = 'updated' | 'saved' | 'follow-up' | 'title';

export const SORT_LABELS: Record<RowSort, string> = {
  updated: 'Recently updated',
  saved: 'Recently saved',
  'follow-up': 'Follow-up date',
  title: 'Title (A–Z)',
};

export interface RowFilter {
  /** Words to find (all must match, in any of title, team, location, notes, job ID). */
  text: string;
  stage: Status | 'all';
  /** Only follow-ups due at `now`. */
  dueOnly: boolean;
  now: number;
}

export function isDue(row: Pick<TrackerRow, 'nextFollowUpAt'>, now: number): boolean {
  return row.nextFollowUpAt !== null && row.nextFollowUpAt <= now;
}

export function filterRows(rows: readonly TrackerRow[], { text, stage, dueOnly, now }: RowFilter): TrackerRow[] {
  const words = text.toLowerCase().split(/\s+/).filter(Boolean);
  return rows.filter(
    (r) =>
      (stage === 'all' || r.status === stage) &&
      (!dueOnly || isDue(r, now)) &&
      words.every((w) => r.haystack.includes(w)),
  );
}

const collator = new Intl.Collator(undefined, { sensitivity: 'base', numeric: true });

export function sortRows(rows: TrackerRow[], sort: RowSort): TrackerRow[] {
  const byId = (a: TrackerRow, b: TrackerRow) => compareJobIds(a.jobId, b.jobId);
  switch (sort) {
    case 'updated':
      return rows.sort((a, b) => b.updatedAt - a.updatedAt || byId(a, b));
    case 'saved':
      return rows.sort((a, b) => b.savedAt - a.savedAt || byId(a, b));
    case 'follow-up':
      // Soonest first; nothing scheduled goes last.
      return rows.sort(
        (a, b) => (a.nextFollowUpAt ?? Infinity) - (b.nextFollowUpAt ?? Infinity) || byId(a, b),
      );
    case 'title':
      return rows.sort((a, b) => collator.compare(a.title, b.title) || byId(a, b));
  }
}

/** Rows grouped by stage, in process order (the board). */
export function groupByStage(rows: readonly TrackerRow[]): Map<Status, TrackerRow[]> {
  const groups = new Map<Status, TrackerRow[]>(STATUSES.map((s) => [s, []]));
  for (const r of rows) groups.get(r.status)!.push(r);
  return groups;
}

export function countByStage(rows: readonly TrackerRow[]): Record<Status, number> {
  const counts = Object.fromEntries(STATUSES.map((s) => [s, 0])) as Record<Status, number>;
  for (const r of rows) counts[r.status] += 1;
  return counts;
}
