// The application status state machine. Pure: which statuses exist, what they are called, and
// which moves between them make sense for an Amazon hiring process.
import * as z from 'zod/mini';

/** Stages where the candidate is waiting on Amazon, in process order. */
export const ACTIVE_STATUSES = ['saved', 'applied', 'online-assessment', 'phone-screen', 'second-phone-screen', 'loop'] as const;
export type ActiveStatus = (typeof ACTIVE_STATUSES)[number];

/** Ways out without an offer. */
const EXITS = ['rejected', 'withdrawn', 'no-response'] as const;

/** Every status: the active ones, then the outcomes. */
export const STATUSES = [...ACTIVE_STATUSES, 'offer', ...EXITS] as const;
export const Status = z.enum(STATUSES);
export type Status = z.infer<typeof Status>;

export const STATUS_LABELS: Readonly<Record<Status, string>> = {
  saved: 'Saved',
  applied: 'Applied',
  'online-assessment': 'Online assessment',
  'phone-screen': 'Phone screen',
  'second-phone-screen': 'Second phone screen',
  loop: 'Loop (onsite or virtual)',
  offer: 'Offer',
  rejected: 'Rejected',
  withdrawn: 'Withdrawn',
  'no-response': 'No response',
};

// Skips are allowed forward because the process really skips: roles without an assessment go
// from applied to a phone screen, referrals and hiring events go straight to the loop, and
// intern/new-grad offers can follow an assessment or a single phone screen. Nothing moves
// backwards; a mistaken click is undone through the history instead.
const TRANSITIONS: Readonly<Record<Status, readonly Status[]>> = {
  // A saved job was never applied to: it can only be applied to or dropped.
  saved: ['applied', 'withdrawn'],
  applied: ['online-assessment', 'phone-screen', 'second-phone-screen', 'loop', ...EXITS],
  'online-assessment': ['phone-screen', 'second-phone-screen', 'loop', 'offer', ...EXITS],
  'phone-screen': ['second-phone-screen', 'loop', 'offer', ...EXITS],
  'second-phone-screen': ['loop', 'offer', ...EXITS],
  loop: ['offer', ...EXITS],
  // Declining an offer is recorded as withdrawing.
  offer: ['withdrawn'],
  rejected: [],
  withdrawn: [],
  // A recruiter can reply long after silence: to any interview stage, an offer, or a rejection.
  'no-response': ['online-assessment', 'phone-screen', 'second-phone-screen', 'loop', 'offer', 'rejected', 'withdrawn'],
};

export function allowedTransitions(from: Status): readonly Status[] {
  return TRANSITIONS[from];
}

export function canTransition(from: Status, to: Status): boolean {
  return TRANSITIONS[from].includes(to);
}

export function isActive(status: Status): status is ActiveStatus {
  return (ACTIVE_STATUSES as readonly Status[]).includes(status);
}

/**
 * Nothing left to wait for, so no follow-up is scheduled: the outcome is known, or the candidate has
 * stopped waiting (`no-response` can still move on if they reply).
 */
export function isTerminal(status: Status): boolean {
  return status === 'offer' || status === 'rejected' || status === 'withdrawn' || status === 'no-response';
}
