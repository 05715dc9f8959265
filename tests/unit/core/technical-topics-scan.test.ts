// technicalTopics finds each topic's first match in one pass over the words that open as some topic can
// (WORD_OPENINGS, then the sticky patterns of the topics that word can start); without that pass every
// topic runs its own global regex. Both must name the same topics with the same quotes.
import { describe, expect, it } from 'vitest';
import { detectRoleFamily } from '../../../core/role-family';
import { technicalTopics } from '../../../core/technical-topics';
import { loadCases } from '../../../scripts/lib/labelled-postings';

describe('technical topics: the one pass over word openings', () => {
  it('names what every topic regex run on its own names, on every fixture posting, for its family and a non-technical one', () => {
    let named = 0;
    for (const { key, posting } of loadCases()) {
      for (const family of [detectRoleFamily(posting).id, 'operations' as const]) {
        const fast = technicalTopics(posting, family);
        expect(fast, `${key} ${family}`).toEqual(technicalTopics(posting, family, false));
        named += fast.length;
      }
    }
    expect(named).toBeGreaterThan(1000);
  });
});
