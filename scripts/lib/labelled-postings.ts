// The labelled postings the eval, the prior learner and the evidence tests read, from
// ../shared/fixtures (external/ is read in place, never copied) or, without it, tests/fixtures.
// External records are read and mapped by the one reader scripts/plans.ts has (readExternal,
// externalPosting: every location kept), so the eval, the tests and the reviewer's plans see the
// same postings.
import { existsSync, readFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Posting } from '../../core/posting';
import { postingFromRecord } from '../../core/posting-from-record';
import type { PrincipleId } from '../../core/principles';
import { externalPosting as planPosting, readExternal, type ExternalRecord } from '../plans';

export type { ExternalRecord };

const repo = resolve(dirname(fileURLToPath(import.meta.url)), '../..');

export function fixturesDir(): string {
  const shared = resolve(repo, '../shared/fixtures');
  if (existsSync(join(shared, 'labels/principles.json'))) return shared;
  return resolve(repo, 'tests/fixtures');
}

export interface Reader {
  top3: PrincipleId[];
  relevant: PrincipleId[];
  evidence?: Partial<Record<PrincipleId, string>>;
}
export interface PrincipleLabel extends Reader {
  title: string;
  second_reader?: Reader;
}

export type LabelSet = 'internal' | 'external';

export interface LabelledCase {
  key: string;
  set: LabelSet;
  posting: Posting;
  /** Principle labels, when this posting has them. */
  label: PrincipleLabel | undefined;
  /** The old coarse family label (labels/role-families.json), internal postings only. */
  coarseFamily: string | undefined;
  /** amazon.jobs' own job category, external postings only. */
  jobCategory: string | null;
}

interface RawRecord {
  job_id?: string | number | null;
  title?: string | null;
  [k: string]: unknown;
}

function jsonl(path: string): RawRecord[] {
  if (!existsSync(path)) return [];
  return readFileSync(path, 'utf8')
    .split('\n')
    .filter((l) => l.trim())
    .map((l) => JSON.parse(l) as RawRecord);
}

function json<T>(path: string): T {
  return existsSync(path) ? (JSON.parse(readFileSync(path, 'utf8')) as T) : ({} as T);
}

/** An external record as a Posting (scripts/plans.ts's mapping); the category is kept unless `hideCategory`. */
export function externalPosting(r: ExternalRecord, hideCategory = false): Posting {
  const posting = planPosting(r);
  return hideCategory ? { ...posting, category: null } : posting;
}

export function externalRecords(dir = fixturesDir()): ExternalRecord[] {
  const file = join(dir, 'external/postings.jsonl');
  return existsSync(file) ? readExternal(file) : [];
}

/** Every posting of the fixtures: internal (postings + qualifications-only) and external. */
export function loadCases(dir = fixturesDir()): LabelledCase[] {
  const principles = json<Record<string, PrincipleLabel>>(join(dir, 'labels/principles.json'));
  const families = json<Record<string, { family: string }>>(join(dir, 'labels/role-families.json'));
  const external = json<Record<string, PrincipleLabel>>(join(dir, 'labels/external-principles.json'));
  const cases: LabelledCase[] = [];
  for (const file of ['postings.jsonl', 'qualifications-only.jsonl']) {
    for (const r of jsonl(join(dir, 'postings', file))) {
      const key = String(r.job_id ?? r.title ?? '');
      cases.push({ key, set: 'internal', posting: postingFromRecord(r), label: principles[key], coarseFamily: families[key]?.family, jobCategory: null });
    }
  }
  for (const r of externalRecords(dir)) {
    const key = String(r.job_id ?? r.title ?? '');
    cases.push({ key, set: 'external', posting: externalPosting(r), label: external[key], coarseFamily: undefined, jobCategory: r.job_category ?? null });
  }
  return cases;
}

/** Both readers of a label (the second when present). */
export function readers(label: PrincipleLabel): Reader[] {
  return label.second_reader ? [label, label.second_reader] : [label];
}
