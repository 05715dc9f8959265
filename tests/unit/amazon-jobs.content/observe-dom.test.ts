// @vitest-environment happy-dom
// The watchers' observer: the page's own changes start a check; inserting our own controls does not
// (every badge inserted would otherwise start every watcher's whole-page check again).
import { afterEach, describe, expect, it, vi } from 'vitest';
import { isOwnChange, observeDom } from '../../../entrypoints/amazon-jobs.content/observe-dom';

const ours = () => {
  const host = document.createElement('span');
  host.setAttribute('data-loopready', 'badge');
  return host;
};
const settle = () => new Promise((r) => setTimeout(r, 60));

describe('observeDom', () => {
  const controller = new AbortController();
  afterEach(() => {
    document.body.innerHTML = '';
  });

  it('checks once at the start and after the page changes, not after our own control is inserted', async () => {
    const check = vi.fn();
    observeDom(check, { signal: controller.signal, waitMs: 10, maxWaitMs: 50 });
    expect(check).toHaveBeenCalledTimes(1);
    document.body.append(ours());
    await settle();
    expect(check).toHaveBeenCalledTimes(1);
    document.body.append(document.createElement('div'));
    await settle();
    expect(check).toHaveBeenCalledTimes(2);
    // The site taking our control out is a change: the check may put it back.
    document.body.querySelector('[data-loopready]')!.remove();
    await settle();
    expect(check).toHaveBeenCalledTimes(3);
    controller.abort();
  });
});

describe('observeDom, a check that says it is done', () => {
  it('observes nothing when the first check is done, and stops once a later check is', async () => {
    const controller = new AbortController();
    const spy = vi.spyOn(globalThis, 'MutationObserver');
    observeDom(() => true, { signal: controller.signal, waitMs: 10, maxWaitMs: 50 });
    expect(spy).not.toHaveBeenCalled();
    spy.mockRestore();

    let rendered = false;
    const check = vi.fn(() => rendered);
    observeDom(check, { signal: controller.signal, waitMs: 10, maxWaitMs: 50 });
    rendered = true;
    document.body.append(document.createElement('div'));
    await settle();
    expect(check).toHaveBeenCalledTimes(2);
    document.body.append(document.createElement('div'));
    await settle();
    expect(check).toHaveBeenCalledTimes(2); // no longer observing
    controller.abort();
  });
});

describe('isOwnChange', () => {
  const record = (added: Node[], removed: Node[] = [], type: MutationRecordType = 'childList') =>
    ({ type, addedNodes: added as unknown as NodeList, removedNodes: removed as unknown as NodeList });

  it('is true only for insertions of our own hosts alone', () => {
    expect(isOwnChange(record([ours()]))).toBe(true);
    expect(isOwnChange(record([ours(), ours()]))).toBe(true);
    expect(isOwnChange(record([ours(), document.createElement('a')]))).toBe(false);
    expect(isOwnChange(record([document.createTextNode('x')]))).toBe(false);
    expect(isOwnChange(record([], [ours()]))).toBe(false);
    expect(isOwnChange(record([ours()], [document.createElement('a')]))).toBe(false);
    expect(isOwnChange(record([], [], 'characterData'))).toBe(false);
  });
});
