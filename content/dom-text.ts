// Reading page text without ever interpreting it as HTML: textContent and text nodes only.
// Whitespace inside text nodes is the page's (or a re-indenting editor's) layout, not content, so it
// collapses to one space; <br> and block boundaries are the line breaks. Bidi controls and
// zero-width characters are dropped here, where page text enters (see page-text.ts).
import { stripInvisibleControls } from '../core/page-text';
import { isWhitespace } from '../core/whitespace';

const SKIP = new Set(['script', 'style', 'noscript', 'template', 'svg', 'iframe', 'button']);
const BLOCK = new Set([
  'p', 'div', 'section', 'article', 'ul', 'ol', 'li', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'dt', 'dd', 'tr', 'table', 'blockquote',
]);

/** One line of text: textContent with whitespace collapsed. Empty string for null. */
export function inlineText(el: Element | null | undefined): string {
  return stripInvisibleControls(el?.textContent ?? '').replace(/\s+/g, ' ').trim();
}

/**
 * inlineText read character by character, for the short labels read while a posting or search page
 * loads (the posting's title, a card's title): in the content script's world the first regular
 * expression costs about 0.5 ms on first use (each further one about 0.15 ms), which a page that only
 * shows a control or a badge then never pays. Not for long text: the regular expressions are faster
 * there, and extraction (which runs on demand) keeps them. The unit tests compare the two on every
 * code unit and on every element of the real pages.
 */
export function labelText(el: Element | null | undefined): string {
  const text = el?.textContent ?? '';
  return collapseWhitespace(hasInvisibleControl(text) ? stripInvisibleControls(text) : text);
}

/** Whether stripInvisibleControls (core/page-text.ts) could change `text`: any of the characters it removes. */
function hasInvisibleControl(text: string): boolean {
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c < 0x61c) continue;
    if (c === 0x61c || c === 0x180e || c === 0x200b || c === 0x200e || c === 0x200f || c === 0x2060 || c === 0xfeff) return true;
    if ((c >= 0x202a && c <= 0x202e) || (c >= 0x2066 && c <= 0x2069)) return true;
  }
  return false;
}

/** Runs of white space as one space, none at the ends. */
export function collapseWhitespace(text: string): string {
  let out = '';
  let start = -1; // start of the current word, -1 between words
  for (let i = 0; i <= text.length; i++) {
    const space = i === text.length || isWhitespace(text.charCodeAt(i));
    if (space && start !== -1) {
      out += (out === '' ? '' : ' ') + text.slice(start, i);
      start = -1;
    } else if (!space && start === -1) {
      start = i;
    }
  }
  return out;
}

export interface BlockTextOptions {
  /** Start collecting only after this node (somewhere inside the root). */
  after?: Node;
  /** Stop at the first of these elements (met after `after`). */
  stopAt?: ReadonlySet<Element>;
}

/** Multi-line text of a subtree: <br> and block elements become "\n", list items become "• " lines. */
export function blockText(root: Node, options: BlockTextOptions = {}): string {
  const out: string[] = [];
  let started = options.after === undefined;
  let stopped = false;
  const visit = (node: Node): void => {
    if (stopped) return;
    if (node.nodeType === 3) {
      if (started) out.push(stripInvisibleControls(node.nodeValue ?? '').replace(/\s+/g, ' '));
      return;
    }
    if (node.nodeType !== 1 && node.nodeType !== 9 && node.nodeType !== 11) return;
    if (node === options.after) {
      started = true;
      return;
    }
    const el = node as Element;
    const tag = node.nodeType === 1 ? el.localName.toLowerCase() : '';
    if (SKIP.has(tag)) return;
    if (started && options.stopAt?.has(el)) {
      stopped = true;
      return;
    }
    if (tag === 'br') {
      if (started) out.push('\n');
      return;
    }
    const block = BLOCK.has(tag);
    if (block && started) out.push(tag === 'li' ? '\n• ' : '\n');
    for (let child = node.firstChild; child && !stopped; child = child.nextSibling) visit(child);
    if (block && started) out.push('\n');
  };
  visit(root);
  return out.join('');
}
