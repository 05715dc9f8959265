import { launchWithExtension, postingUrl, LISTING_URL } from './lib/chromium';
const dir = process.argv[2]!;
const url = process.argv[3] === 'search' ? LISTING_URL : postingUrl('3038134');
const ext = await launchWithExtension({ extensionDir: dir });
try {
  const self = new Map<string, number>();
  for (let k = 0; k < 4; k++) {
    const page = await ext.context.newPage();
    await page.goto('about:blank');
    const cdp = await ext.context.newCDPSession(page);
    const events: any[] = [];
    cdp.on('Tracing.dataCollected', (e: any) => events.push(...e.value));
    const done = new Promise((r) => cdp.on('Tracing.tracingComplete', r));
    await cdp.send('Tracing.start', { categories: 'disabled-by-default-v8.cpu_profiler', transferMode: 'ReportEvents', options: 'sampling-frequency=10000' } as any);
    await page.goto(url, { waitUntil: 'load' });
    await new Promise((r) => setTimeout(r, 1500));
    await cdp.send('Tracing.end');
    await done;
    const nodes = new Map<number, any>();
    for (const e of events.filter((e) => e.name === 'ProfileChunk')) {
      const p = e.args.data.cpuProfile;
      for (const n of p.nodes ?? []) nodes.set(n.id, n);
      const samples: number[] = p.samples ?? [];
      const deltas: number[] = e.args.data.timeDeltas ?? [];
      samples.forEach((id, i) => {
        const n = nodes.get(id);
        if (!n) return;
        // attribute to innermost frame within content.js, else the frame's own name
        let cur = n; let key = `${n.callFrame.functionName || '(anon)'} ${(n.callFrame.url ?? '').split('/').pop()}:${n.callFrame.lineNumber}:${n.callFrame.columnNumber}`;
        let inExt = false;
        while (cur) { if (/chrome-extension/.test(cur.callFrame.url ?? '')) { inExt = true; break; } cur = nodes.get(cur.parent); }
        if (!inExt) return;
        self.set(key, (self.get(key) ?? 0) + (deltas[i] ?? 0) / 1000);
      });
    }
    await page.close();
  }
  for (const [k2, v] of [...self].sort((a, b) => b[1] - a[1]).slice(0, 30)) console.log((v / 4).toFixed(2).padStart(8), k2);
} finally { await ext.close(); }
