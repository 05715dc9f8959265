// One rendering of a piece of evidence, for the popup and the prep plan alike: the phrase highlighted
// inside its clause, then the section it comes from. The words and the "…" come from core's
// evidenceQuote; page text goes in as text nodes only.
import type { Posting } from '../../core/posting';
import { evidenceContext, evidenceQuote, type EvidenceContext, type EvidenceQuote as Quote } from '../../core/evidence-context';
import { sectionText, type Section } from '../../core/posting-sections';

const SECTION_LABELS: Record<Section, string> = {
  title: 'title',
  description: 'description',
  responsibilities: 'responsibilities',
  basicQualifications: 'basic qualifications',
  preferredQualifications: 'preferred qualifications',
};

export interface QuotedEvidence {
  section: Section;
  start: number;
  end: number;
  text: string;
  context?: EvidenceContext | undefined;
}

/**
 * The evidence's own context when it lines up with the text; evidence without one (plans saved before
 * contexts existed) or with a stale one gets the clause worked out here from the same text; offsets
 * that no longer match the text quote the phrase alone.
 */
export function quoteEvidence(text: string, ev: QuotedEvidence): Quote {
  const own = evidenceQuote(text, ev);
  if (own.before || own.after || text.slice(ev.start, ev.end) !== ev.text) return own;
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
