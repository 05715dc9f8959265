import { describe, expect, it } from 'vitest';
import type { Application } from '../../../core/application';
import {
  DAY_MS,
  DEFAULT_FOLLOW_UP_DAYS,
  daysBetween,
  followUpAdvice,
  followUpAfterNudge,
  followUpAfterStatus,
  followUpDays,
} from '../../../core/follow-up';
import { DEFAULT_SETTINGS, type Settings } from '../../../core/settings';
import type { Status } from '../../../core/status';
import { T0 } from './fixtures';

const settings = DEFAULT_SETTINGS;

function app(status: Status, enteredAt: number, nextFollowUpAt: number | null, followUpCount = 0): Pick<Application, 'status' | 'history' | 'nextFollowUpAt' | 'followUpCount'> {
  return {
    status,
    history: [
      { from: null, to: 'saved', at: enteredAt - 3 * DAY_MS, prevNextFollowUpAt: null, prevFollowUpCount: 0 },
      { from: 'saved', to: status, at: enteredAt, prevNextFollowUpAt: null, prevFollowUpCount: 0 },
    ],
    nextFollowUpAt,
    followUpCount,
  };
}

describe('follow-up policy', () => {
  it('waits two weeks after applying and one week after interviews', () => {
    expect(DEFAULT_FOLLOW_UP_DAYS).toEqual({
      saved: 7, applied: 14, 'online-assessment': 7, 'phone-screen': 7, 'second-phone-screen': 7, loop: 7,
    });
    expect(followUpAfterStatus('applied', T0, settings)).toBe(T0 + 14 * DAY_MS);
    expect(followUpAfterStatus('loop', T0, settings)).toBe(T0 + 7 * DAY_MS);
  });

  it('has no follow-up for offer, rejected, withdrawn and no response', () => {
    for (const s of ['offer', 'rejected', 'withdrawn', 'no-response'] as const) {
      expect(followUpDays(s, settings)).toBeNull();
      expect(followUpAfterStatus(s, T0, settings)).toBeNull();
      expect(followUpAfterNudge(s, T0, settings)).toBeNull();
    }
  });

  it('uses the user’s wait for a stage they changed, the default for the others', () => {
    const mine: Settings = { ...settings, followUpDays: { applied: 10 } };
    expect(followUpAfterStatus('applied', T0, mine)).toBe(T0 + 10 * DAY_MS);
    expect(followUpAfterStatus('phone-screen', T0, mine)).toBe(T0 + 7 * DAY_MS);
  });

  it('schedules the next check a follow-up interval after "I followed up"', () => {
    expect(followUpAfterNudge('applied', T0, settings)).toBe(T0 + 7 * DAY_MS);
    expect(followUpAfterNudge('applied', T0, { ...settings, followUpIntervalDays: 5 })).toBe(T0 + 5 * DAY_MS);
  });

  it('counts whole days', () => {
    expect(daysBetween(T0, T0 + 15 * DAY_MS + 3_600_000)).toBe(15);
    expect(daysBetween(T0, T0 - DAY_MS)).toBe(0);
  });

  it('explains a due follow-up after applying', () => {
    const a = app('applied', T0 - 15 * DAY_MS, T0 - DAY_MS);
    expect(followUpAdvice(a, T0, settings)).toEqual({
      due: true,
      reason: 'Applied 15 days ago; candidates usually hear back within two weeks',
      suggestNoResponse: false,
    });
  });

  it('explains a due follow-up after the loop', () => {
    const a = app('loop', T0 - 8 * DAY_MS, T0 - DAY_MS);
    expect(followUpAdvice(a, T0, settings).reason).toBe(
      'Loop (onsite or virtual) 8 days ago; a decision usually comes within five business days of the loop',
    );
  });

  it('nudges a saved job that was never applied to', () => {
    const a = { ...app('saved', T0 - 7 * DAY_MS, T0), history: [{ from: null, to: 'saved' as const, at: T0 - 7 * DAY_MS, prevNextFollowUpAt: null, prevFollowUpCount: 0 }] };
    expect(followUpAdvice(a, T0, settings).reason).toBe('Saved 7 days ago and not applied yet; postings can close without notice once filled');
  });

  it('mentions earlier follow-ups, and after two suggests marking no response', () => {
    const once = app('phone-screen', T0 - 15 * DAY_MS, T0 - 1, 1);
    expect(followUpAdvice(once, T0, settings)).toEqual({
      due: true,
      reason: 'Phone screen 15 days ago; you followed up once and have not heard back',
      suggestNoResponse: false,
    });
    const twice = app('phone-screen', T0 - 22 * DAY_MS, T0 - 1, 2);
    expect(followUpAdvice(twice, T0, settings)).toEqual({
      due: true,
      reason: 'Phone screen 22 days ago; you followed up twice with no answer. Consider marking it "No response"',
      suggestNoResponse: true,
    });
  });

  it('says when the next check is for a follow-up not yet due', () => {
    const a = app('applied', T0 - 2 * DAY_MS, T0 + 12 * DAY_MS);
    expect(followUpAdvice(a, T0, settings)).toEqual({
      due: false,
      reason: 'Applied 2 days ago; follow-up suggested in 12 days',
      suggestNoResponse: false,
    });
  });

  it('needs no follow-up for a closed outcome', () => {
    expect(followUpAdvice(app('rejected', T0 - DAY_MS, null), T0, settings)).toEqual({
      due: false,
      reason: 'Rejected: no follow-up needed',
      suggestNoResponse: false,
    });
  });
});

describe('follow-up policy settings and closed postings', () => {
  it('turns a stage’s reminder off when the user sets it to null', () => {
    const mine: Settings = { ...settings, followUpDays: { saved: null } };
    expect(followUpDays('saved', mine)).toBeNull();
    expect(followUpAfterStatus('saved', T0, mine)).toBeNull();
    expect(followUpAfterStatus('applied', T0, mine)).toBe(T0 + 14 * DAY_MS);
  });

  it('says when the posting has closed since', () => {
    const a = { ...app('applied', T0 - 15 * DAY_MS, T0 - DAY_MS), closedAt: T0 - 2 * DAY_MS };
    expect(followUpAdvice(a, T0, settings).reason).toBe(
      'Applied 15 days ago; candidates usually hear back within two weeks. The posting has since closed',
    );
  });
});
