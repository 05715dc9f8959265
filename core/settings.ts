// User settings: follow-up timing overrides and reminder switches. Stored as one row.
import * as z from 'zod/mini';
import { ACTIVE_STATUSES } from './status';

export const SETTINGS_ID = 'settings';

export const THEMES = ['system', 'light', 'dark'] as const;
export type Theme = (typeof THEMES)[number];

const Days = z.number().check(z.int(), z.gte(1), z.lte(365));

/**
 * When to remind of a scheduled interview. null turns that reminder off. `notificationsEnabled`
 * below stays the master switch: off means no desktop notification of any kind.
 */
export const InterviewReminderSettings = z.object({
  /** Hours before the start for the "tomorrow" reminder (24 = same time the day before). */
  dayBeforeHours: z.nullable(z.number().check(z.int(), z.gte(2), z.lte(72))),
  /** Minutes before the start for the "soon" reminder. */
  shortlyBeforeMinutes: z.nullable(z.number().check(z.int(), z.gte(5), z.lte(240))),
  /** Ask for a short debrief when the interview has ended. */
  debriefPrompt: z.boolean(),
});
export type InterviewReminderSettings = z.infer<typeof InterviewReminderSettings>;

export const DEFAULT_INTERVIEW_REMINDERS: InterviewReminderSettings = {
  dayBeforeHours: 24,
  shortlyBeforeMinutes: 60,
  debriefPrompt: true,
};

/** The interview reminder settings with defaults filled in. */
export function interviewReminderSettings(settings: Pick<Settings, 'interviewReminders'>): InterviewReminderSettings {
  return settings.interviewReminders ?? DEFAULT_INTERVIEW_REMINDERS;
}

export const Settings = z.object({
  id: z.literal(SETTINGS_ID),
  /**
   * Days to wait in a stage before suggesting a follow-up; only the stages the user changed.
   * null turns that stage's reminder off (e.g. someone who saves many jobs to read later).
   */
  followUpDays: z.partialRecord(z.enum(ACTIVE_STATUSES), z.nullable(Days)),
  /** After "I followed up": days until the next check. */
  followUpIntervalDays: Days,
  /** Follow-ups without an answer after which "no response" is suggested. */
  followUpsBeforeNoResponse: z.number().check(z.int(), z.gte(1), z.lte(20)),
  /** Default length of "remind me later". */
  snoozeDays: Days,
  /** Desktop notifications for due follow-ups (the badge count is always kept). */
  notificationsEnabled: z.boolean(),
  /** Look of the extension's pages; absent (older rows and backups) means follow the system. */
  theme: z.optional(z.enum(THEMES)),
  /** Interview reminders; absent (older rows and backups) means the defaults. */
  interviewReminders: z.optional(InterviewReminderSettings),
});
export type Settings = z.infer<typeof Settings>;

export const DEFAULT_SETTINGS: Settings = {
  id: SETTINGS_ID,
  followUpDays: {},
  followUpIntervalDays: 7,
  followUpsBeforeNoResponse: 2,
  snoozeDays: 3,
  notificationsEnabled: true,
};
