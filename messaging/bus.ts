// Typed, Zod-checked messaging over @webext-core/messaging (a small, well-kept wrapper around
// runtime/tabs messaging that handles async replies in both Chrome and Firefox).
// For extension pages and the background. The content script uses ./content-bus instead.
import { protocol, type MessageData, type MessageName, type MessageResult } from './protocol';
import { rawOnMessage, rawSend, type Sender } from './messenger';

/** Send a message (to a tab's content script when tabId is given) and parse the reply. */
export async function send<K extends MessageName>(name: K, data: MessageData<K>, tabId?: number): Promise<MessageResult<K>> {
  const spec = protocol[name];
  const payload = spec.data.parse(data) as MessageData<K>;
  const reply = await rawSend(name, payload, tabId);
  return spec.result.parse(reply) as MessageResult<K>;
}

/** Handle a message: the data is parsed before the handler sees it, the reply before it leaves. */
export function handle<K extends MessageName>(
  name: K,
  handler: (data: MessageData<K>, sender: Sender) => MessageResult<K> | Promise<MessageResult<K>>,
): () => void {
  const spec = protocol[name];
  return rawOnMessage(name, async (message) => {
    const data = spec.data.parse(message.data) as MessageData<K>;
    const result = await handler(data, message.sender as Sender);
    return spec.result.parse(result);
  });
}

/**
 * Tell the other open extension pages (popup, tracker) that an application changed: db/store-writes.ts
 * calls it after each write. Fire and forget: with no page open nobody answers, which is fine.
 */
export function announceApplicationChanged(jobId: string): void {
  send('applicationChanged', { jobId }).catch(() => undefined);
}

/** Listen for applicationChanged in this page; returns a function that stops listening. */
export function onApplicationChanged(listener: (jobId: string) => void): () => void {
  return handle('applicationChanged', ({ jobId }) => {
    listener(jobId);
    return null;
  });
}
