import type { Posting } from '../../content/posting';
import { sectionText, type Section } from '../../core/posting-sections';

const SECTION_LABELS: Record<Section, string> = {
  title: 'title',
  description: 'description',
  responsibilities: 'responsibilities',
  basicQualifications: 'basic qualifications',
  preferredQualifications: 'preferred qualifications',
};

const CONTEXT = 70;

/** The phrase that supports a principle, highlighted inside the words around it (as text, never HTML). */
export function EvidenceQuote({ posting, evidence }: { posting: Posting; evidence: { section: Section; start: number; end: number; text: string } }) {
  const full = sectionText(posting, evidence.section);
  const valid = evidence.start >= 0 && evidence.end <= full.length && full.slice(evidence.start, evidence.end) === evidence.text;
  // Offsets from an older snapshot may no longer line up: fall back to the phrase alone.
  if (!valid) {
    return (
      <q>
        <mark>{evidence.text}</mark>
      </q>
    );
  }
  const from = Math.max(0, full.lastIndexOf('\n', evidence.start - 1) + 1, evidence.start - CONTEXT);
  const lineEnd = full.indexOf('\n', evidence.end);
  const to = Math.min(lineEnd === -1 ? full.length : lineEnd, evidence.end + CONTEXT);
  return (
    <>
      <q>
        {from > 0 && '…'}
        {full.slice(from, evidence.start)}
        <mark>{full.slice(evidence.start, evidence.end)}</mark>
        {full.slice(evidence.end, to)}
        {to < full.length && '…'}
      </q>{' '}
      <span class="hint">({SECTION_LABELS[evidence.section]})</span>
    </>
  );
}
