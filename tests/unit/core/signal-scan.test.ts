// The fast signal scan (sticky regex at indexed word starts) must find exactly what a plain global
// regex scan finds, for every knowledge-base signal, on real postings and on adversarial text.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { postingFromRecord } from '../../../core/posting-from-record';
import { SECTIONS, sectionText } from '../../../core/posting-sections';
import { PRINCIPLE_IDS, compiledSignals } from '../../../core/principles';
import { signalOpenings, signalSecondWords } from '../../../core/principles/signal-pattern';
import { globalScan, signalMatches } from '../../../core/signal-scan';
import { WordStarts } from '../../../core/word-starts';
import { records } from './helpers';

const signals = PRINCIPLE_IDS.flatMap((id) => compiledSignals(id));

function bothScans(text: string, ranges: [number, number][]) {
  const words = new WordStarts(text);
  const scan = { text, words, ranges };
  const all = signalMatches(scan);
  return signals.map((s) => ({ phrase: s.phrase, fast: [...(all[s.index] ?? [])], reference: globalScan(s.regex, text, ranges, []) }));
}

describe('signalOpenings', () => {
  it('lists what matches must start with', () => {
    expect(signalOpenings('customer obsess*')).toEqual(['customer']);
    expect(signalOpenings('simplify')).toEqual(['simplif']);
    expect(signalOpenings('(you|will|to) own (the|their)')!.sort()).toEqual(['to', 'will', 'you']);
    // An optional group opens with itself or with what follows it.
    expect(signalOpenings('(initial )?design ~ launch')!.sort()).toEqual(['design', 'initial']);
    // Shorter openings cover longer ones: "on" covers "one".
    expect(signalOpenings('(one|on) time')).toEqual(['on']);
  });

  it('lists what the second word must start with, for a first word then a separator', () => {
    expect(signalSecondWords('(you|will|to) own (the|their)')).toEqual(['own']);
    expect(signalSecondWords('(deep|in depth) (understanding|knowledge)')!.sort()).toEqual(['depth', 'knowledg', 'understanding']);
    expect(signalSecondWords('on call')).toEqual(['call']);
    // An optional group: the word after it can be second.
    expect(signalSecondWords('(develop|grow) (the |our )?(talent|people)')!.sort()).toEqual(['our', 'peopl', 'talent', 'the']);
    // No test where a match need not be two words joined by a separator.
    expect(signalSecondWords('build* ~ (new|tool)')).toBeNull();
    expect(signalSecondWords('(initial )?design')).toBeNull();
    expect(signalSecondWords('simplify')).toBeNull();
    expect(signalSecondWords('(c++|java) code')).toBeNull();
  });

  it('gives every catalog signal an opening list (none falls back to a full scan)', () => {
    expect(signals.filter((s) => s.openings === null).map((s) => s.phrase)).toEqual([]);
  });
});

describe('signalMatches equals a global regex scan', () => {
  it('on every section of every real posting', () => {
    let matches = 0;
    for (const r of [...records('postings.jsonl'), ...records('qualifications-only.jsonl')]) {
      const p = postingFromRecord(r);
      for (const section of SECTIONS) {
        const text = sectionText(p, section);
        // The whole text, and the same text cut into ranges at every 97th character.
        const cuts: [number, number][] = [];
        for (let s = 0; s < text.length; s += 97) cuts.push([s, Math.min(text.length, s + 90)]);
        for (const ranges of [[[0, text.length]] as [number, number][], cuts])
          for (const { phrase, fast, reference } of bothScans(text, ranges)) {
            expect(fast, `${phrase} in ${r.job_id} ${section}`).toEqual(reference);
            matches += reference.length / 2;
          }
      }
    }
    expect(matches).toBeGreaterThan(2000);
  });

  // Words from the signals themselves, in odd cases and inflections, glued with the separators and
  // characters that decide word boundaries (underscore, digits, non-ASCII letters, dashes).
  const vocabulary = [...new Set(signals.flatMap((s) => s.phrase.toLowerCase().match(/[a-z0-9']+/g) ?? []))];
  // Whole phrases with the notation stripped ("(zero|reduce) ~ defect*" → "zero reduce defect").
  const phrases = signals.map((s) => s.phrase.replace(/[()|*?~]+/g, ' ').replace(/\s+/g, ' ').trim());
  const word = fc.oneof(
    fc.constantFrom(...phrases),
    fc.constantFrom(...phrases).map((w) => w.toUpperCase()),
    fc.constantFrom(...phrases).map((w) => w.replace(/\b[a-z]/g, (c) => c.toUpperCase())),
    fc.constantFrom(...vocabulary),
    fc.constantFrom(...vocabulary).map((w) => w.toUpperCase()),
    fc.constantFrom(...vocabulary).map((w) => `${w}s`),
    fc.constantFrom(...vocabulary).map((w) => `${w}ing`),
    fc.constantFrom('_', 'é', 'İ', 'ſ', 'K', '3', 'x', 'ü', '’s', "'s"),
  );
  const glue = fc.constantFrom(' ', ' ', ' ', '-', '—', '/', '\n', ', ', '. ', '_', '', 'é', '  ', '\u00a0', '\t', ' - ', '\u2011', '’', '\u0253');
  const text = fc.array(fc.tuple(word, glue), { maxLength: 60 }).map((parts) => parts.map(([w, g]) => w + g).join(''));

  it("on each signal's own words, in lower, UPPER and Title case", () => {
    let matches = 0;
    for (const phrase of phrases)
      for (const t of [phrase, phrase.toUpperCase(), phrase.replace(/\b[a-z]/g, (c) => c.toUpperCase()), `x_${phrase} é${phrase}`])
        for (const { phrase: signal, fast, reference } of bothScans(t, [[0, t.length]])) {
          expect(fast, `${signal} in "${t}"`).toEqual(reference);
          matches += reference.length / 2;
        }
    expect(matches).toBeGreaterThan(signals.length * 3);
  });

  it('on generated text with arbitrary ranges', () => {
    fc.assert(
      fc.property(text, fc.array(fc.nat(), { maxLength: 6 }), (t, cutPoints) => {
        const points = [...new Set([0, t.length, ...cutPoints.map((c) => c % (t.length + 1))])].sort((a, b) => a - b);
        // Every other gap between cut points is a range.
        const ranges: [number, number][] = [];
        for (let i = 0; i + 1 < points.length; i += 2) ranges.push([points[i]!, points[i + 1]!]);
        for (const { phrase, fast, reference } of bothScans(t, ranges)) expect(fast, phrase).toEqual(reference);
      }),
      { numRuns: 300, seed: 20251125 },
    );
  });
});
