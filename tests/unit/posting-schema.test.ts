import { describe, expect, it } from 'vitest';
import { Posting } from '../../core/posting';

describe('Posting schema', () => {
  it('rejects a posting without its required shape', () => {
    expect(Posting.safeParse({ jobId: '1' }).success).toBe(false);
  });
});
