// The full JSON backup: its format, and reading one back with every problem named by record and
// field ("Application “SDE II” (job 10569363), status: …"). Pure; db/backup.ts reads and writes the store.
import * as z from 'zod/mini';
import { Application } from './application';
import { backupRecordLabel } from './backup-record-label';
import { Interview } from './interview';
import { PracticeSession } from './practice';
import { Settings } from './settings';
import { Story } from './story';

export const BACKUP_FORMAT = 'loopready-backup';
/**
 * 2 added `practice` (the practice-session log). The version is bumped rather than only adding an
 * optional field so that an older LoopReady refuses a file holding practice sessions ("newer than
 * this LoopReady reads") instead of importing it and silently dropping them. Version 1 files, which
 * have no `practice`, still import: that is why the field is optional below.
 * 3 added `interviews` (scheduled interviews with their debriefs), bumped for the same reason;
 * versions 1 and 2, which have none, still import.
 */
export const BACKUP_VERSION = 3;
/** A backup of 100,000 applications is about 1 GB less than this: anything bigger is not ours. */
export const MAX_BACKUP_CHARS = 200_000_000;
const MAX_REPORTED = 10;

export const Backup = z.object({
  format: z.literal(BACKUP_FORMAT),
  version: z.union([z.literal(1), z.literal(2), z.literal(BACKUP_VERSION)]),
  /** ISO 8601 time of the export. */
  exportedAt: z.string().check(z.maxLength(40)),
  applications: z.array(Application),
  stories: z.array(Story),
  settings: z.nullable(Settings),
  /** Absent in version 1 files. */
  practice: z.optional(z.array(PracticeSession)),
  /** Absent before version 3. */
  interviews: z.optional(z.array(Interview)),
});
export type Backup = z.infer<typeof Backup>;

/** The backup's record lists, each with the schema of one record, in the order of Backup's fields. */
const LISTS = { applications: Application, stories: Story, practice: PracticeSession, interviews: Interview } as const;
type ListName = keyof typeof LISTS;
const LIST_NAMES = Object.keys(LISTS) as ListName[];
/**
 * Backup with each list's records left unchecked: they are checked one at a time after it, so a
 * long check can report how far it got (parseBackupAsync). Together the two give exactly
 * Backup.safeParse's output and issues, in its order.
 */
const BackupShell = z.object({
  ...Backup.shape,
  applications: z.array(z.unknown()),
  stories: z.array(z.unknown()),
  practice: z.optional(z.array(z.unknown())),
  interviews: z.optional(z.array(z.unknown())),
});
const FIELD_ORDER = Object.keys(Backup.shape);

export function buildBackup(
  applications: Application[],
  stories: Story[],
  settings: Settings | null,
  practice: PracticeSession[],
  now: number,
  interviews: Interview[] = [],
): Backup {
  return {
    format: BACKUP_FORMAT,
    version: BACKUP_VERSION,
    exportedAt: new Date(now).toISOString(),
    applications,
    stories,
    settings,
    practice,
    interviews,
  };
}

export type BackupParse = { ok: true; backup: Backup } | { ok: false; errors: string[] };

/** `applications[3].posting.title` from a Zod issue path. */
export function formatPath(path: readonly PropertyKey[]): string {
  let out = '';
  for (const key of path) {
    if (typeof key === 'number') out += `[${key}]`;
    else out += out ? `.${String(key)}` : String(key);
  }
  return out || '(root)';
}

// zod/mini ships no message texts (to stay small), so issues are described here from their codes.
function describe(issue: z.core.$ZodIssue, input: unknown): string {
  switch (issue.code) {
    case 'invalid_value':
      return `invalid option (expected ${issue.values.map((v) => JSON.stringify(v)).join(', ')})`;
    case 'invalid_type':
      if (valueAt(input, issue.path) === undefined) return `missing (expected ${issue.expected})`;
      return issue.expected === 'int' ? 'expected a whole number' : `expected ${issue.expected}`;
    case 'too_small':
      return issue.origin === 'string' || issue.origin === 'array'
        ? `too short (at least ${String(issue.minimum)})`
        : `too small (at least ${String(issue.minimum)})`;
    case 'too_big':
      return issue.origin === 'string' || issue.origin === 'array'
        ? `too long (at most ${String(issue.maximum)})`
        : `too large (at most ${String(issue.maximum)})`;
    case 'invalid_format':
      return `invalid format (${issue.format})`;
    case 'invalid_key':
      return 'invalid key';
    case 'unrecognized_keys':
      return `unknown fields: ${issue.keys.join(', ')}`;
    default:
      return 'invalid value';
  }
}

function valueAt(input: unknown, path: readonly PropertyKey[]): unknown {
  let v = input;
  for (const key of path) {
    if (typeof v !== 'object' || v === null || !Object.hasOwn(v, key)) return undefined;
    v = (v as Record<PropertyKey, unknown>)[key];
  }
  return v;
}

/**
 * Where a problem is, as a person reads it: a record in one of the backup's lists is named by its
 * title and ID ("Application “SDE II” (job 10569363), status"), anything else by its field path.
 */
export function describeLocation(path: readonly PropertyKey[], input: unknown): string {
  const [list, index, ...rest] = path;
  if (typeof list !== 'string' || typeof index !== 'number') return formatPath(path);
  const label = backupRecordLabel(input, list, index);
  return rest.length > 0 ? `${label}, ${formatPath(rest)}` : label;
}

/** One line per problem, `where: what is wrong`; `input` is the parsed value, to tell "missing" from "wrong type". */
export function describeIssues(issues: readonly z.core.$ZodIssue[], input?: unknown): string[] {
  const lines = issues.slice(0, MAX_REPORTED).map((i) => `${describeLocation(i.path, input)}: ${describe(i, input)}`);
  if (issues.length > MAX_REPORTED) lines.push(`…and ${issues.length - MAX_REPORTED} more problems`);
  return lines;
}

/** Rules the record schemas cannot express alone. */
function consistencyErrors(backup: Backup): string[] {
  const errors: string[] = [];
  const name = (list: string, i: number) => backupRecordLabel(backup, list, i);
  const seen = new Map<string, number>();
  backup.applications.forEach((app, i) => {
    const first = seen.get(app.jobId);
    if (first !== undefined) errors.push(`${name('applications', i)}: the file holds job ${app.jobId} twice (also as application number ${first + 1})`);
    else seen.set(app.jobId, i);
    if (app.posting.jobId !== app.jobId) errors.push(`${name('applications', i)}, posting.jobId: does not match jobId ${app.jobId}`);
    if (app.history.at(-1)?.to !== app.status) errors.push(`${name('applications', i)}, status: differs from the last history entry`);
  });
  const stories = new Map<string, number>();
  backup.stories.forEach((s, i) => {
    const first = stories.get(s.id);
    if (first !== undefined) errors.push(`${name('stories', i)}: the file holds story id ${s.id} twice (also as story number ${first + 1})`);
    else stories.set(s.id, i);
  });
  const sessions = new Map<string, number>();
  (backup.practice ?? []).forEach((p, i) => {
    const first = sessions.get(p.id);
    if (first !== undefined) errors.push(`${name('practice', i)}: the file holds it twice (also as session number ${first + 1})`);
    else sessions.set(p.id, i);
  });
  const interviews = new Map<string, number>();
  (backup.interviews ?? []).forEach((iv, i) => {
    const first = interviews.get(iv.id);
    if (first !== undefined) errors.push(`${name('interviews', i)}: the file holds it twice (also as interview number ${first + 1})`);
    else interviews.set(iv.id, i);
    // A backup is a whole store: an interview without its application would never be shown or reminded of.
    if (!seen.has(iv.jobId)) errors.push(`${name('interviews', i)}, jobId: no application ${iv.jobId} in this backup`);
  });
  return errors.slice(0, MAX_REPORTED);
}

/** How far reading a backup has got: `done` of `total` records checked, or written (db/backup.ts). */
export interface ImportProgress {
  phase: 'parsing' | 'validating' | 'writing';
  done: number;
  total: number;
}

/**
 * The steps of reading a backup's text: yields after parsing the JSON and after each few records
 * checked, returns the outcome. parseBackup runs it straight through; parseBackupAsync lets the page
 * draw between steps.
 */
function* parseSteps(text: string): Generator<ImportProgress, BackupParse> {
  if (text.length > MAX_BACKUP_CHARS) return { ok: false, errors: ['The file is too large to be a LoopReady backup'] };
  yield { phase: 'parsing', done: 0, total: 0 };
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch (e) {
    return { ok: false, errors: [`Not valid JSON: ${(e as Error).message}`] };
  }
  if (typeof json !== 'object' || json === null || (json as { format?: unknown }).format !== BACKUP_FORMAT) {
    return { ok: false, errors: ['Not a LoopReady backup (format should be "loopready-backup")'] };
  }
  const version = (json as { version?: unknown }).version;
  if (typeof version === 'number' && version > BACKUP_VERSION) {
    return { ok: false, errors: [`This backup is version ${version}, newer than this LoopReady reads (${BACKUP_VERSION}); update LoopReady first`] };
  }
  const shell = BackupShell.safeParse(json);
  const issues: z.core.$ZodIssue[] = shell.success ? [] : [...shell.error.issues];
  // The lists that are lists are checked record by record, even when the rest of the file is wrong,
  // so that every problem is named as one whole-file check would.
  const raw = json as Record<string, unknown>;
  const lists = LIST_NAMES.map((name) => ({ name, records: Array.isArray(raw[name]) ? (raw[name] as unknown[]) : [] }));
  const total = lists.reduce((n, l) => n + l.records.length, 0);
  const checked: Partial<Record<ListName, unknown[]>> = {};
  let done = 0;
  yield { phase: 'validating', done, total };
  for (const { name, records } of lists) {
    const schema = LISTS[name];
    const out: unknown[] = [];
    for (let i = 0; i < records.length; i++) {
      const r = schema.safeParse(records[i]);
      if (r.success) out.push(r.data);
      else for (const issue of r.error.issues) issues.push({ ...issue, path: [name, i, ...issue.path] });
      done += 1;
      if (done % CHECK_STEP === 0) yield { phase: 'validating', done, total };
    }
    checked[name] = out;
  }
  if (done % CHECK_STEP !== 0) yield { phase: 'validating', done, total };
  if (issues.length > 0 || !shell.success) {
    // Backup.safeParse's order: by field, the shell's own issue for a field before its records'.
    const field = (i: z.core.$ZodIssue) => FIELD_ORDER.indexOf(String(i.path[0]));
    const ordered = issues.map((issue, at) => ({ issue, at })).sort((a, b) => field(a.issue) - field(b.issue) || a.at - b.at);
    return { ok: false, errors: describeIssues(ordered.map((o) => o.issue), json) };
  }
  const backup = { ...shell.data } as Backup;
  backup.applications = checked.applications as Backup['applications'];
  backup.stories = checked.stories as Backup['stories'];
  if (shell.data.practice !== undefined) backup.practice = checked.practice as NonNullable<Backup['practice']>;
  if (shell.data.interviews !== undefined) backup.interviews = checked.interviews as NonNullable<Backup['interviews']>;
  const errors = consistencyErrors(backup);
  return errors.length ? { ok: false, errors } : { ok: true, backup };
}
/** Records checked between two progress reports. */
const CHECK_STEP = 100;

/** Read a backup file's text. Never throws: a bad file yields the list of what is wrong with it. */
export function parseBackup(text: string): BackupParse {
  const steps = parseSteps(text);
  for (;;) {
    const step = steps.next();
    if (step.done) return step.value;
  }
}

/**
 * parseBackup in slices: reports each step to `onProgress` and, about every `sliceMs`, awaits
 * `pause()` so the page can draw it (the JSON parse itself is one step: it is announced first).
 */
export async function parseBackupAsync(
  text: string,
  { onProgress, pause = () => new Promise<void>((r) => setTimeout(r, 0)), sliceMs = 100 }: { onProgress?: (p: ImportProgress) => void; pause?: () => Promise<void>; sliceMs?: number } = {},
): Promise<BackupParse> {
  const steps = parseSteps(text);
  let since = Date.now();
  for (;;) {
    const step = steps.next();
    if (step.done) return step.value;
    onProgress?.(step.value);
    if (step.value.phase === 'parsing' || Date.now() - since >= sliceMs) {
      await pause();
      since = Date.now();
    }
  }
}
