import { describe, expect, it } from 'vitest';
import { STATUSES, STATUS_LABELS, allowedTransitions, canTransition, isActive, isTerminal } from '../../../core/status';

describe('status state machine', () => {
  it('has the ten stable ids, each with a label', () => {
    expect(STATUSES).toEqual([
      'saved', 'applied', 'online-assessment', 'phone-screen', 'second-phone-screen',
      'loop', 'offer', 'rejected', 'withdrawn', 'no-response',
    ]);
    expect(STATUS_LABELS['online-assessment']).toBe('Online assessment');
    expect(STATUS_LABELS.loop).toBe('Loop (onsite or virtual)');
    expect(STATUS_LABELS['no-response']).toBe('No response');
  });

  it('lets a saved job only be applied to or dropped', () => {
    expect(allowedTransitions('saved')).toEqual(['applied', 'withdrawn']);
    expect(canTransition('saved', 'phone-screen')).toBe(false);
    expect(canTransition('saved', 'rejected')).toBe(false);
  });

  it('lets applied skip the assessment and go straight to a phone screen or the loop', () => {
    expect(canTransition('applied', 'phone-screen')).toBe(true);
    expect(canTransition('applied', 'loop')).toBe(true);
    expect(canTransition('applied', 'offer')).toBe(false);
  });

  it('lets every active stage after saving end in rejected, withdrawn or no response', () => {
    for (const from of ['applied', 'online-assessment', 'phone-screen', 'second-phone-screen', 'loop'] as const) {
      for (const to of ['rejected', 'withdrawn', 'no-response'] as const) expect(canTransition(from, to), `${from}->${to}`).toBe(true);
    }
  });

  it('never moves backwards', () => {
    expect(canTransition('loop', 'phone-screen')).toBe(false);
    expect(canTransition('second-phone-screen', 'phone-screen')).toBe(false);
    expect(canTransition('phone-screen', 'applied')).toBe(false);
    expect(canTransition('applied', 'saved')).toBe(false);
  });

  it('brings no response back to a stage when they reply, but not to applied or saved', () => {
    expect(canTransition('no-response', 'phone-screen')).toBe(true);
    expect(canTransition('no-response', 'loop')).toBe(true);
    expect(canTransition('no-response', 'rejected')).toBe(true);
    expect(canTransition('no-response', 'applied')).toBe(false);
    expect(canTransition('no-response', 'saved')).toBe(false);
  });

  it('ends rejected and withdrawn; an offer can only be declined', () => {
    expect(allowedTransitions('rejected')).toEqual([]);
    expect(allowedTransitions('withdrawn')).toEqual([]);
    expect(allowedTransitions('offer')).toEqual(['withdrawn']);
  });

  it('classifies stages with and without follow-ups', () => {
    expect(STATUSES.filter(isActive)).toEqual(['saved', 'applied', 'online-assessment', 'phone-screen', 'second-phone-screen', 'loop']);
    expect(STATUSES.filter(isTerminal)).toEqual(['offer', 'rejected', 'withdrawn', 'no-response']);
  });
});
