// The content script's sender speaks @webext-core/messaging's wire format, which the background's
// `handle` answers: {id, type, data, timestamp} out, {res} or {err} back.
import { afterEach, describe, expect, it, vi } from 'vitest';
import { send } from '../../../messaging/content-bus';

type Callback = (reply: unknown) => void;
function fakeRuntime(answer: (message: { type: string; data: unknown }) => { reply?: unknown; lastError?: string }) {
  const runtime: { lastError?: { message: string }; sendMessage: ReturnType<typeof vi.fn> } = {
    sendMessage: vi.fn((message: { type: string; data: unknown }, callback: Callback) => {
      const { reply, lastError } = answer(message);
      runtime.lastError = lastError ? { message: lastError } : undefined;
      queueMicrotask(() => callback(reply));
    }),
  };
  vi.stubGlobal('chrome', { runtime });
  return runtime;
}

afterEach(() => vi.unstubAllGlobals());

describe('content script messaging', () => {
  it('sends the library wire format and resolves with the reply', async () => {
    const runtime = fakeRuntime(() => ({ reply: { res: { status: 'saved' } } }));
    await expect(send('getApplication', { jobId: '3038134' })).resolves.toEqual({ status: 'saved' });
    const [message] = runtime.sendMessage.mock.calls[0]!;
    expect(message).toEqual({ id: expect.any(Number), type: 'getApplication', data: { jobId: '3038134' }, timestamp: expect.any(Number) });
  });

  it('resolves null for a null result', async () => {
    fakeRuntime(() => ({ reply: { res: null } }));
    await expect(send('getApplication', { jobId: '3038134' })).resolves.toBeNull();
  });

  it('rejects with the handler error, the browser error, or no answer at all', async () => {
    fakeRuntime(() => ({ reply: { err: { name: 'Error', message: 'Stage changed elsewhere' } } }));
    await expect(send('getApplication', { jobId: '1' })).rejects.toThrow('Stage changed elsewhere');
    fakeRuntime(() => ({ lastError: 'Could not establish connection. Receiving end does not exist.' }));
    await expect(send('getApplication', { jobId: '1' })).rejects.toThrow('Receiving end does not exist');
    fakeRuntime(() => ({ reply: undefined }));
    await expect(send('getApplication', { jobId: '1' })).rejects.toThrow('No response');
  });
});
