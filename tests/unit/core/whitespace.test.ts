// isWhitespace is read in place of a /\s/ test per character: it must agree with \s on every UTF-16 code unit.
import { describe, expect, it } from 'vitest';
import { isWhitespace } from '../../../core/whitespace';

describe('isWhitespace', () => {
  it('agrees with /\\s/ on every UTF-16 code unit', () => {
    const disagree: number[] = [];
    for (let c = 0; c < 0x10000; c++) if (isWhitespace(c) !== /\s/.test(String.fromCharCode(c))) disagree.push(c);
    expect(disagree).toEqual([]);
  });
});
