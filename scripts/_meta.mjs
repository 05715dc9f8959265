import { build } from 'esbuild';
const entry = process.argv[2];
const r = await build({ entryPoints: [entry], bundle: true, minify: true, write: false, metafile: true, format: 'esm', jsx: 'automatic', jsxImportSource: 'preact', loader: { '.css': 'empty' },
  alias: { 'wxt/browser': '@wxt-dev/webextension-polyfill/browser' }, logLevel: 'error', absWorkingDir: process.cwd(), define: { 'import.meta.env.DEV': 'false' } });
const out = Object.values(r.metafile.outputs)[0];
const by = {};
for (const [f, v] of Object.entries(out.inputs)) { const k = f.replace(/^node_modules\/([^/]+(\/[^/]+)?).*/, 'nm:$1').replace(/^(?!nm:)(.*)$/, '$1'); by[k] = (by[k] ?? 0) + v.bytesInOutput; }
console.log('total', out.bytes);
for (const [k, v] of Object.entries(by).sort((a, b) => b[1] - a[1]).slice(0, 40)) console.log(String(v).padStart(7), k);
