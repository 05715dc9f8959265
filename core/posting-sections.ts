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

/** No list in a real posting comes near this; a page that has 5,000 bullets is not shown in full. */
export const MAX_LIST_ITEMS = 250;

/**
 * How many of a section's items to show: those that start within the part of the section that is
 * read (MAX_SECTION_CHARS of the items joined by "\n", as sectionText builds it), and at most
 * MAX_LIST_ITEMS, so what a page draws is bounded the same way as what the ranking reads.
 */
export function itemsWithinReadLimit(items: readonly string[]): number {
  let at = 0;
  for (let i = 0; i < items.length; i++) {
    if (i >= MAX_LIST_ITEMS || at >= MAX_SECTION_CHARS) return i;
    at += (items[i]?.length ?? 0) + 1;
  }
  return items.length;
}
