// conditionItems skips text with none of a condition's words before cleaning it (a speed-up): the
// words must be in every sentence a condition matches once cleaned, or a condition would be lost.
import { describe, expect, it } from 'vitest';
import { CONDITIONS, conditionItems, mayStateCondition } from '../../../core/checklist';
import { cleanText } from '../../../core/plan-text';
import { loadCases } from '../../../scripts/lib/labelled-postings';

describe('the words conditionItems looks for first', () => {
  it('are in every fixture sentence a condition matches', () => {
    let matched = 0;
    for (const { posting } of loadCases()) {
      const text = [posting.description ?? '', ...posting.responsibilities, ...posting.basicQualifications, ...posting.preferredQualifications].join('\n');
      for (const raw of text.split(/\n+|(?<=[.!?])\s+(?=[A-Z“"])/)) {
        const sentence = cleanText(raw);
        for (const [kind, re, words] of CONDITIONS) {
          if (!re.test(sentence)) continue;
          matched++;
          expect(words.test(sentence), `${kind}: ${sentence}`).toBe(true);
          expect(mayStateCondition(raw), `${kind}: ${raw}`).toBe(true);
        }
      }
    }
    expect(matched).toBeGreaterThan(30);
  });

  it('are found through entities and uneven spacing', () => {
    expect(conditionItems('You will join the on&#45;call rotation, typically one week every two months.')).toEqual([
      'On-call: You will join the on-call rotation, typically one week every two months',
    ]);
    expect(conditionItems('This role requires travel\u00a0up to  25% of the time.')).toEqual(['Travel: This role requires travel up to 25% of the time']);
    expect(conditionItems('You must be able to lift 50\u00a0lbs and work on a ladder.')).toEqual(['Physical work: You must be able to lift 50 lbs and work on a ladder']);
    expect(conditionItems('We build tools that help customers understand their bills every day.')).toEqual([]);
  });
});
