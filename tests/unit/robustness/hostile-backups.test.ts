// Robustness: a real backup (the postings of tests/fixtures/postings, saved, moved through stages,
// with notes, stories and practice), changed the ways a corrupt or hostile file could change it.
// For every case the import either refuses the file, naming the record by its job title and ID (or
// story / session) and the field, or accepts it with nothing hostile left in what it would store.
import { afterAll, describe, expect, it } from 'vitest';
import { parseBackup, type Backup } from '../../../core/backup';
import { addNote, saveApplication, setStatus } from '../../../db/applications';
import { exportBackup } from '../../../db/backup';
import { DAY, RECORDS, T0, freshDb, postingOf } from '../tracking/fixtures';

const d = freshDb('hostile-backups');
const ids = RECORDS.map((r) => r.job_id).filter((id): id is string => id !== null && /^\d+$/.test(id)).slice(0, 12);
for (const id of ids) await saveApplication(d, postingOf(id), T0);
for (const id of ids.slice(0, 6)) await setStatus(d, id, 'applied', T0 + DAY);
for (const id of ids.slice(0, 3)) await addNote(d, id, 'Recruiter said two weeks', T0 + 2 * DAY);
await d.stories.put({ id: 'story-1', title: 'Shipped the migration', principles: ['ownership'], situation: 's', task: 't', action: 'a', result: 'r', createdAt: T0, updatedAt: T0 });
await d.practice.put({ id: 'p-1', jobId: ids[0]!, principle: 'ownership', question: 'q', rating: 4, elapsedMs: 60_000, at: T0 + DAY });
const BASE: Backup = JSON.parse(JSON.stringify(await exportBackup(d, T0 + 3 * DAY))) as Backup;
d.close();

type Json = Record<string, any>; // eslint-disable-line @typescript-eslint/no-explicit-any
interface Case {
  kind: string;
  name: string;
  /** Changes a deep copy of the backup; returns the record (list, index) it touched. */
  apply(b: Json): [string, number];
  /** 'refused': the import must refuse, naming the record; 'sanitised': it must accept, and `check` holds. */
  expect: 'refused' | 'sanitised';
  check?(b: Backup): string[];
}

const BAD_TIMES = { 'beyond-any-date': 8_640_000_000_000_001, negative: -1, 'epoch-1970': 0, 'year-1999': Date.UTC(1999, 5, 1), 'year-2101': Date.UTC(2101, 0, 1), fraction: T0 + 0.5 };
const TIME_FIELDS: [string, (b: Json, i: number, t: number) => [string, number]][] = [
  ['nextFollowUpAt', (b, i, t) => ((b.applications[i].nextFollowUpAt = t), ['applications', i])],
  ['updatedAt', (b, i, t) => ((b.applications[i].updatedAt = t), ['applications', i])],
  ['savedAt', (b, i, t) => ((b.applications[i].savedAt = t), ['applications', i])],
  ['closedAt', (b, i, t) => ((b.applications[i].closedAt = t), ['applications', i])],
  ['history.at', (b, i, t) => ((b.applications[i].history[0].at = t), ['applications', i])],
  ['notes.at', (b, _i, t) => ((b.applications[0].notes[0].at = t), ['applications', 0])],
  ['story.updatedAt', (b, _i, t) => ((b.stories[0].updatedAt = t), ['stories', 0])],
  ['practice.at', (b, _i, t) => ((b.practice[0].at = t), ['practice', 0])],
];
const BAD_URLS = ['javascript:alert(document.domain)', 'https://evil.example/login', 'http://www.amazon.jobs/en/jobs/1', 'https://www.amazon.jobs.evil.example/en/jobs/1', 'data:text/html,<script>alert(1)</script>', ' JaVaScRiPt:alert(1)'];
const INVISIBLE = /[\u202a-\u202e\u2066-\u2069\u200b\u2060\ufeff]/;

const cases: Case[] = [
  ...TIME_FIELDS.flatMap(([field, set]) =>
    Object.entries(BAD_TIMES).map(([what, t]): Case => ({ kind: 'time-out-of-range', name: `${field}=${what}`, apply: (b) => set(b, 4, t), expect: 'refused' })),
  ),
  ...BAD_URLS.map((url): Case => ({ kind: 'foreign-link', name: `posting.url=${url}`, apply: (b) => ((b.applications[2].posting.url = url), ['applications', 2]), expect: 'refused' })),
  ...(['2025-02-30', '9999-12-31', 'next week'] as const).map((date): Case => ({
    kind: 'impossible-date', name: `postedDate=${date}`, apply: (b) => ((b.applications[1].posting.postedDate = date), ['applications', 1]), expect: 'refused',
  })),
  ...(['title', 'company', 'team', 'category'] as const).map((field): Case => ({
    kind: 'bidi-text',
    name: `posting.${field} with U+202E and zero-width`,
    apply: (b) => ((b.applications[3].posting[field] = `\u202eAmazon\u200b GmbH\u2069`), ['applications', 3]),
    expect: 'sanitised',
    check: (b) => (b.applications[3]!.posting[field] === 'Amazon GmbH' ? [] : [`${field} stored as ${JSON.stringify(b.applications[3]!.posting[field])}`]),
  })),
  {
    kind: 'bidi-text',
    name: 'every bullet with isolates',
    apply: (b) => ((b.applications[5].posting.basicQualifications = b.applications[5].posting.basicQualifications.map((q: string) => `\u2067${q}\u2069`)), ['applications', 5]),
    expect: 'sanitised',
    check: (b) => (b.applications[5]!.posting.basicQualifications.some((q) => INVISIBLE.test(q)) ? ['a bullet kept an isolate'] : []),
  },
];

type Tally = Record<string, { cases: number; passed: number; failed: number }>;
const tally: Tally = {};

function problemsOf(c: Case): string[] {
  const b = JSON.parse(JSON.stringify(BASE)) as Json;
  const [list, index] = c.apply(b);
  const record = b[list][index];
  const result = parseBackup(JSON.stringify(b));
  if (c.expect === 'refused') {
    if (result.ok) return ['imported'];
    const name = list === 'applications' ? `(job ${record.jobId})` : list === 'stories' ? `Story “${record.title}”` : `Practice session ${record.id}`;
    return result.errors.some((e) => e.includes(name)) ? [] : [`no error names ${name}: ${result.errors.join(' | ')}`];
  }
  if (!result.ok) return [`refused: ${result.errors.join(' | ')}`];
  return c.check?.(result.backup) ?? [];
}

describe('hostile backups', () => {
  it('the unchanged backup imports', () => {
    expect(parseBackup(JSON.stringify(BASE)).ok).toBe(true);
    expect(BASE.applications.length).toBe(ids.length);
  });

  it.each(cases.map((c) => [`${c.kind}: ${c.name}`, c] as const))('%s', (_label, c) => {
    let problems: string[];
    try {
      problems = problemsOf(c);
    } catch (err) {
      problems = [`threw: ${String(err)}`];
    }
    const t = (tally[`backup:${c.kind}`] ??= { cases: 0, passed: 0, failed: 0 });
    t.cases++;
    if (problems.length === 0) t.passed++;
    else t.failed++;
    expect(problems).toEqual([]);
  });
});

afterAll(() => {
  const rows = Object.entries(tally).sort(([a], [b]) => a.localeCompare(b));
  const total = rows.reduce((t, [, r]) => ({ cases: t.cases + r.cases, passed: t.passed + r.passed, failed: t.failed + r.failed }), { cases: 0, passed: 0, failed: 0 });
  const lines = [
    'robustness tally, hostile backups (kind: cases / passed / failed)',
    ...rows.map(([kind, r]) => `  ${kind.padEnd(24)} ${String(r.cases).padStart(4)} ${String(r.passed).padStart(7)} ${String(r.failed).padStart(7)}`),
    `  ${'TOTAL'.padEnd(24)} ${String(total.cases).padStart(4)} ${String(total.passed).padStart(7)} ${String(total.failed).padStart(7)}`,
  ];
  process.stdout.write(`${lines.join('\n')}\n`);
});
