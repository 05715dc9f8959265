// The floors LoopReady is measured against, written as files at bench time:
// - a second, minimal extension: an empty content script on the same amazon.jobs matches (it only
//   sets a mark, so its injection time can be read) and an empty service worker;
// - two pages added to a copy of the built LoopReady extension (same origin, same IndexedDB):
//   an empty extension page, and a page that reads the tracker's first 50 rows with raw IndexedDB
//   and filters the same rows in plain JS on each keystroke.
import { cpSync, mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

export const FLOOR_CONTENT_MARK = 'floor:content-script';
export const EMPTY_PAGE = 'floor-empty.html';
export const EMPTY_PAGE_MARK = 'floor:empty-page-script';
export const RAW_IDB_PAGE = 'floor-raw-idb.html';

/** Where the bench's scratch directories go; the caller removes `root` at the end. */
export function scratchDir(): string {
  return mkdtempSync(join(tmpdir(), 'loopready-bench-browser-'));
}

export function writeFloorExtension(dir: string): string {
  mkdirSync(dir, { recursive: true });
  const manifest = {
    manifest_version: 3,
    name: 'LoopReady bench floor',
    version: '0.0.1',
    background: { service_worker: 'background.js' },
    content_scripts: [{ matches: ['*://amazon.jobs/*', '*://*.amazon.jobs/*'], js: ['content.js'], run_at: 'document_idle' }],
  };
  writeFileSync(join(dir, 'manifest.json'), JSON.stringify(manifest, null, 2));
  writeFileSync(join(dir, 'content.js'), `performance.mark(${JSON.stringify(FLOOR_CONTENT_MARK)});\n`);
  writeFileSync(join(dir, 'background.js'), '// empty: the floor for the service worker heap\n');
  return dir;
}

/** The raw-IndexedDB floor for the tracker: same rows as its first page, plain DOM, no framework. */
const RAW_IDB_SCRIPT = `
const tbody = document.querySelector('tbody');
const cell = (tr, text) => { const td = document.createElement('td'); td.textContent = text; tr.append(td); };
const draw = (rows) => tbody.replaceChildren(...rows.map((r) => {
  const tr = document.createElement('tr');
  tr.dataset.jobId = r.jobId;
  cell(tr, r.title ?? ''); cell(tr, r.status); cell(tr, r.locations); cell(tr, new Date(r.updatedAt).toLocaleDateString());
  return tr;
}));
const open = indexedDB.open('loopready');
open.onsuccess = () => {
  const first = [];
  const cursor = open.result.transaction('applications').objectStore('applications').index('updatedAt').openCursor(null, 'prev');
  cursor.onsuccess = () => {
    const c = cursor.result;
    if (c && first.length < 50) {
      const a = c.value;
      first.push({ jobId: a.jobId, title: a.posting.title, status: a.status, locations: a.posting.locations.join('; '), updatedAt: a.updatedAt });
      c.continue();
    } else draw(first);
  };
};
// The keystroke floor: the same rows in memory (the projection the tracker caches), a substring
// filter, a sort by updatedAt and the first 50 drawn. Loaded after the first rows, like the tracker's.
let all = [];
setTimeout(() => {
  const cached = JSON.parse(localStorage.getItem('loopready-tracker-rows-v1') ?? '{"rows":[]}');
  all = cached.rows.map((r) => ({ ...r, text: [r.title, r.team ?? '', r.locations, r.notes, r.jobId].join('\\n').toLowerCase() }));
}, 0);
document.querySelector('input[type="search"]').addEventListener('input', (event) => {
  const q = event.target.value.trim().toLowerCase();
  draw(all.filter((r) => r.text.includes(q)).sort((a, b) => b.updatedAt - a.updatedAt).slice(0, 50));
});
`;

/** A copy of the built extension with the floor pages added. Returns the copy's directory. */
export function withFloorPages(builtDir: string, into: string): string {
  cpSync(builtDir, into, { recursive: true });
  writeFileSync(
    join(into, EMPTY_PAGE),
    '<!doctype html><html lang="en"><head><meta charset="utf-8"><title>empty</title><script type="module" src="/floor-empty.js"></script></head><body><h1>LoopReady</h1></body></html>',
  );
  writeFileSync(join(into, 'floor-empty.js'), `performance.mark(${JSON.stringify(EMPTY_PAGE_MARK)});\n`);
  writeFileSync(
    join(into, RAW_IDB_PAGE),
    '<!doctype html><html lang="en"><head><meta charset="utf-8"><title>raw IndexedDB</title><script type="module" src="/floor-raw-idb.js"></script></head>' +
      '<body><input type="search" aria-label="Search"><table><tbody></tbody></table></body></html>',
  );
  writeFileSync(join(into, 'floor-raw-idb.js'), RAW_IDB_SCRIPT);
  return into;
}
