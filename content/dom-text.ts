// Reading page text without ever interpreting it as HTML: textContent and text nodes only.
// Whitespace inside text nodes is the page's (or a re-indenting editor's) layout, not content, so it
// collapses to one space; <br> and block boundaries are the line breaks. Bidi controls and
// zero-width characters are dropped here, where page text enters (see page-text.ts).
import { stripInvisibleControls } from '../core/page-text';

const SKIP = new Set(['script', 'style', 'noscript', 'template', 'svg', 'iframe', 'button']);
const BLOCK = new Set([
  'p', 'div', 'section', 'article', 'ul', 'ol', 'li', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'dt', 'dd', 'tr', 'table', 'blockquote',
]);

/** One line of text: textContent with whitespace collapsed. Empty string for null. */
export function inlineText(el: Element | null | undefined): string {
  return stripInvisibleControls(el?.textContent ?? '').replace(/\s+/g, ' ').trim();
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
