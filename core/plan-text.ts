// Text hygiene for everything the plan shows: posting text arrives with HTML entities left in
// ("R&amp;D"), stray spacing and bullet marks; the plan shows it decoded and tidy.

const NAMED: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'", nbsp: ' ', ndash: '–', mdash: '—', rsquo: '’', lsquo: '‘', ldquo: '“', rdquo: '”', hellip: '…', bull: '•' };
const ENTITY = /&(?:#(\d{1,7})|#x([0-9a-f]{1,6})|([a-z]{2,8}));/gi;

/** Decodes HTML character references, twice over for text that was escaped twice ("&amp;amp;"). */
export function decodeEntities(s: string): string {
  let out = s;
  for (let i = 0; i < 2 && out.includes('&'); i++) {
    out = out.replace(ENTITY, (m, dec: string | undefined, hex: string | undefined, name: string | undefined) => {
      const code = dec ? Number(dec) : hex ? parseInt(hex, 16) : null;
      if (code !== null) return code > 0 && code <= 0x10ffff ? String.fromCodePoint(code) : m;
      return NAMED[name!.toLowerCase()] ?? m;
    });
  }
  return out;
}

/**
 * Decoded, with the "&" a scraper spelled out inside an abbreviation put back: sources that turned
 * every "&" into "and" leave "FPandA", "ATTandCK", "MandA". Capitals on both sides of a lower-case
 * "and" occur in no English word, so only those are repaired.
 */
export function repairText(s: string): string {
  return decodeEntities(s).replace(/\b([A-Z]{1,5})and([A-Z]{1,5})\b/g, '$1&$2');
}

/** Decoded, repaired, one line, single-spaced. */
export function cleanText(s: string): string {
  return repairText(s).replace(/[\s\u00a0\u200b]+/g, ' ').trim();
}

/** A title without a repeated part ("Data Center Operations, Data Center Operations" once). */
export function cleanTitle(title: string): string {
  const parts = cleanText(title).split(/\s*,\s*/);
  const seen = new Set<string>();
  return parts.filter((p) => {
    const key = p.toLowerCase();
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  }).join(', ');
}

// Principle names hold commas, semicolons and "and" ("Are Right, A Lot", "Have Backbone; Disagree and
// Commit"): in a list with such a name each name is quoted, so no reader takes one for two; a list
// without one reads as plain English ("Ownership, Dive Deep and Earn Trust").
export function listNames(names: readonly string[]): string {
  const plain = names.length <= 1 || names.every((n) => !/[,;]| and /.test(n));
  const shown = plain ? names : names.map((n) => `“${n}”`);
  if (shown.length <= 1) return shown.join('');
  return `${shown.slice(0, -1).join(', ')} and ${shown.at(-1)}`;
}
