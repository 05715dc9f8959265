import { describe, expect, it } from 'vitest';
import { PRINCIPLE_IDS, principles, QUESTION_PLACEHOLDERS } from '../../../core/principles';
import { compileSignal, signalAnchors } from '../../../core/principles/signal-pattern';

describe('Leadership Principles knowledge base', () => {
  it('holds all 16 principles, each complete', () => {
    const list = principles();
    expect(list.map((p) => p.id)).toEqual([...PRINCIPLE_IDS]);
    for (const p of list) {
      expect(p.name.length).toBeGreaterThan(3);
      expect(p.summary.length).toBeGreaterThanOrEqual(40);
      expect(p.signals.length).toBeGreaterThanOrEqual(8);
      expect(p.questions.length).toBeGreaterThanOrEqual(4);
      expect(new Set(p.questions).size).toBe(p.questions.length);
      expect(Object.values(p.starHints).every((h) => h.length > 10)).toBe(true);
    }
  });

  it('keeps the official names', () => {
    const names = Object.fromEntries(principles().map((p) => [p.id, p.name]));
    expect(names['are-right-a-lot']).toBe('Are Right, A Lot');
    expect(names['have-backbone-disagree-and-commit']).toBe('Have Backbone; Disagree and Commit');
    expect(names['strive-to-be-earths-best-employer']).toBe("Strive to be Earth's Best Employer");
    expect(names['success-and-scale-bring-broad-responsibility']).toBe('Success and Scale Bring Broad Responsibility');
  });

  it('uses only known placeholders in questions', () => {
    for (const p of principles())
      for (const q of p.questions)
        for (const m of q.matchAll(/\{(\w+)\}/g)) expect(QUESTION_PLACEHOLDERS).toContain(m[1]);
  });

  it('every signal anchor is contained in what the signal matches', () => {
    // The anchor pre-test must never hide a real match: check on phrase variants it should match.
    const cases: [string, string][] = [
      ['customer obsess*', 'Customer-Obsessed'],
      ['work* backward*', 'working backwards'],
      ['(customer|client|user|seller) (centric*|focus*|first)', 'customer centric'],
      ['(deliver*|drive*|driving|achiev*) ~ results', 'delivering strong results'],
      ['simplif*', 'simplified'],
    ];
    for (const [phrase, text] of cases) {
      expect(compileSignal(phrase).test(text)).toBe(true);
      const anchors = signalAnchors(phrase);
      expect(anchors.length === 0 || anchors.some((a) => text.toLowerCase().split(/[^a-z]+/).some((w) => w.startsWith(a)))).toBe(true);
    }
  });

  it('uses "?" only after a group: the notation has no optional letter, so "offs?" would match a literal "offs?"', () => {
    const bad = principles().flatMap((p) => p.signals.filter((s) => /[^)\s]\?/.test(s.phrase)).map((s) => `${p.id}: ${s.phrase}`));
    expect(bad).toEqual([]);
    expect(compileSignal('trade off').test('weigh trade-offs')).toBe(true);
  });
});
