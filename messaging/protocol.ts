// Every message between content script, popup, pages and background, with the Zod schema of
// its data and of its reply. `send`/`handle` (messaging/bus.ts) parse both sides, so nothing
// unchecked crosses a boundary. Add a message here first, then its handler.
import * as z from 'zod/mini';
import { Listing, PageKind, Posting } from '../content/posting';

/** What the content script knows about the page it runs in. */
export const PageReport = z.object({
  kind: PageKind,
  posting: z.nullable(Posting),
  listing: z.nullable(Listing),
});
export type PageReport = z.infer<typeof PageReport>;

export const protocol = {
  /** popup -> content script (tab message): what is on this page? */
  getPagePosting: { data: z.null(), result: PageReport },
  /** content script -> background: a posting was shown (refresh a saved snapshot, mark closed). */
  postingSeen: { data: z.object({ posting: Posting }), result: z.null() },
} as const;

export type Protocol = typeof protocol;
export type MessageName = keyof Protocol;
export type MessageData<K extends MessageName> = z.infer<Protocol[K]['data']>;
export type MessageResult<K extends MessageName> = z.infer<Protocol[K]['result']>;
