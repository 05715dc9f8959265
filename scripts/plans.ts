// npm run --silent plans -- [--ids 1,2,3] [--per-family N]
// Prints the Markdown prep plan of external postings (../shared/fixtures/external/postings.jsonl, read in
// place) across role families, so a reviewer can read what a candidate would get. Default: two per family.
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { analyzePosting } from '../core/analyze-posting';
import { postingFromRecord } from '../core/posting-from-record';
import type { Posting } from '../core/posting';

const FILE = fileURLToPath(new URL('../../shared/fixtures/external/postings.jsonl', import.meta.url));

export interface ExternalRecord {
  job_id: string;
  title: string | null;
  url: string | null;
  description: string | null;
  basic_qualifications: string | null;
  preferred_qualifications: string | null;
  job_category: string | null;
  locations: string[] | null;
  posted_date: string | null;
}

/** The external set's keys differ a little from postings.jsonl (`job_category`, `locations`). */
export function externalPosting(r: ExternalRecord): Posting {
  return postingFromRecord({
    job_id: r.job_id,
    title: r.title,
    url: r.url,
    description: r.description,
    basic_qualifications: r.basic_qualifications,
    preferred_qualifications: r.preferred_qualifications,
    category: r.job_category,
    locations: r.locations,
    posted_date: r.posted_date,
  });
}

export function readExternal(file = FILE): ExternalRecord[] {
  return readFileSync(file, 'utf8')
    .split('\n')
    .filter((l) => l.trim())
    .map((l) => JSON.parse(l) as ExternalRecord);
}

function main(argv: string[]) {
  const arg = (name: string) => {
    const i = argv.indexOf(name);
    return i >= 0 ? argv[i + 1] : undefined;
  };
  const ids = arg('--ids')?.split(',');
  const perFamily = Number(arg('--per-family') ?? 2);
  const records = readExternal();
  const seen = new Map<string, number>();
  for (const r of records) {
    if (ids && !ids.includes(r.job_id)) continue;
    const analysis = analyzePosting(externalPosting(r));
    const fam = analysis.roleFamily.id;
    if (!ids) {
      const n = seen.get(fam) ?? 0;
      if (n >= perFamily) continue;
      seen.set(fam, n + 1);
    }
    process.stdout.write(`<!-- job ${r.job_id} · category ${r.job_category ?? '(none)'} · family ${fam} -->\n`);
    process.stdout.write(`${analysis.planMarkdown}\n---\n\n`);
  }
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) main(process.argv.slice(2));
