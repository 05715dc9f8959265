// What the popup and the plan quote around a highlighted phrase: the evidence's own clause when it
// lines up with the text, else the clause worked out from the section text; misaligned offsets (an
// older snapshot) quote the phrase alone. "…" marks a clause cut short of its sentence.
import { describe, expect, it } from 'vitest';
import { quoteEvidence } from '../../../components/ui/EvidenceQuote';
import { sectionText } from '../../../core/posting-sections';
import { postingOf } from '../popup/popup-store';

const bie = postingOf('3038134');
const description = bie.description!;
const at = description.indexOf('attention to detail');
// The sentence, read from the record: "The successful candidate will be a self-starter comfortable
// with ambiguity, with strong attention to detail, and an ability to work in a fast-paced environment."
const SENTENCE_BEFORE = 'The successful candidate will be a self-starter comfortable with ambiguity, with strong ';
const SENTENCE_AFTER = ', and an ability to work in a fast-paced environment.';

describe('quoteEvidence', () => {
  it('uses the context clause when it contains the phrase at the given offsets, marking both cut ends', () => {
    const clause = 'with strong attention to detail';
    const start = description.indexOf(clause);
    const q = quoteEvidence(description, {
      section: 'description',
      start: at,
      end: at + 19,
      text: 'attention to detail',
      context: { start, end: start + clause.length, text: clause },
    });
    expect(q).toEqual({ before: '…with strong ', phrase: 'attention to detail', after: '…' });
  });

  it('quotes the whole sentence from the section text when the context does not line up or is the bare phrase', () => {
    const stale = quoteEvidence(description, {
      section: 'description',
      start: at,
      end: at + 19,
      text: 'attention to detail',
      context: { start: 0, end: 5, text: 'wrong' },
    });
    expect(stale).toEqual({ before: SENTENCE_BEFORE, phrase: 'attention to detail', after: SENTENCE_AFTER });
    // A context that is only the phrase itself is widened to its sentence too.
    const bare = { start: at, end: at + 19, text: 'attention to detail' };
    expect(quoteEvidence(description, { section: 'description', ...bare, context: bare })).toEqual(stale);
  });

  it('quotes the phrase alone when the offsets no longer match the posting', () => {
    const off = { start: at + 1, end: at + 20, text: 'attention to detail' };
    expect(quoteEvidence(description, { section: 'description', ...off, context: off })).toEqual({
      before: '',
      phrase: 'attention to detail',
      after: '',
    });
    const x = { start: 0, end: 9999, text: 'x' };
    expect(quoteEvidence(sectionText(bie, 'title'), { section: 'title', ...x, context: x })).toEqual({ before: '', phrase: 'x', after: '' });
  });
});
