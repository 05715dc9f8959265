// repairText puts back the "&" a source dropped between capitals ("PandL" -> "P&L"); the replace runs
// only on text with "and" between two capitals, and must leave every other text as it was.
import { describe, expect, it } from 'vitest';
import { cleanText, repairText } from '../../../core/plan-text';
import { loadCases } from '../../../scripts/lib/labelled-postings';

// The rule written plainly.
const plain = (s: string) => s.replace(/\b([A-Z]{1,5})and([A-Z]{1,5})\b/g, '$1&$2');

describe('repairText', () => {
  it('restores a dropped ampersand between capitals, and only there', () => {
    expect(repairText('Own the PandL and the RandD budget')).toBe('Own the P&L and the R&D budget');
    expect(repairText('andL at the start, Sand and Band, ANDROID, XandYZ.')).toBe('andL at the start, Sand and Band, ANDROID, X&YZ.');
    expect(repairText('BIGGERandLONGER stays')).toBe('BIGGERandLONGER stays');
    expect(cleanText('M&amp;A and  PandL')).toBe('M&A and P&L');
  });

  it('changes every fixture text as the plain replace does', () => {
    let texts = 0;
    for (const { key, posting } of loadCases())
      for (const text of [posting.description ?? '', ...posting.basicQualifications, ...posting.preferredQualifications, posting.title ?? '']) {
        // No entity to decode: repairText is the replace alone.
        if (text.includes('&')) continue;
        expect(repairText(text), key).toBe(plain(text));
        texts++;
      }
    expect(texts).toBeGreaterThan(3000);
  });
});
