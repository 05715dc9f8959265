// Messaging for the content script: sends to the background in @webext-core/messaging's wire format
// (./wire.ts), which the background's `handle` (./bus.ts) answers, without the library or Zod. The content script has a 12 KB gzip budget (the protocol's schemas alone
// are bigger), and on every posting page its one message costs less without the library's layers.
// Nothing goes unchecked: the background's `handle` parses what the content script sends, and its
// own reply before it leaves.
import type { MessageData, MessageName, MessageResult } from './protocol';
import { wireMessage } from './wire';

type Reply = { res?: unknown; err?: { name?: string; message?: string } } | undefined;
type Runtime = {
  sendMessage(message: unknown, callback: (reply: Reply) => void): void;
  lastError?: { message?: string };
};

/** Send to the background. The reply was parsed by the background's `handle` before it left. */
export function send<K extends MessageName>(name: K, data: MessageData<K>): Promise<MessageResult<K>> {
  const runtime = (globalThis as unknown as { chrome: { runtime: Runtime } }).chrome.runtime;
  return new Promise((resolve, reject) =>
    runtime.sendMessage(wireMessage(name, data), (reply) => {
      const failed = runtime.lastError;
      if (failed) return reject(new Error(failed.message));
      if (reply == null) return reject(new Error('No response'));
      if (reply.err != null) return reject(Object.assign(new Error(reply.err.message), { name: reply.err.name ?? 'Error' }));
      resolve(reply.res as MessageResult<K>);
    }),
  );
}
