// Names a backup record the way its owner knows it ("Application “Data Engineer” (job 10569363)")
// rather than by its position in the file ("applications[4]"), for import error messages. The
// values come from the file being rejected, so they are read defensively and shortened.
import { stripInvisibleControls } from './page-text';

const MAX_NAME = 80;

function field(record: unknown, ...path: string[]): string | null {
  let v = record;
  for (const key of path) {
    if (typeof v !== 'object' || v === null || !Object.hasOwn(v, key)) return null;
    v = (v as Record<string, unknown>)[key];
  }
  if (typeof v !== 'string' && typeof v !== 'number') return null;
  const s = stripInvisibleControls(String(v)).replace(/\s+/g, ' ').trim();
  if (!s) return null;
  return s.length > MAX_NAME ? `${s.slice(0, MAX_NAME - 1)}…` : s;
}

function recordAt(input: unknown, list: string, index: number): unknown {
  if (typeof input !== 'object' || input === null || !Object.hasOwn(input, list)) return undefined;
  const items = (input as Record<string, unknown>)[list];
  return Array.isArray(items) ? items[index] : undefined;
}

/** The record at `list[index]` of the backup, named by its title and ID where it has them. */
export function backupRecordLabel(input: unknown, list: string, index: number): string {
  const record = recordAt(input, list, index);
  const nth = `number ${index + 1}`;
  switch (list) {
    case 'applications': {
      const title = field(record, 'posting', 'title');
      const jobId = field(record, 'jobId') ?? field(record, 'posting', 'jobId');
      if (title && jobId) return `Application “${title}” (job ${jobId})`;
      if (jobId) return `Application for job ${jobId}`;
      return title ? `Application “${title}” (${nth})` : `Application ${nth}`;
    }
    case 'stories': {
      const title = field(record, 'title');
      return title ? `Story “${title}”` : `Story ${nth}`;
    }
    case 'practice': {
      const id = field(record, 'id');
      return id ? `Practice session ${id}` : `Practice session ${nth}`;
    }
    case 'interviews': {
      const jobId = field(record, 'jobId');
      return jobId ? `Interview for job ${jobId} (${nth})` : `Interview ${nth}`;
    }
    default:
      return `${list} ${nth}`;
  }
}
