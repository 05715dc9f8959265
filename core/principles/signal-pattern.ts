// A small phrase notation for knowledge-base signals, compiled to case-insensitive RegExps that run on
// the posting text as written, so match offsets index straight into the section text.
//
// Notation:
//   word        matches the word and its common inflections (deliver → delivers, delivered, delivering;
//               simplify → simplifies, simplified; automate → automating). Short function words are exact.
//   word*       any continuation of the stem (innovat* → innovate, innovation, innovative)
//   a b / a-b   words separated by spaces, hyphens or dashes ("customer centric" = "customer-centric")
//   ~           up to three arbitrary words ("work backwards from ~ customers" = "… from Amazon's customers")
//   (a|b)       alternatives; (…)? makes a group optional
//   '           straight or curly apostrophe

const EXACT_WORDS = new Set([
  'a', 'an', 'the', 'of', 'to', 'on', 'in', 'at', 'by', 'for', 'and', 'or', 'with', 'from', 'our',
  'your', 'their', 'over', 'up', 'is', 'are', 'be', 'we', 'you', 'it', 'as', 'not', 'no', 'all',
]);

const SEP = '[\\s\\-\\u2010-\\u2015/]+';
const GAP = "(?:[\\s\\-\\u2010-\\u2015]+[\\p{L}\\p{N}'’\\-]+){0,3}";
const LETTERS = "[\\p{L}\\p{N}]";

function escapeRegExp(s: string): string {
  return s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

function inflect(word: string): string {
  const w = word.toLowerCase();
  if (w.length < 3 || EXACT_WORDS.has(w) || /[^a-z]/.test(w)) return escapeRegExp(word).replace(/'/g, "['’]");
  if (w.endsWith('y') && !/[aeiou]y$/.test(w)) return `${w.slice(0, -1)}(?:y|ies|ied|ying)`;
  if (w.endsWith('e')) return `${w.slice(0, -1)}(?:e|es|ed|ing|er|ers)`;
  if (w.endsWith('s')) return `${w}(?:es|ed|ing)?`;
  return `${w}(?:s|es|ed|ing|er|ers)?`;
}

/** Turns a phrase in the notation above into a RegExp source (no flags). Throws on malformed input. */
export function signalSource(phrase: string): string {
  const tokens = phrase.trim().match(/\(|\)\??|\||~|[\s\-]+|[^\s\-()|~]+/g) ?? [];
  let out = '';
  let depth = 0;
  for (const t of tokens) {
    if (t === '(') {
      out += '(?:';
      depth++;
    } else if (t.startsWith(')')) {
      depth--;
      if (depth < 0) throw new Error(`unbalanced ) in "${phrase}"`);
      out += t;
    } else if (t === '|') out += '|';
    else if (t === '~') out = (out.endsWith(SEP) ? out.slice(0, -SEP.length) : out) + GAP;
    else if (/^[\s\-]+$/.test(t)) out += SEP;
    else if (t.endsWith('*')) out += `${escapeRegExp(t.slice(0, -1)).replace(/'/g, "['’]")}${LETTERS}*`;
    else out += inflect(t);
  }
  if (depth !== 0) throw new Error(`unbalanced ( in "${phrase}"`);
  if (out === '') throw new Error('empty phrase');
  return `(?<!${LETTERS})(?:${out})(?!${LETTERS})`;
}

export function compileSignal(phrase: string): RegExp {
  return new RegExp(signalSource(phrase), 'giu');
}
