// The text of each rankable section of a Posting, as one string. Evidence offsets index into exactly
// this string, so the UI can highlight `sectionText(p, s).slice(start, end)`.
import type { Posting } from './posting';

export const SECTIONS = ['title', 'description', 'responsibilities', 'basicQualifications', 'preferredQualifications'] as const;
export type Section = (typeof SECTIONS)[number];

/** Text beyond this many characters per section is not scanned (a 1 MB paste stays fast). */
export const MAX_SECTION_CHARS = 60_000;

export function sectionText(posting: Posting, section: Section): string {
  switch (section) {
    case 'title':
      return posting.title ?? '';
    case 'description':
      return posting.description ?? '';
    case 'responsibilities':
      return posting.responsibilities.join('\n');
    case 'basicQualifications':
      return posting.basicQualifications.join('\n');
    case 'preferredQualifications':
      return posting.preferredQualifications.join('\n');
  }
}

/**
 * The description minus the "Key job responsibilities" items, which are ranked as their own section;
 * returned as [start, end) ranges of sectionText(p, 'description') to scan, so offsets stay valid.
 */
export function descriptionRangesWithoutResponsibilities(posting: Posting): [number, number][] {
  const text = sectionText(posting, 'description');
  const cut: [number, number][] = [];
  for (const item of posting.responsibilities) {
    if (item.length < 12) continue;
    const at = text.indexOf(item);
    if (at >= 0) cut.push([at, at + item.length]);
  }
  cut.sort((a, b) => a[0] - b[0]);
  const keep: [number, number][] = [];
  let pos = 0;
  for (const [s, e] of cut) {
    if (s > pos) keep.push([pos, s]);
    pos = Math.max(pos, e);
  }
  if (pos < text.length) keep.push([pos, text.length]);
  return keep;
}
