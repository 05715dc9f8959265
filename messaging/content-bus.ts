// Messaging for the content script, without Zod. The content script has a 12 KB gzip budget and the
// protocol's schemas alone are bigger than that. Nothing goes unchecked: every message is parsed
// once by the side that receives it — the background's `handle` parses what the content script
// sends (and its own reply before it leaves), and the popup's `send` parses the content script's
// answer to `getPagePosting`.
import type { MessageData, MessageName, MessageResult } from './protocol';
import { rawOnMessage, rawSend } from './messenger';

/** Send to the background. The reply was parsed by the background's `handle` before it left. */
export async function send<K extends MessageName>(name: K, data: MessageData<K>): Promise<MessageResult<K>> {
  return (await rawSend(name, data)) as MessageResult<K>;
}

/** Answer a message from an extension page; the asker's `send` parses the reply. */
export function handle<K extends MessageName>(name: K, handler: (data: MessageData<K>) => MessageResult<K> | Promise<MessageResult<K>>): () => void {
  return rawOnMessage(name, async (message) => handler(message.data as MessageData<K>));
}
