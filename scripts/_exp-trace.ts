import { launchWithExtension, postingUrl } from './lib/chromium';
const dir = process.argv[2]!;
const ext = await launchWithExtension({ extensionDir: dir });
try {
  for (let k = 0; k < 3; k++) {
  const page = await ext.context.newPage();
  await page.goto('about:blank');
  const cdp = await ext.context.newCDPSession(page);
  const events: any[] = [];
  cdp.on('Tracing.dataCollected', (e: any) => events.push(...e.value));
  const done = new Promise((r) => cdp.on('Tracing.tracingComplete', r));
  await cdp.send('Tracing.start', { categories: 'devtools.timeline,v8,disabled-by-default-v8.compile', transferMode: 'ReportEvents' } as any);
  await page.goto(postingUrl('3038134'), { waitUntil: 'load' });
  await new Promise((r) => setTimeout(r, 1500));
  await cdp.send('Tracing.end');
  await done;
  // top-level tasks with durations, and script-related events by name+url
  const agg = new Map<string, number>();
  for (const e of events) {
    if (e.ph !== 'X' || !e.dur) continue;
    const url = e.args?.data?.url ?? e.args?.fileName ?? e.args?.data?.functionName ?? '';
    if (!/chrome-extension/.test(JSON.stringify(e.args ?? {}))) continue;
    const key = `${e.name} ${String(url).replace(/^chrome-extension:\/\/[a-z]+/, '')}`;
    agg.set(key, (agg.get(key) ?? 0) + e.dur / 1000);
  }
  console.log('---- load', k);
  for (const [k2, v] of [...agg].sort((a, b) => b[1] - a[1]).slice(0, 15)) console.log(v.toFixed(2).padStart(8), k2);
  const tasks = events.filter((e) => e.name === 'RunTask' && e.dur > 20000).map((e) => (e.dur / 1000).toFixed(1));
  console.log('tasks>20ms', tasks.join(' '));
  await page.close();
  }
} finally { await ext.close(); }
