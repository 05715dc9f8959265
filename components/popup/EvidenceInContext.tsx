import type { Posting } from '../../content/posting';
import { sectionText, type Section } from '../../core/posting-sections';
import type { TopEvidence as PopupEvidence } from '../../core/top-principles';

const SECTION_LABELS: Record<Section, string> = {
  title: 'title',
  description: 'description',
  responsibilities: 'responsibilities',
  basicQualifications: 'basic qualifications',
  preferredQualifications: 'preferred qualifications',
};

/** Characters either side of the phrase when the ranking gives no clause of its own. */
const AROUND = 60;

interface Quote {
  before: string;
  phrase: string;
  after: string;
  cutBefore: boolean;
  cutAfter: boolean;
}

/**
 * The words around an evidence phrase: the ranking's `context` clause when it has one that really
 * contains the phrase, else a window of the section's own text cut at line ends; null when the
 * offsets do not line up with the text (an older snapshot), so the caller shows the phrase alone.
 */
export function quoteFor(posting: Posting, evidence: PopupEvidence): Quote | null {
  const ctx = evidence.context;
  if (ctx) {
    const s = evidence.start - ctx.start;
    const e = evidence.end - ctx.start;
    if (s >= 0 && e <= ctx.text.length && ctx.text.slice(s, e) === evidence.text) {
      return { before: ctx.text.slice(0, s), phrase: evidence.text, after: ctx.text.slice(e), cutBefore: false, cutAfter: false };
    }
  }
  const full = sectionText(posting, evidence.section);
  if (evidence.start < 0 || evidence.end > full.length || full.slice(evidence.start, evidence.end) !== evidence.text) return null;
  const from = Math.max(full.lastIndexOf('\n', evidence.start - 1) + 1, evidence.start - AROUND);
  const lineEnd = full.indexOf('\n', evidence.end);
  const to = Math.min(lineEnd === -1 ? full.length : lineEnd, evidence.end + AROUND);
  return {
    before: full.slice(from, evidence.start),
    phrase: evidence.text,
    after: full.slice(evidence.end, to),
    cutBefore: from > 0 && full[from - 1] !== '\n',
    cutAfter: to < full.length && full[to] !== '\n',
  };
}

/** A phrase from the posting, highlighted inside its sentence. Page text goes in as text nodes only. */
export function EvidenceInContext({ posting, evidence }: { posting: Posting; evidence: PopupEvidence }) {
  const quote = quoteFor(posting, evidence);
  return (
    <li class="evidence" data-section={evidence.section}>
      <q>
        {quote?.cutBefore && '…'}
        {quote?.before}
        <mark>{quote?.phrase ?? evidence.text}</mark>
        {quote?.after}
        {quote?.cutAfter && '…'}
      </q>{' '}
      <span class="section-name">({SECTION_LABELS[evidence.section]})</span>
    </li>
  );
}
