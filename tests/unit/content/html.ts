// Test helper: parse HTML in Node. linkedom, not happy-dom: it parses the real pages ~5-10x faster (see
// bench/extraction.bench.ts) and the extractors only need querySelector/textContent/childNodes.
import { readFileSync } from 'node:fs';
import { parseHTML } from 'linkedom';

export function parse(html: string): Document {
  return parseHTML(html).document as unknown as Document;
}

export function fixture(path: string): string {
  return readFileSync(new URL(`../../fixtures/${path}`, import.meta.url), 'utf8');
}

export function fixtureDoc(path: string): Document {
  return parse(fixture(path));
}
