// Page text is untrusted, and some of its characters are invisible yet change how the text around
// them is drawn: bidi embeddings, overrides and isolates (U+202A–U+202E, U+2066–U+2069) can reverse
// our own labels next to a company name, and zero-width characters hide inside words (so "Amazon"
// and "Ama\u200bzon" look alike and differ). They are removed wherever page text is stored: the
// extractors' output and imported records. The UI also isolates page text, so what gets through
// cannot reach our labels.
//
// Kept on purpose: U+200C/U+200D (zero-width non-joiner/joiner), which Persian, the Indic scripts
// and emoji sequences need to be spelled right; LRM/RLM/ALM inside a line, where right-to-left text
// uses them for punctuation. At the ends of a line those marks only bleed into what surrounds it.

const BIDI_CONTROLS = /[\u202a-\u202e\u2066-\u2069]/g;
const ZERO_WIDTH = /[\u200b\u2060\ufeff\u180e]/g;
const EDGE_MARKS = /^[\u200e\u200f\u061c]+|[\u200e\u200f\u061c]+$/gm;
const ANY = /[\u202a-\u202e\u2066-\u2069\u200b\u2060\ufeff\u180e\u200e\u200f\u061c]/;

/** `s` without bidi controls and zero-width characters (see above for what is kept). */
export function stripInvisibleControls(s: string): string {
  // Most text has none: skip the three replaces.
  if (!ANY.test(s)) return s;
  return s.replace(BIDI_CONTROLS, '').replace(ZERO_WIDTH, '').replace(EDGE_MARKS, '');
}
