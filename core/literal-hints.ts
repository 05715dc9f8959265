// A cheap pre-test for a regex: lower-case literals one of which every match must contain, read from
// the pattern itself ("\b(?:sql|mysql)\b" -> ["sql", "mysql"]). `text.includes` over a lower-cased
// text is far cheaper than running dozens of case-insensitive alternations over every posting.
// Null when the pattern has an alternative without a literal start (then the regex always runs).

function splitTop(src: string): string[] {
  const parts: string[] = [];
  let depth = 0;
  let inClass = false;
  let start = 0;
  for (let i = 0; i < src.length; i++) {
    const c = src[i];
    if (c === '\\') {
      i++;
      continue;
    }
    if (inClass) {
      if (c === ']') inClass = false;
    } else if (c === '[') inClass = true;
    else if (c === '(') depth++;
    else if (c === ')') depth--;
    else if (c === '|' && depth === 0) {
      parts.push(src.slice(start, i));
      start = i + 1;
    }
  }
  parts.push(src.slice(start));
  return parts;
}

// The group that opens at `src[0]` ("(?:…)"), and what follows it.
function openingGroup(src: string): [string, string] | null {
  if (!src.startsWith('(?:')) return null;
  let depth = 0;
  for (let i = 0; i < src.length; i++) {
    const c = src[i];
    if (c === '\\') {
      i++;
      continue;
    }
    if (c === '(') depth++;
    else if (c === ')' && --depth === 0) return [src.slice(3, i), src.slice(i + 1)];
  }
  return null;
}

function prefixes(alternative: string): string[] | null {
  const alt = alternative.replace(/^(?:\\b)+/, '');
  const group = openingGroup(alt);
  if (group) {
    // A group made optional ("(?:a|b)?x") promises nothing.
    if (/^[?*]/.test(group[1])) return null;
    const inner = splitTop(group[0]).map(prefixes);
    return inner.some((p) => p === null) ? null : inner.flat() as string[];
  }
  const m = /^(?:[a-zA-Z0-9 &/'’-]|\\[/+.&-])+/.exec(alt);
  if (!m) return null;
  let lit = m[0].replace(/\\(.)/g, '$1');
  // "prototypes?" or "mock-?ups": the character before a quantifier is optional.
  if (/^[?*{]/.test(alt.slice(m[0].length))) lit = lit.slice(0, -1);
  lit = lit.toLowerCase();
  return lit.length >= 2 ? [lit] : null;
}

export function literalHints(re: RegExp): string[] | null {
  const all = splitTop(re.source).map(prefixes);
  return all.some((p) => p === null) ? null : [...new Set(all.flat() as string[])];
}
