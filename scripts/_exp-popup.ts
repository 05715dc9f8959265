import { launchWithExtension, openPosting, tabIdOf } from './lib/chromium';
const dir = process.argv[2]!;
const ext = await launchWithExtension({ extensionDir: dir });
try {
  const posting = await openPosting(ext, '3038134');
  const tabId = await tabIdOf(ext.serviceWorker, posting);
  for (let k = 0; k < 4; k++) {
    const page = await ext.context.newPage();
    await page.goto('about:blank');
    const cdp = await ext.context.newCDPSession(page);
    const events: any[] = [];
    cdp.on('Tracing.dataCollected', (e: any) => events.push(...e.value));
    const done = new Promise((r) => cdp.on('Tracing.tracingComplete', r));
    await cdp.send('Tracing.start', { categories: 'devtools.timeline,blink.user_timing,loading,v8', transferMode: 'ReportEvents' } as any);
    await page.goto(`chrome-extension://${ext.extensionId}/popup.html?tabId=${tabId}`);
    await new Promise((r) => setTimeout(r, 1500));
    await cdp.send('Tracing.end');
    await done;
    const nav = events.find((e) => e.name === 'navigationStart' && e.args?.data?.documentLoaderURL?.includes('popup'));
    const t0 = nav?.ts ?? events[0].ts;
    if (k < 2) continue;
    const main = events.filter((e) => e.ts >= t0 && (e.dur ?? 0) > 1000 && ['ParseHTML','EvaluateScript','v8.compileModule','v8.evaluateModule','FunctionCall','Layout','UpdateLayoutTree','Paint','RunTask','TimerFire','ResourceReceiveResponse','v8.compile','FireAnimationFrame','RunMicrotasks'].includes(e.name));
    console.log('---');
    for (const e of main.slice(0, 60)) console.log(((e.ts - t0) / 1000).toFixed(1).padStart(7), ((e.dur ?? 0) / 1000).toFixed(1).padStart(6), e.name, (e.args?.data?.url ?? e.args?.fileName ?? '').split('/').pop());
    for (const e of events.filter((e) => e.ts >= t0 && (e.cat?.includes('user_timing') || ['firstContentfulPaint','firstPaint','ResourceSendRequest','MarkDOMContent','MarkLoad'].includes(e.name)))) console.log(((e.ts - t0) / 1000).toFixed(1).padStart(7), 'mark', e.name, (e.args?.data?.url ?? '').split('/').pop());
    await page.close();
  }
} finally { await ext.close(); }
