// Page detection and extraction in Node, the Document parsed beforehand (the content script gets it for
// free). Target: detection + extraction of one posting < 1 ms median. Also: the parser choice for tests
// and the CLI (linkedom vs happy-dom), and the gzipped size the extractors add to the content script.
import { readFileSync } from 'node:fs';
import { gzipSync } from 'node:zlib';
import { build } from 'esbuild';
import { Window } from 'happy-dom';
import { parseHTML } from 'linkedom';
import { extractListing } from '../content/extract-listing';
import { extractPosting } from '../content/extract-posting';
import { pageKind } from '../core/amazon-jobs-url';
import type { BenchEntry } from './benchmark';

const fixture = (p: string): string => readFileSync(new URL(`../tests/fixtures/pages/${p}`, import.meta.url), 'utf8');
const POSTING_URL = 'https://www.amazon.jobs/en/jobs/3038134/sr-bie-position-3p-selection-eu-3p-selection';
const postingHtml = fixture('reconstructed/3038134.html');
const fragmentHtml = fixture('real/amazon-jobs-detail-content-fragment_lorraine-dev_2025-08.html');
const resultsHtml = fixture('real/amazon-jobs-search-results-fragment_lorraine-dev_2025-08.html');
const hugeHtml = fixture('reconstructed/3038134.mutated-huge.html');
const doc = (html: string): Document => parseHTML(html).document as unknown as Document;

const posting = doc(postingHtml);
const fragment = doc(fragmentHtml);
const results = doc(resultsHtml);
const huge = doc(hugeHtml);

function happyDom(html: string): Document {
  const window = new Window();
  window.document.write(html);
  return window.document as unknown as Document;
}

const entries: BenchEntry[] = [
  { name: 'pageKind: one posting URL', fn: () => pageKind(`${POSTING_URL}?utm_source=x#apply`), runs: 5000 },
  {
    name: 'detect + extract: one posting (reconstructed 3038134, linkedom Document)',
    fn: () => pageKind(POSTING_URL).page === 'job' && extractPosting(posting, POSTING_URL),
    runs: 1000,
  },
  { name: 'detect + extract: real detail fragment (linkedom)', fn: () => pageKind(POSTING_URL).page === 'job' && extractPosting(fragment, POSTING_URL), runs: 1000 },
  { name: 'extractListing: real results fragment, 10 cards (linkedom)', fn: () => extractListing(results, 'https://www.amazon.jobs/en/search'), runs: 1000 },
  { name: 'extract: 2.6 MB page (linkedom)', fn: () => extractPosting(huge, POSTING_URL), runs: 20 },
  { name: 'parse: one posting page with linkedom', fn: () => parseHTML(postingHtml), runs: 300 },
  { name: 'parse: one posting page with happy-dom', fn: () => happyDom(postingHtml), runs: 100 },
  {
    name: 'extract: one posting on a happy-dom Document',
    setup: () => void 0,
    fn: (() => {
      const d = happyDom(postingHtml);
      return () => extractPosting(d, POSTING_URL);
    })(),
    runs: 300,
  },
  { name: 'size: extractors + page-kind + schemas (zod/mini included), minified + gzipped', measure: () => bundleSize(false) },
  { name: 'size: extractors + page-kind alone (zod/mini external), minified + gzipped', measure: () => bundleSize(true) },
];

async function bundleSize(zodExternal: boolean): Promise<{ value: number; unit: string }> {
      const out = await build({
        stdin: {
          contents:
            "export { extractPosting } from './content/extract-posting'; export { extractListing } from './content/extract-listing'; export { pageKind } from './core/amazon-jobs-url'; export { Posting } from './core/posting';",
          resolveDir: new URL('..', import.meta.url).pathname,
          loader: 'ts',
        },
        bundle: true,
        minify: true,
        format: 'esm',
        write: false,
        external: zodExternal ? ['zod', 'zod/*'] : [],
      });
      return { value: Math.round((gzipSync(out.outputFiles[0]!.contents).length / 1024) * 10) / 10, unit: 'KB' };
}

export default entries;
