// @webext-core/messaging's wire format ({id, type, data, timestamp}; the reply is {res} or {err}), for
// the two senders that do without the library: the content script (./content-bus.ts, 12 KB budget) and
// popup-ask.js (entrypoints/popup/page-question.ts, the popup's first and smallest file). Its listeners
// (./bus.ts on the background, the content script's on the page) answer it as the library's own.
// Nothing imported: both bundles stay small.

export interface WireMessage<T extends string, D> {
  id: number;
  type: T;
  data: D;
  timestamp: number;
}

let nextId = Math.floor(Math.random() * 1e9);

export function wireMessage<T extends string, D>(type: T, data: D): WireMessage<T, D> {
  return { id: nextId++, type, data, timestamp: Date.now() };
}
