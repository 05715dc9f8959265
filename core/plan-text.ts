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
  const t = decodeEntities(s);
  return capitalAnd(t) ? t.replace(/\b([A-Z]{1,5})and([A-Z]{1,5})\b/g, '$1&$2') : t;
}

// "and" between two capitals, which every "P and L" ("PandL") the replace repairs has: most text has none.
function capitalAnd(s: string): boolean {
  for (let i = s.indexOf('and', 1); i > 0; i = s.indexOf('and', i + 1)) {
    const before = s.charCodeAt(i - 1);
    const after = s.charCodeAt(i + 3);
    if (before >= 65 && before <= 90 && after >= 65 && after <= 90) return true;
  }
  return false;
}

/** Decoded, repaired, one line, single-spaced. */
export function cleanText(s: string): string {
  const t = repairText(s);
  // Most text is single-spaced already, and the replace would only copy it.
  return (UNEVEN_SPACE.test(t) ? t.replace(/[\s\u00a0\u200b]+/g, ' ') : t).trim();
}

// What the replace in cleanText changes: a space other than " ", or two in a row.
const UNEVEN_SPACE = /[^\S ]|\u200b| {2}/;

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
// Commit"), so in running text every principle name is quoted, alone or in a list, the same way every
// time: no reader takes one for two, and no sentence quotes one name and leaves the next bare.
export function quoteName(name: string): string {
  return `“${name}”`;
}

/** Principle names in running text: each quoted, joined as English ("“Ownership”, “Dive Deep” and “Earn Trust”"). */
export function listNames(names: readonly string[]): string {
  const shown = names.map(quoteName);
  if (shown.length <= 1) return shown.join('');
  return `${shown.slice(0, -1).join(', ')} and ${shown.at(-1)}`;
}

// Words a scraper that cut titles at the first hyphen leaves dangling ("Senior Solutions Architect, Non"
// for "…, Non-Profit Organizations", "Front" for "Front-End Engineer…"): each is only ever the first half
// of a hyphenated word in a job title.
const HYPHEN_PREFIX = /(?:^|[\s,])(non|front|back|full|co|cross|multi|sub|pre|post|re|self|mid|e)$/i;
// Slug words that are abbreviations in a title.
const SLUG_UPPER = new Set(['aws', 'ii', 'iii', 'iv', 'sde', 'sdm', 'ml', 'ai', 'ux', 'ui', 'hr', 'it', 'qa', 'bi', 'us', 'uk', 'eu', 'emea', 'apac', 'tpm', 'gtm', 'b2b', 'iot']);

function slugWord(w: string): string {
  return SLUG_UPPER.has(w) ? w.toUpperCase() : w.charAt(0).toUpperCase() + w.slice(1);
}

/**
 * The title to show: cleaned (cleanTitle), and, when a source cut it at a hyphen inside a word (the title
 * ends in "Non" and the posting's URL slug goes on "non-profit-organizations"), completed from the slug.
 * The slug is the only other copy of the title the posting carries; its words are title-cased.
 */
export function planTitle(title: string, url: string | null | undefined): string {
  const t = cleanTitle(title);
  const cut = HYPHEN_PREFIX.exec(t);
  const slug = /\/jobs\/\d+\/([a-z0-9-]+)/.exec(url ?? '')?.[1];
  if (!cut || !slug) return t;
  const titleSlug = t.toLowerCase().replace(/[^a-z0-9]+/g, '-').replace(/^-|-$/g, '');
  if (!slug.startsWith(`${titleSlug}-`)) return t;
  const rest = slug.slice(titleSlug.length + 1).split('-').filter(Boolean);
  if (!rest.length) return t;
  return `${t}-${rest.map(slugWord).join(' ')}`;
}
