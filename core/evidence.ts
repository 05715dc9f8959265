// One piece of evidence for a principle, in one shape everywhere: the ranking makes it, the popup
// message carries it, the prep plan and the UI quote it. Offsets index sectionText(posting, section);
// `context` is the clause or sentence around the phrase (core/evidence-context.ts), always present.
import * as z from 'zod/mini';
import { SECTIONS } from './posting-sections';

const Offset = z.number().check(z.int(), z.gte(0));

export const EvidenceContext = z.object({ start: Offset, end: Offset, text: z.string() });
export type EvidenceContext = z.infer<typeof EvidenceContext>;

export const Evidence = z.object({
  section: z.enum(SECTIONS),
  /** The phrase, in whole words: sectionText(posting, section).slice(start, end) === text. */
  start: Offset,
  end: Offset,
  text: z.string(),
  /** Contains [start, end); display with evidenceQuote. */
  context: EvidenceContext,
});
export type Evidence = z.infer<typeof Evidence>;
