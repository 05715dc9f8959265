// @vitest-environment happy-dom
// The preview popup-ask.js draws into popup.html's static shell before the popup's bundle runs
// (entrypoints/popup/early-preview.ts): the shell is the real popup.html, the title the real one
// amazon.jobs gives posting 3038134's page, and the bundle's first render is the real App.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { render } from 'preact';
import { afterEach, describe, expect, it } from 'vitest';
import { PostingPreview } from '../../../components/popup/PostingPreview';
import { postingFromTabTitle } from '../../../components/popup/tab-title';
import { checkedPreview } from '../../../components/popup/page-preview';
import type { PageAnswer } from '../../../components/popup/popup-api';
import { App } from '../../../entrypoints/popup/App';
import { BUNDLE_STARTED_KEY, drawEarlyPreview, withdrawEarlyPreview } from '../../../entrypoints/popup/early-preview';
import { ROOT, postingUrl } from '../../../scripts/lib/fixture-site';
import { storeApi } from './popup-store';

const popupHtml = readFileSync(join(ROOT, 'entrypoints/popup/index.html'), 'utf8');
const pageTitle = /<title>([^<]*)<\/title>/.exec(readFileSync(join(ROOT, 'tests/fixtures/pages/reconstructed/3038134.html'), 'utf8'))![1]!;
const tab = { url: postingUrl('3038134'), title: pageTitle, status: 'complete' };

function staticShell(): HTMLElement {
  // Its scripts left out: they are what is under test, run by hand.
  document.body.innerHTML = /<body>([\s\S]*)<\/body>/.exec(popupHtml)![1]!.replace(/<script[^>]*><\/script>/g, '');
  return document.getElementById('app')!;
}

afterEach(() => {
  document.body.innerHTML = '';
});

describe("the preview drawn before the popup's bundle runs", () => {
  it("is PostingPreview's markup, in place of the shell's 'Reading the page…'", () => {
    const app = staticShell();
    const posting = postingFromTabTitle(tab)!;
    expect(drawEarlyPreview(document, posting, {})).toBe(true);
    const expected = document.createElement('div');
    render(<PostingPreview preview={posting} />, expected);
    expect(app.querySelector('main > article')!.outerHTML).toBe(expected.innerHTML);
    expect(app.querySelector('h2')!.textContent).toBe('Sr BIE position 3P Selection, EU 3P Selection');
    expect(app.textContent).not.toContain('Reading the page…');
  });

  it('writes the title as text, never as HTML', () => {
    const app = staticShell();
    const title = '<img src=x onerror="alert(1)">Engineer';
    drawEarlyPreview(document, { jobId: '3038134', title }, {});
    expect(app.querySelector('img')).toBeNull();
    expect(app.querySelector('bdi')!.textContent).toBe(title);
  });

  it('draws nothing once the bundle has started (Preact owns the DOM then)', () => {
    const app = staticShell();
    const before = app.innerHTML;
    expect(drawEarlyPreview(document, postingFromTabTitle(tab)!, { [BUNDLE_STARTED_KEY]: true })).toBe(false);
    expect(app.innerHTML).toBe(before);
  });

  it("is withdrawn back to the static shell's 'Reading the page…' (the popup's address named a job the tab no longer shows)", () => {
    const app = staticShell();
    const shell = app.innerHTML;
    expect(withdrawEarlyPreview(document, {})).toBe(false); // nothing drawn
    drawEarlyPreview(document, postingFromTabTitle(tab)!, {});
    expect(withdrawEarlyPreview(document, { [BUNDLE_STARTED_KEY]: true })).toBe(false);
    expect(withdrawEarlyPreview(document, {})).toBe(true);
    expect(app.innerHTML).toBe(shell);
  });

  it("is kept by the bundle's first render: the same elements, not redrawn over with 'Reading the page…'", async () => {
    const app = staticShell();
    const posting = postingFromTabTitle(tab)!;
    drawEarlyPreview(document, posting, {});
    const article = app.querySelector('article');
    const pending = new Promise<PageAnswer>(() => undefined);
    render(<App api={{ ...storeApi(() => pending), earlyPreview: () => checkedPreview(posting), previewPage: async () => checkedPreview(posting) }} rank={async () => []} />, app);
    expect(app.querySelector('article')).toBe(article);
    expect(app.textContent).not.toContain('Reading the page…');
    expect(app.querySelectorAll('main')).toHaveLength(1);
  });
});
