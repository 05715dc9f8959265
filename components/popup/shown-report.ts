// The check of the page's answer that the popup's first content waits for: only the fields it shows
// before its panels load (components/popup/PostingSummary.tsx, ListingSummary.tsx, the notices),
// with page text cleaned as the full schema cleans it. The panels (entrypoints/popup/panels.tsx) check the same
// reply with the full protocol schema before anything of it goes further (a message, a ranking).
// Built once the shell is drawn (prepareShownReport), not with the module: popup-main.js runs its
// module code before its first render, and Zod schemas cost their construction (the full protocol's
// ~100 cost the popup about 7 ms).
import * as z from 'zod/mini';
import { stripInvisibleControls } from '../../core/page-text';

function build() {
  // Without Zod's compiled fast path: the first object schema would otherwise probe `new Function`,
  // which the extension's CSP refuses and reports as a violation, on the way to the first content.
  // One small object per popup gains nothing from it. (This Zod is popup-main.js's own copy.)
  z.config({ jitless: true });
  const Text = z.string().check(z.overwrite(stripInvisibleControls));
  return z.object({
    kind: z.object({ page: z.enum(['job', 'search', 'other', 'foreign']) }),
    posting: z.nullable(
      z.object({
        jobId: z.nullable(z.string()),
        title: z.nullable(Text),
        company: z.nullable(Text),
        category: z.nullable(Text),
        locations: z.array(Text),
        basicQualifications: z.array(Text),
        preferredQualifications: z.array(Text),
        closed: z.boolean(),
      }),
    ),
    listing: z.nullable(z.object({ url: z.string(), cards: z.array(z.object({ jobId: z.string() })) })),
  });
}

let schema: ReturnType<typeof build> | null = null;

/** What the first content shows of a PageReport (messaging/protocol.ts), checked. */
export type ShownReport = z.infer<ReturnType<typeof build>>;

/** Builds the schema now (popup-main.js: after the shell's render, while the page's answer travels). */
export function prepareShownReport(): void {
  schema ??= build();
}

export function parseShownReport(res: unknown): ShownReport {
  return (schema ??= build()).parse(res);
}
