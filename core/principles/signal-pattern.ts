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

// Latin letters only (no "u" flag): V8 scans non-unicode, case-insensitive patterns far faster, and
// the signals are English.
// Spaces, not line breaks: a phrase never runs from one bullet or line into the next.
const SEP = '[ \\t\\u00a0\\-\\u2010-\\u2015/]+';
const GAP = "(?:[ \\t\\u00a0\\-\\u2010-\\u2015]+[a-z0-9\\u00c0-\\u024f'’\\-]+){0,3}";
const LETTERS = '[a-z0-9\\u00c0-\\u024f]';

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
  return `\\b(?:${out})(?!${LETTERS})`;
}

export function compileSignal(phrase: string): RegExp {
  return new RegExp(signalSource(phrase), 'gi');
}

/**
 * Lower-case strings of which at least one must occur in any text the phrase matches (empty: no
 * cheap test). Lets the ranker skip most regexes with a substring check.
 */
export function signalAnchors(phrase: string): string[] {
  const stem = (w: string) => {
    const t = w.toLowerCase().replace(/\*$/, '').replace(/['’].*$/, '');
    return t.length > 3 && /[eys]$/.test(t) && !t.endsWith('*') ? t.slice(0, -1) : t;
  };
  const tokens = phrase.trim().match(/\(|\)\??|\||~|[\s\-]+|[^\s\-()|~]+/g) ?? [];
  let depth = 0;
  let best = '';
  for (const t of tokens) {
    if (t === '(') depth++;
    else if (t.startsWith(')')) depth--;
    else if (t === '|' && depth === 0) return [];
    else if (depth === 0 && /^[\w'’*]+$/.test(t) && stem(t).length > best.length) best = stem(t);
  }
  const cap = (a: string) => a;
  if (best.length >= 2) return [cap(best)];
  // A phrase that opens with a group of single words: one of them must occur.
  const open = /^\(([^()~]+)\)(?!\?)/.exec(phrase.trim());
  if (open?.[1]) {
    const alts = open[1].split('|').map((a) => a.trim());
    if (alts.every((a) => /^[\w'’*]+$/.test(a))) return alts.map(stem).filter((a) => a.length > 0).map(cap);
    // Multi-word alternatives: their first words.
    if (alts.every((a) => /^[\w'’*]+/.test(a))) return alts.map((a) => stem(/^[\w'’*]+/.exec(a)?.[0] ?? '')).filter(Boolean).map(cap);
  }
  return [];
}

// The literal lower-case start of what one notation word matches: "deliver" → "deliver",
// "simplify" → "simplif", "innovat*" → "innovat", "c++" → "c". Empty when it starts with a non-letter.
function openingOf(word: string): string {
  const source = word.endsWith('*') ? escapeRegExp(word.slice(0, -1)) : inflect(word);
  return /^[a-z0-9]*/.exec(source.toLowerCase())?.[0] ?? '';
}

type Node = { kind: 'word'; text: string } | { kind: 'sep' } | { kind: 'gap' } | { kind: 'group'; alts: Node[][]; optional: boolean };

function parse(phrase: string): Node[] {
  const tokens = phrase.trim().match(/\(|\)\??|\||~|[\s\-]+|[^\s\-()|~]+/g) ?? [];
  let i = 0;
  const seq = (): Node[][] => {
    const alts: Node[][] = [[]];
    while (i < tokens.length) {
      const t = tokens[i++]!;
      const cur = alts[alts.length - 1]!;
      if (t === '(') {
        const inner = seq();
        const close = tokens[i - 1] ?? '';
        cur.push({ kind: 'group', alts: inner, optional: close === ')?' });
      } else if (t.startsWith(')')) return alts;
      else if (t === '|') alts.push([]);
      else if (t === '~') cur.push({ kind: 'gap' });
      else if (/^[\s\-]+$/.test(t)) cur.push({ kind: 'sep' });
      else cur.push({ kind: 'word', text: t });
    }
    return alts;
  };
  const top = seq();
  return top.length === 1 ? top[0]! : [{ kind: 'group', alts: top, optional: false }];
}

// Openings of a sequence: null when a match might start with something other than a letter or digit
// (a separator, a gap, an empty match); otherwise the set, plus whether the sequence can be empty.
function openingsOf(seq: readonly Node[]): { set: Set<string>; empty: boolean } | null {
  const set = new Set<string>();
  for (const node of seq) {
    if (node.kind === 'sep' || node.kind === 'gap') return null;
    if (node.kind === 'word') {
      const o = openingOf(node.text);
      if (o === '') return null;
      set.add(o);
      return { set, empty: false };
    }
    let empty = node.optional;
    for (const alt of node.alts) {
      const inner = openingsOf(alt);
      if (!inner) return null;
      for (const o of inner.set) set.add(o);
      empty ||= inner.empty;
    }
    if (!empty) return { set, empty: false };
  }
  return { set, empty: true };
}

/**
 * Lower-case letter/digit strings one of which every match of the phrase starts with, at a word
 * start; null when no such list exists. Lets the ranker try the regex only where a word opens with
 * one of them instead of scanning the whole text.
 */
export function signalOpenings(phrase: string): string[] | null {
  const o = openingsOf(parse(phrase));
  if (!o || o.empty) return null;
  // A shorter opening covers any longer one it begins.
  const list = [...o.set].sort((a, b) => a.length - b.length);
  return list.filter((x, i) => !list.slice(0, i).some((y) => x.startsWith(y)));
}

// The openings of the second word, added to `into`, when every match of `seq` is a first word of
// letters only, a separator, then a word with one of those openings; false otherwise (`into` then
// holds nothing useful).
function secondOpenings(seq: readonly Node[], into: Set<string>): boolean {
  const first = seq[0];
  if (!first) return false;
  if (first.kind === 'group') {
    // Each alternative is a first word followed by the rest of the sequence, or a word, a separator and more of its own.
    return !first.optional && first.alts.every((alt) => (alt.length === 1 ? secondOpenings([alt[0]!, ...seq.slice(1)], into) : secondOpenings(alt, into)));
  }
  if (first.kind !== 'word' || !/^[a-z]+\*?$/i.test(first.text) || seq[1]?.kind !== 'sep') return false;
  const rest = openingsOf(seq.slice(2));
  if (!rest || rest.empty) return false;
  for (const o of rest.set) into.add(o);
  return true;
}

/**
 * Lower-case letter/digit strings one of which the second word of every match starts with, when every
 * match is a word of letters, a separator and a second word ("(you|to) own" → ["own"]); null when the
 * phrase is not of that form. The first words of many signals are common ("to", "and", "on"): the
 * ranker tries the regex only where the next word fits.
 */
export function signalSecondWords(phrase: string): string[] | null {
  const set = new Set<string>();
  if (!secondOpenings(parse(phrase), set) || set.size === 0) return null;
  const list = [...set].sort((a, b) => a.length - b.length);
  return list.filter((x, i) => !list.slice(0, i).some((y) => x.startsWith(y)));
}
