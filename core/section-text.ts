// Pure string helpers that turn a posting section's text into structured parts. Shared by the page
// extractor (text read from <p> with <br>) and by record import (postings.jsonl, where the same text
// arrives with "\n", or flattened to one line with " - " bullets and the section name in front).
import { NOTICE_OPENERS } from './boilerplate-openers';
import { stripInvisibleControls } from './page-text';

/** Collapses runs of spaces/tabs inside each line, trims lines, keeps at most one blank line between paragraphs. */
export function normalizeText(s: string): string {
  return stripInvisibleControls(s)
    .replace(/\r\n?/g, '\n')
    .split('\n')
    .map((line) => line.replace(/[\s\u00a0\u200b]+/g, ' ').trim())
    .join('\n')
    .replace(/\n{3,}/g, '\n\n')
    .trim();
}

// "-" and "*" need a following space ("-internship", "*Please email…" are not bullets); the dot-like
// markers are often glued to the text ("•Experience with Linux").
const BULLET = /^(?:[-*–]\s+|[•·●▪◦]\s*|\d{1,2}[.)]\s+)/;

/** True when the line starts with a bullet marker. */
export function isBulletLine(line: string): boolean {
  return BULLET.test(line);
}

/** The line without its bullet marker. */
export function stripBullet(line: string): string {
  return line.replace(BULLET, '').trim();
}

// Paragraphs of Amazon's standard closing text, matched at a sentence start so an item that merely
// mentions Amazon is not cut. The openers are shared with the ranking's masking (one list).
const NOTICE = new RegExp(`(?:^|[\\s.!?)])(${NOTICE_OPENERS.join('|')})`, 'i');

/** Index where a notice paragraph starts in the line, or -1. */
function noticeStart(line: string): number {
  const m = NOTICE.exec(line);
  if (!m || !m[1]) return -1;
  return m.index + m[0].length - m[1].length;
}

/** Section names that may lead the text of a section (flattened records keep them). */
export const QUALIFICATION_HEADING =
  /^(?:BASIC|PREFERRED|MINIMUM|REQUIRED)\s+QUALIFICATIONS?\s*:?\s*/i;

// Flattened records put every bullet inline: "BASIC QUALIFICATIONS - a - b". Put them back on lines.
function unflatten(text: string): string {
  if (text.includes('\n')) return text;
  return text.replace(/\s+([-*•·])(?=\s)/g, '\n$1').replace(/\s+-(?=[A-Z])/g, '\n- ');
}

/**
 * Splits a qualification section into one item per bullet (marker stripped) and the trailing
 * boilerplate paragraphs (`notices`). Unbulleted sections give one item per line. A lead-in line
 * ending with ":" is neither.
 */
export function splitQualifications(text: string): { items: string[]; notices: string[] } {
  const items: string[] = [];
  const notices: string[] = [];
  const body = unflatten(normalizeText(text).replace(QUALIFICATION_HEADING, ''));
  // Inline "·"/"•" separate items too ("…architect· Bachelor's degree…").
  const lines = body
    .split('\n')
    .flatMap((line) => line.replace(/(\S)\s*([•·])\s*/g, '$1\n$2 ').split('\n'))
    .map((line) => line.trim());
  let inNotices = false;
  let gap = false;
  for (const line of lines) {
    if (line === '') {
      gap = true;
      continue;
    }
    if (inNotices) {
      notices.push(line);
      continue;
    }
    const at = noticeStart(line);
    if (at >= 0) {
      const head = line.slice(0, at).trim();
      if (head) addItem(items, head);
      notices.push(line.slice(at).trim());
      inNotices = true;
      continue;
    }
    if (isBulletLine(line)) addItem(items, line);
    // After the list and a blank line, a plain paragraph is closing text, not an item.
    else if (items.length > 0 && gap) {
      notices.push(line);
      inNotices = true;
    } else if (!line.endsWith(':')) addItem(items, line);
    gap = false;
  }
  return { items, notices };
}

function addItem(items: string[], line: string): void {
  const item = stripBullet(line)
    .replace(/#\w+$/, '') // a trailing recruiter hashtag ("…compliance#awssingapore")
    .trim();
  if (/[^-*–•·\s]/.test(item)) items.push(item); // "- • 4 to 5 years": a lone marker is no item
}

const RESPONSIBILITIES_HEAD =
  /^(?:key (?:job )?responsibilities|(?:your |job |role |main |core )?responsibilities|what you(?:'|’)?ll do|what you will do)\s*[?:]?$/i;

// A short line without closing punctuation is a sub-head ("A day in the life", "About the team").
function isSubHead(line: string): boolean {
  return line.length <= 60 && !isBulletLine(line) && !/[.,;:!]$/.test(line);
}

/**
 * Keeps the whole DESCRIPTION text (normalised) and pulls out the items under "Key job
 * responsibilities" (or "What you'll do"…) until the next sub-head. Where those blocks have bullets,
 * only bullets count; a block of paragraphs gives its paragraphs.
 */
export function splitDescription(text: string): { description: string; responsibilities: string[] } {
  const description = normalizeText(text);
  const bullets: string[] = [];
  const paragraphs: string[] = [];
  let inBlock = false;
  for (const line of description.split('\n')) {
    if (line === '') continue;
    if (RESPONSIBILITIES_HEAD.test(line)) {
      inBlock = true;
      continue;
    }
    if (!inBlock) continue;
    if (isBulletLine(line)) {
      const item = stripBullet(line);
      if (item) bullets.push(item);
    } else if (isSubHead(line)) inBlock = false;
    else if (!line.endsWith(':')) paragraphs.push(line);
  }
  return { description, responsibilities: bullets.length > 0 ? bullets : paragraphs };
}

const FULL_MONTHS = ['january', 'february', 'march', 'april', 'may', 'june', 'july', 'august', 'september', 'october', 'november', 'december'];
const MONTHS = ['jan', 'feb', 'mar', 'apr', 'may', 'jun', 'jul', 'aug', 'sep', 'oct', 'nov', 'dec'];

function isoDate(y: number, m: number, d: number): string | null {
  // Outside 2000–2099 it is a misread, not a posting date (and the stored schema refuses it).
  if (y < 2000 || y > 2099) return null;
  const date = new Date(Date.UTC(y, m - 1, d));
  if (date.getUTCFullYear() !== y || date.getUTCMonth() !== m - 1 || date.getUTCDate() !== d) return null;
  return `${y}-${String(m).padStart(2, '0')}-${String(d).padStart(2, '0')}`;
}

function monthNumber(name: string): number {
  const n = name.toLowerCase();
  const i = MONTHS.indexOf(n.slice(0, 3));
  // "Sep", "Sept", "September" — but not "Marchx".
  return i >= 0 && (n.length <= 4 || FULL_MONTHS[i] === n) ? i + 1 : 0;
}

/** "March 25, 2021", "30 Sep, 2024", "Posted July 18, 2025", "2024-11-21" → "yyyy-mm-dd"; else null. */
export function parsePostedDate(s: string): string | null {
  const t = s.replace(/^\s*(?:posted|updated)\s*(?:on)?\s*:?\s*/i, '').trim();
  let m = /^(\d{4})-(\d{2})-(\d{2})(?:$|T)/.exec(t);
  if (m) return isoDate(Number(m[1]), Number(m[2]), Number(m[3]));
  m = /^([A-Za-z]{3,9})\.?\s+(\d{1,2}),?\s+(\d{4})$/.exec(t);
  if (m && m[1] && monthNumber(m[1]) > 0) return isoDate(Number(m[3]), monthNumber(m[1]), Number(m[2]));
  m = /^(\d{1,2})\s+([A-Za-z]{3,9})\.?,?\s+(\d{4})$/.exec(t);
  if (m && m[2] && monthNumber(m[2]) > 0) return isoDate(Number(m[3]), monthNumber(m[2]), Number(m[1]));
  return null;
}
