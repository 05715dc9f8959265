import { describe, expect, it } from 'vitest';
import type { Application } from '../../../core/application';
import { badgeText, planReminder } from '../../../core/reminder';
import { DEFAULT_SETTINGS } from '../../../core/settings';
import type { Status } from '../../../core/status';
import { DAY, T0, postingOf } from './fixtures';

function tracked(jobId: string, status: Status, enteredAt: number, due: number | null, notifiedDueAt: number | null = null): Application {
  return {
    jobId,
    posting: postingOf(jobId),
    status,
    history: [{ from: null, to: status, at: enteredAt, prevNextFollowUpAt: null, prevFollowUpCount: 0 }],
    notes: [],
    contacts: [],
    nextFollowUpAt: due,
    followUpCount: 0,
    notifiedDueAt,
    savedAt: enteredAt,
    updatedAt: enteredAt,
    postingChangedAt: null,
    postingChanges: [],
    closedAt: null,
    planState: { checked: [], starNotes: {} },
  };
}

describe('planReminder', () => {
  it('summarises everything due in one notification, earliest first', () => {
    const due = [
      tracked('2790938', 'applied', T0 - 15 * DAY, T0 - DAY),
      tracked('1496414', 'loop', T0 - 8 * DAY, T0 - 3 * DAY),
    ];
    const plan = planReminder(due, T0, DEFAULT_SETTINGS);
    expect(plan.badge).toBe('2');
    expect(plan.due.map((d) => d.jobId)).toEqual(['1496414', '2790938']);
    expect(plan.fresh.map((d) => d.jobId)).toEqual(['1496414', '2790938']);
    expect(plan.notification).toEqual({
      title: 'LoopReady: 2 follow-ups due',
      message:
        'SDE, AWS Security Dev Ops: Loop (onsite or virtual) 8 days ago; a decision usually comes within five business days of the loop\n' +
        'Applied Scientist, EU INTech: Applied 15 days ago; candidates usually hear back within two weeks',
    });
  });

  it('does not notify again for follow-up dates already notified, but keeps the badge', () => {
    const due = [tracked('2790938', 'applied', T0 - 15 * DAY, T0 - DAY, T0 - DAY)];
    const plan = planReminder(due, T0, DEFAULT_SETTINGS);
    expect(plan.badge).toBe('1');
    expect(plan.fresh).toEqual([]);
    expect(plan.notification).toBeNull();
  });

  it('notifies again when the date moved (snoozed, followed up) and says how many are new', () => {
    const due = [
      tracked('2790938', 'applied', T0 - 15 * DAY, T0 - DAY, T0 - DAY),
      tracked('1496414', 'applied', T0 - 20 * DAY, T0 - 2 * DAY, T0 - 6 * DAY),
    ];
    const plan = planReminder(due, T0, DEFAULT_SETTINGS);
    expect(plan.fresh.map((d) => d.jobId)).toEqual(['1496414']);
    expect(plan.notification?.title).toBe('LoopReady: 2 follow-ups due');
    expect(plan.notification?.message.split('\n').at(-1)).toBe('1 new since the last reminder');
  });

  it('lists three and counts the rest', () => {
    const ids = ['1496414', '1497592', '2790938', '2798990', '2877542'];
    const due = ids.map((id, i) => tracked(id, 'applied', T0 - 20 * DAY, T0 - (10 - i) * DAY));
    const lines = planReminder(due, T0, DEFAULT_SETTINGS).notification?.message.split('\n');
    expect(lines).toHaveLength(4);
    expect(lines?.[3]).toBe('and 2 more');
  });

  it('ignores items that are not due yet and stays silent with notifications off', () => {
    const due = [tracked('2790938', 'applied', T0, T0 + DAY)];
    expect(planReminder(due, T0, DEFAULT_SETTINGS)).toEqual({ due: [], fresh: [], badge: '', notification: null });
    const off = planReminder([tracked('2790938', 'applied', T0 - 15 * DAY, T0 - DAY)], T0, { ...DEFAULT_SETTINGS, notificationsEnabled: false });
    expect(off.badge).toBe('1');
    expect(off.fresh).toHaveLength(1);
    expect(off.notification).toBeNull();
  });

  it('writes short badge text', () => {
    expect([0, 1, 99, 100, 2500].map(badgeText)).toEqual(['', '1', '99', '99+', '99+']);
  });
});
