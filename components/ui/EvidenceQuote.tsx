// One rendering of a piece of evidence, for the popup and the prep plan alike: the phrase highlighted
// inside its clause, then the section it comes from. The words and the "…" come from core's
// evidenceQuote; page text goes in as text nodes only.
import type { Posting } from '../../core/posting';
import type { Evidence } from '../../core/evidence';
import { evidenceContext, evidenceQuote, type EvidenceQuote as Quote } from '../../core/evidence-context';
import { sectionText, type Section } from '../../core/posting-sections';

const SECTION_LABELS: Record<Section, string> = {
  title: 'title',
  description: 'description',
  responsibilities: 'responsibilities',
  basicQualifications: 'basic qualifications',
  preferredQualifications: 'preferred qualifications',
};

/** Evidence to quote: the one shape (core/evidence.ts); a stale context is worked out again here. */
export type QuotedEvidence = Evidence;

/**
 * The evidence's own context when it lines up with the text and says more than the phrase; a stale
 * context, or one that is only the phrase, is worked out here from the same text; offsets that no
 * longer match the text quote the phrase alone.
 */
export function quoteEvidence(text: string, ev: QuotedEvidence): Quote {
  if (text.slice(ev.start, ev.end) !== ev.text) return evidenceQuote(text, ev);
  const c = ev.context;
  const fits = c.start <= ev.start && ev.end <= c.end && text.slice(c.start, c.end) === c.text;
  if (fits && (c.start < ev.start || c.end > ev.end)) return evidenceQuote(text, ev);
  return evidenceQuote(text, { ...ev, context: evidenceContext(text, ev.start, ev.end) });
}

export function EvidenceQuote({ posting, evidence }: { posting: Posting; evidence: QuotedEvidence }) {
  const quote = quoteEvidence(sectionText(posting, evidence.section), evidence);
  return (
    <>
      <q>
        {quote.before}
        <mark>{quote.phrase}</mark>
        {quote.after}
      </q>{' '}
      {/* `section-name` in the popup's stylesheet, `hint` in the pages': the same muted small type. */}
      <span class="section-name hint">({SECTION_LABELS[evidence.section]})</span>
    </>
  );
}
