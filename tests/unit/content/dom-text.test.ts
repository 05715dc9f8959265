// The labels read while a page loads (labelText) and the stated job ID are read with character tests
// instead of regular expressions (content/dom-text.ts says why): they must give exactly what the
// regular expressions give, on every UTF-16 code unit and on the text of every element of the real pages.
import { readdirSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { stripInvisibleControls } from '../../../core/page-text';
import { collapseWhitespace, inlineText, labelText } from '../../../content/dom-text';
import { statedJobIdIn } from '../../../content/posting-identity';
import { fixture, parse } from './html';

/** inlineText, with regular expressions, as a formula. */
const withRegExps = (text: string) => stripInvisibleControls(text).replace(/\s+/g, ' ').trim();
const statedBefore = (text: string) => /Job ID:\s*(\d+)/i.exec(text)?.[1] ?? null;
const asElement = (text: string) => ({ textContent: text }) as Element;

const EVERY_CODE_UNIT = Array.from({ length: 0x10000 }, (_, c) => String.fromCharCode(c));

const pages = [
  ...readdirSync(new URL('../../fixtures/pages/reconstructed', import.meta.url)).filter((f) => f.endsWith('.html')).map((f) => `pages/reconstructed/${f}`),
  ...readdirSync(new URL('../../fixtures/pages/real', import.meta.url)).map((f) => `pages/real/${f}`),
].map((path) => parse(fixture(path)));
const removedJobPage = parse(readFileSync(new URL('../../../../shared/fixtures/external/html/hanegbi__jobfit__amazon.html', import.meta.url), 'utf8'));
const elementTexts = [...pages, removedJobPage].flatMap((doc) => [doc.title, ...[...doc.querySelectorAll('*')].map((el) => el.textContent ?? '')]);

describe('labelText: inlineText without regular expressions', () => {
  it('gives what the regular expressions gave for every code unit, alone, between letters and at the ends of a line', () => {
    const differ = EVERY_CODE_UNIT.flatMap((ch) => [ch, `a${ch}b`, ` ${ch}x${ch} `, `${ch}\n${ch}`]).filter(
      (text) => labelText(asElement(text)) !== withRegExps(text) || inlineText(asElement(text)) !== withRegExps(text),
    );
    expect(differ).toEqual([]);
  });

  it('gives what the regular expressions gave for every element of the real pages', () => {
    expect(elementTexts.length).toBeGreaterThan(10_000);
    const differ = elementTexts.filter((text) => labelText(asElement(text)) !== inlineText(asElement(text)));
    expect(differ).toEqual([]);
  });

  it('collapses runs and drops the ends', () => {
    expect(collapseWhitespace('\u00a0 Sr BIE\t\n position\u2003 ')).toBe('Sr BIE position');
    expect(collapseWhitespace(' \n ')).toBe('');
    expect(labelText(null)).toBe('');
  });
});

describe('the stated job ID without a regular expression', () => {
  it('finds what /Job ID:\\s*(\\d+)/i found in every element and title of the real pages', () => {
    const stated = elementTexts.filter((text) => statedBefore(text) !== null);
    expect(stated.length).toBeGreaterThan(100);
    expect(elementTexts.filter((text) => statedJobIdIn(text) !== statedBefore(text))).toEqual([]);
  });

  it.each([
    'Job ID: 3038134',
    'job id:3038134 | Luxembourg',
    'JOB ID:\u00a0\u2003 42',
    'Job ID: none here. Job ID: 7',
    'Job ID: ',
    'Job ID:',
    'Job  ID: 5',
    'JOB İD: 5', // a capital dotted I is not an i for /i without /u
    'Job ıD: 5', // nor a dotless i
    'Job ID: ٣٠٣٨ then 12', // Arabic-Indic digits are not \d
    'xJob ID:Job ID: 99',
    '',
  ])('%j', (text) => expect(statedJobIdIn(text)).toBe(statedBefore(text)));
});
