// User settings: follow-up timing overrides and reminder switches. Stored as one row.
import * as z from 'zod/mini';
import { ACTIVE_STATUSES } from './status';

export const SETTINGS_ID = 'settings';

export const THEMES = ['system', 'light', 'dark'] as const;
export type Theme = (typeof THEMES)[number];

const Days = z.number().check(z.int(), z.gte(1), z.lte(365));

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
