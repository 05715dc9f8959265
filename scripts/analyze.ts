// npm run --silent analyze -- <page.html> [--url <url>]   → the extraction, principles and plan as JSON
// npm run --silent analyze -- <posting.json>              → the same from a posting record
// npm run --silent analyze -- --url <url>                  → the URL's classification
// Exit codes: 0 ok, 2 usage error or unreadable file (one line on stderr).
import { readFileSync } from 'node:fs';
import { analyzeHtml, analyzeRecord, analyzeUrl } from './analyze-lib';

function fail(message: string): never {
  process.stderr.write(`analyze: ${message}\n`);
  process.exit(2);
}

function parseArgs(argv: string[]): { file?: string; url?: string } {
  const args: { file?: string; url?: string } = {};
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i]!;
    if (a === '--url') {
      const next = argv[++i];
      if (next === undefined) fail('--url needs a value');
      args.url = next;
    } else if (a.startsWith('--url=')) args.url = a.slice('--url='.length);
    else if (a.startsWith('--')) fail(`unknown option ${a}`);
    else if (args.file === undefined) args.file = a;
    else fail(`unexpected argument ${a}`);
  }
  return args;
}

const { file, url } = parseArgs(process.argv.slice(2));
if (file === undefined) {
  if (url === undefined) fail('usage: analyze <page.html> [--url <url>] | analyze --url <url>');
  process.stdout.write(`${JSON.stringify(analyzeUrl(url))}\n`);
} else {
  let html: string;
  try {
    html = readFileSync(file, 'utf8');
  } catch (err) {
    fail(`cannot read ${file}: ${(err as NodeJS.ErrnoException).code ?? String(err)}`);
  }
  // A posting record is JSON (`{…}`); anything else is read as an HTML page.
  if (/^\s*\{/.test(html)) {
    let out: unknown;
    try {
      out = analyzeRecord(html);
    } catch (err) {
      fail(`${file} is not a posting record: ${(err as Error).message.replace(/\s*\n\s*/g, ' ')}`);
    }
    process.stdout.write(`${JSON.stringify(out)}\n`);
  } else {
    process.stdout.write(`${JSON.stringify(analyzeHtml(html, url))}\n`);
  }
}
