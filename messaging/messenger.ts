// The one messenger instance shape, typed from the protocol. Type-only import: this module pulls no
// schema into a bundle, so the content script can use it without carrying Zod.
import { defineExtensionMessaging } from '@webext-core/messaging';
import type { MessageData, MessageName, MessageResult } from './protocol';

type ProtocolMap = { [K in MessageName]: (data: MessageData<K>) => MessageResult<K> };

export const messenger = defineExtensionMessaging<ProtocolMap>();

// The generic messenger's overloads do not narrow on a union key; these casts restate its signatures.
export const rawSend = messenger.sendMessage as <K extends MessageName>(name: K, data: MessageData<K>, tabId?: number) => Promise<unknown>;
export const rawOnMessage = messenger.onMessage as <K extends MessageName>(
  name: K,
  cb: (m: { data: unknown; sender: unknown }) => Promise<unknown>,
) => () => void;

/** Who sent a message: a content script's tab and frame (0: the top frame), and its page's address then. */
export type Sender = { tab?: { id?: number; url?: string; title?: string }; frameId?: number; url?: string };
