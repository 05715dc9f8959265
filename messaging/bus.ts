// Typed, Zod-checked messaging over @webext-core/messaging (a small, well-kept wrapper around
// runtime/tabs messaging that handles async replies in both Chrome and Firefox).
import { defineExtensionMessaging } from '@webext-core/messaging';
import { protocol, type MessageData, type MessageName, type MessageResult } from './protocol';

type ProtocolMap = { [K in MessageName]: (data: MessageData<K>) => MessageResult<K> };

const messenger = defineExtensionMessaging<ProtocolMap>();

/** Send a message (to a tab's content script when tabId is given) and parse the reply. */
export async function send<K extends MessageName>(name: K, data: MessageData<K>, tabId?: number): Promise<MessageResult<K>> {
  const spec = protocol[name];
  const payload = spec.data.parse(data) as MessageData<K>;
  // The generic messenger's overloads do not narrow on a union key; the schemas check both ends.
  const reply = await (messenger.sendMessage as (n: K, d: MessageData<K>, t?: number) => Promise<unknown>)(name, payload, tabId);
  return spec.result.parse(reply) as MessageResult<K>;
}

/** Handle a message: the data is parsed before the handler sees it, the reply before it leaves. */
export function handle<K extends MessageName>(
  name: K,
  handler: (data: MessageData<K>, sender: { tab?: { id?: number; url?: string } }) => MessageResult<K> | Promise<MessageResult<K>>,
): () => void {
  const spec = protocol[name];
  return (messenger.onMessage as (n: K, cb: (m: { data: unknown; sender: unknown }) => Promise<unknown>) => () => void)(
    name,
    async (message) => {
      const data = spec.data.parse(message.data) as MessageData<K>;
      const result = await handler(data, message.sender as { tab?: { id?: number; url?: string } });
      return spec.result.parse(result);
    },
  );
}
