// What a regex's \s matches, as a test of one character code: a loop over a text's characters asks it
// without a regex call per character (each call costs far more than the comparison).

/** Does /\s/ match this UTF-16 code unit? (JavaScript's white space and line terminators.) */
export function isWhitespace(c: number): boolean {
  if (c <= 32) return c === 32 || (c >= 9 && c <= 13);
  if (c < 0xa0) return false;
  return (
    c === 0xa0 || c === 0x1680 || (c >= 0x2000 && c <= 0x200a) || c === 0x2028 || c === 0x2029 || c === 0x202f || c === 0x205f || c === 0x3000 || c === 0xfeff
  );
}
