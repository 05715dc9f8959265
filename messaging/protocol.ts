// Every message between content script, popup, pages and background, with the Zod schema of
// its data and of its reply. `send`/`handle` (messaging/bus.ts) parse both sides, so nothing
// unchecked crosses a boundary. Add a message here first, then its handler.
import * as z from 'zod/mini';
import { Listing, PageKind, Posting } from '../core/posting';
import { Application } from '../core/application';
import { Evidence } from '../core/evidence';
import { DebriefDraft, Interview, InterviewDraft } from '../core/interview';
import { InterviewReminderSettings, Settings } from '../core/settings';
import { Status } from '../core/status';
import { Timestamp } from '../core/timestamp';

const JobId = z.string().check(z.regex(/^\d{1,12}$/));
const Time = Timestamp;

/** A follow-up due now, as the popup and the notification show it. */
export const DueSummaryItem = z.object({ jobId: z.string(), title: z.string(), reason: z.string() });
export type DueSummaryItem = z.infer<typeof DueSummaryItem>;

export const DueSummary = z.object({ count: z.number(), items: z.array(DueSummaryItem) });
export type DueSummary = z.infer<typeof DueSummary>;

/** A principle ranked for a posting (core/top-principles.ts), with the phrases that support it. */
export const TopPrinciple = z.object({
  id: z.string(),
  name: z.string(),
  evidence: z.array(Evidence),
});
export type TopPrinciple = z.infer<typeof TopPrinciple>;

const Anchor = z.string().check(z.regex(/^[a-z0-9-]{1,80}$/));

/** The popup's questions (core/prep-questions.ts): each names its anchor in the plan page. */
export const PrepQuestions = z.object({
  toAsk: z.array(z.object({ anchor: Anchor, text: z.string() })).check(z.maxLength(10)),
  likely: z.array(z.object({ principle: z.string(), name: z.string(), anchor: Anchor, text: z.string() })).check(z.maxLength(16)),
});
export type PrepQuestions = z.infer<typeof PrepQuestions>;

/** What the content script knows about the page it runs in. */
export const PageReport = z.object({
  kind: PageKind,
  posting: z.nullable(Posting),
  listing: z.nullable(Listing),
});
export type PageReport = z.infer<typeof PageReport>;

/** core/loop-planner.ts's LoopPlan: principles per loop session, and the thin ones. */
export const LoopPlan = z.object({
  sessions: z.array(z.object({ sessionId: z.string(), principles: z.array(z.string()), fromUser: z.boolean() })),
  thin: z.array(z.object({ id: z.string(), name: z.string(), stories: z.number() })),
});
export type LoopPlan = z.infer<typeof LoopPlan>;

const InterviewId = z.string().check(z.minLength(1), z.maxLength(100));

export const protocol = {
  /** popup -> content script (tab message): what is on this page? */
  getPagePosting: { data: z.null(), result: PageReport },
  /** content script -> background: a posting was shown (refresh a saved snapshot, mark closed). */
  postingSeen: { data: z.object({ posting: Posting }), result: z.null() },

  // Tracking (handled in the background; each reply is the stored record after the change).
  /** Start tracking a posting; saving again returns the existing record. */
  saveApplication: { data: z.object({ posting: Posting }), result: Application },
  getApplication: { data: z.object({ jobId: JobId }), result: z.nullable(Application) },
  /**
   * `at`: when it happened (epoch ms), default now; fails on a move the state machine refuses.
   * `from`: the stage the sender shows; fails, writing nothing, when the stored one differs
   * ("Stage changed elsewhere: now …"). Every stage control sends it (components/ui/StageControl.tsx).
   */
  setStatus: { data: z.object({ jobId: JobId, status: Status, at: z.optional(Time), from: Status }), result: Application },
  undoStatus: { data: z.object({ jobId: JobId }), result: Application },
  /** "Remind me later"; days default to the settings' snooze length. */
  snooze: { data: z.object({ jobId: JobId, days: z.optional(z.number().check(z.int(), z.gte(1), z.lte(365))) }), result: Application },
  markFollowedUp: { data: z.object({ jobId: JobId }), result: Application },
  /** The user picked a follow-up date (epoch ms). */
  setFollowUp: { data: z.object({ jobId: JobId, at: Time }), result: Application },
  /** jobId -> status for the tracked ones among `jobIds` (listing badges). */
  getTrackedStatuses: {
    data: z.object({ jobIds: z.array(z.string()).check(z.maxLength(500)) }),
    result: z.record(z.string(), Status),
  },
  getDueSummary: { data: z.null(), result: DueSummary },
  listRecent: { data: z.object({ limit: z.number().check(z.int(), z.gte(1), z.lte(200)) }), result: z.array(Application) },
  /** The principles a posting leans on most (ranked in the background, keeping the catalog out of the popup). */
  topPrinciples: {
    data: z.object({ posting: Posting, limit: z.optional(z.number().check(z.int(), z.gte(1), z.lte(16))) }),
    result: z.array(TopPrinciple),
  },
  /** The best questions to ask and, per top principle, the likely practice question (ranked in the background too). */
  prepQuestions: { data: z.object({ posting: Posting }), result: PrepQuestions },
  /**
   * After a page's own write (db/store-writes.ts): bring the badge and the next alarms up to date.
   * Never a notification: the user is looking at the change they made.
   */
  syncReminders: { data: z.null(), result: z.null() },
  /**
   * Sent by db/store-writes.ts after each write to an application, from the background or a page, to
   * every other open extension page: an open popup or tracker reads that application again. Nobody
   * needs to answer; it never makes a notification.
   */
  applicationChanged: { data: z.object({ jobId: JobId }), result: z.null() },
  /** Run the alarm's check now: badge, and one notification for what is newly due (tests use it). */
  runReminderCheck: {
    data: z.null(),
    result: z.object({ due: z.number(), notified: z.number(), interviewNotices: z.optional(z.number()) }),
  },

  // Interviews (handled in the background, which moves the reminder alarm after each write).
  /** Add (no id) or edit an interview; a new start time moves its reminders. */
  saveInterview: { data: z.object({ draft: InterviewDraft }), result: Interview },
  deleteInterview: { data: z.object({ id: InterviewId }), result: z.boolean() },
  /** The candidate's debrief; after the end it also schedules the follow-up from the interview. */
  saveDebrief: { data: z.object({ id: InterviewId, debrief: DebriefDraft }), result: Interview },
  setThankYouWanted: { data: z.object({ id: InterviewId, wanted: z.boolean() }), result: Interview },
  /** Change the interview reminder settings; every pending reminder moves to match. */
  setInterviewReminders: { data: z.object({ settings: InterviewReminderSettings }), result: Settings },
  /** Principles per session of a loop (ranked in the background, like topPrinciples). */
  planLoop: { data: z.object({ interviewId: InterviewId }), result: LoopPlan },
  /**
   * Test builds only (`wxt build --mode e2e`): set the background's clock to `at` (null: real time).
   * A production build registers no handler for it.
   */
  e2eSetClock: { data: z.object({ at: z.nullable(Time) }), result: z.null() },
} as const;

export type Protocol = typeof protocol;
export type MessageName = keyof Protocol;
export type MessageData<K extends MessageName> = z.infer<Protocol[K]['data']>;
export type MessageResult<K extends MessageName> = z.infer<Protocol[K]['result']>;
/** Interview messages: answered by entrypoints/background/interview-handlers.ts. */
export type InterviewMessage = 'saveInterview' | 'deleteInterview' | 'saveDebrief' | 'setThankYouWanted' | 'setInterviewReminders' | 'planLoop';
/** Announcements to the open pages, which the background does not answer. */
export type ChangeNotice = 'applicationChanged';
/** Store messages the background answers in store-handlers.ts (not the content script's, the interviews', the pages' notices or the test build's clock). */
export type TrackingMessage = Exclude<MessageName, 'getPagePosting' | 'e2eSetClock' | InterviewMessage | ChangeNotice>;
