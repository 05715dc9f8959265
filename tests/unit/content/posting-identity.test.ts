// The cheap read of which posting a job page shows (content/posting-identity.ts), on real pages.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { readPostingIdentity } from '../../../content/posting-identity';
import { fixtureDoc, parse } from './html';

// A removed job's page as amazon.jobs serves it (../shared/fixtures/external/README.md).
const REMOVED_JOB_PAGE = new URL('../../../../shared/fixtures/external/html/hanegbi__jobfit__amazon.html', import.meta.url);

describe('posting identity', () => {
  it('reads the stated job ID, the title and the description text of a posting', () => {
    const shown = readPostingIdentity(fixtureDoc('pages/reconstructed/3038134.html'));
    expect(shown?.statedJobId).toBe('3038134');
    expect(shown?.title).toBe('Sr BIE position 3P Selection, EU 3P Selection');
    expect(shown?.text).toContain('Amazon is looking for an analytical and technically skilled Senior Business Intelligence Engineer');
  });

  it('tells two postings apart by their stated IDs and their text', () => {
    const a = readPostingIdentity(fixtureDoc('pages/reconstructed/3038134.html'))!;
    const b = readPostingIdentity(fixtureDoc('pages/reconstructed/3049864.html'))!;
    expect(b.statedJobId).toBe('3049864');
    expect(b.title).toBe('Senior Business Intelligence Engineer, EU Defects');
    expect(b.text).not.toBe(a.text);
  });

  it('is null while nothing of the posting has rendered', () => {
    expect(readPostingIdentity(parse('<html><head><title>Amazon.jobs</title></head><body><div id="root"></div></body></html>'))).toBeNull();
  });

  it('counts a removed job page as rendered, with no ID and no title', () => {
    const shown = readPostingIdentity(parse(readFileSync(REMOVED_JOB_PAGE, 'utf8')));
    expect(shown).not.toBeNull();
    expect(shown?.statedJobId).toBeNull();
    expect(shown?.title).toBeNull();
  });
});
