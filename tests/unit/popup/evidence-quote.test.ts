// Where the highlighted phrase sits in the text the popup quotes: the ranking's clause when it has
// one, else a window of the section; misaligned offsets (an older snapshot) give no quote at all.
import { describe, expect, it } from 'vitest';
import { quoteFor } from '../../../components/popup/EvidenceInContext';
import { postingOf } from './popup-store';

const bie = postingOf('3038134');
const description = bie.description!;
const at = description.indexOf('attention to detail');

describe('quoteFor', () => {
  it('uses the context clause when it contains the phrase at the given offsets', () => {
    const clause = 'with strong attention to detail';
    const start = description.indexOf(clause);
    const q = quoteFor(bie, {
      section: 'description',
      start: at,
      end: at + 19,
      text: 'attention to detail',
      context: { start, end: start + clause.length, text: clause },
    });
    expect(q).toEqual({ before: 'with strong ', phrase: 'attention to detail', after: '', cutBefore: false, cutAfter: false });
  });

  it('falls back to the section text when the context does not line up', () => {
    const q = quoteFor(bie, {
      section: 'description',
      start: at,
      end: at + 19,
      text: 'attention to detail',
      context: { start: 0, end: 5, text: 'wrong' },
    });
    expect(q?.phrase).toBe('attention to detail');
    expect(q?.before.endsWith('comfortable with ambiguity, with strong ')).toBe(true);
    expect(q?.after.startsWith(', and an ability to work in a fast-paced environment')).toBe(true);
    expect(q?.cutBefore).toBe(true);
  });

  it('gives nothing when the offsets no longer match the posting', () => {
    expect(quoteFor(bie, { section: 'description', start: at + 1, end: at + 20, text: 'attention to detail' })).toBeNull();
    expect(quoteFor(bie, { section: 'title', start: 0, end: 9999, text: 'x' })).toBeNull();
  });
});
