// The interviews store on fake-indexeddb (Node) at 10,000 applications and 20,000 interviews: the
// queries the reminder alarm, the reminder check and the tracker's agenda run. Targets: next
// reminder < 5 ms, two-week agenda < 20 ms. fake-indexeddb is a pure-JS IndexedDB, slower than a
// browser's, so these are upper bounds.
//
// Like the store bench, the cost of a range query follows the number of records it returns, not the
// table size, so the data holds those numbers fixed at a heavy but plausible level: two years of
// interviews, 40 in the coming two weeks, 60 follow-ups in that window, 5 reminders due now.
import { IDBFactory, IDBKeyRange } from 'fake-indexeddb';
import type { Application } from '../core/application';
import { buildPosting } from '../core/build-posting';
import type { Posting } from '../core/posting';
import { DAY_MS } from '../core/follow-up';
import type { Interview, InterviewKind } from '../core/interview';
import { nextReminderAt } from '../core/interview-reminders';
import { DEFAULT_SETTINGS } from '../core/settings';
import { openDb, type LoopReadyDb } from '../db/db';
import { agenda, dueInterviews, interviewsForJob, nextInterviewReminderAfter, saveInterview } from '../db/interviews';
import type { BenchEntry } from './benchmark';

const NOW = Date.UTC(2026, 2, 2, 9);
const HOUR = 3_600_000;
const APPS = 10_000;
const INTERVIEWS = 20_000;
const KINDS: InterviewKind[] = ['online-assessment', 'phone-screen', 'second-phone-screen', 'loop', 'other'];

function posting(i: number): Posting {
  return buildPosting(
    {
      jobId: String(1_000_000 + i), title: `Software Development Engineer ${i}`, url: `https://www.amazon.jobs/en/jobs/${1_000_000 + i}`,
      locale: 'en', locations: ['Berlin, DE'], category: 'Software Development', company: 'Amazon',
      description: 'Build and run services.', basicQualifications: ['3+ years of experience'],
    },
    { strategy: 'record', confidence: 1 },
  );
}

// Follow-ups: every 100th application is due within the coming two weeks (100 of them would be
// too many for one person, so 60: the first 6,000 apps only), half the rest later, the others none.
function application(i: number): Application {
  const savedAt = NOW - (30 + (i % 300)) * DAY_MS;
  const next = i % 100 === 0 && i < 6_000 ? NOW + (1 + (i % 13)) * DAY_MS : i % 2 === 0 ? NOW + (20 + (i % 40)) * DAY_MS : null;
  return {
    jobId: String(1_000_000 + i), posting: posting(i), status: next === null ? 'rejected' : 'applied',
    history: [{ from: null, to: 'applied', at: savedAt, prevNextFollowUpAt: null, prevFollowUpCount: 0 }],
    notes: [], contacts: [], nextFollowUpAt: next, followUpCount: 0, notifiedDueAt: null, savedAt, updatedAt: savedAt,
    postingChangedAt: null, postingChanges: [], closedAt: null, planState: { checked: [], starNotes: {} },
  };
}

// Interviews: every 500th starts in the coming two weeks (40), every 500th + 250 one to two months
// out (40), the rest over the past two years with every step done. Five have a reminder due now.
function interview(i: number): Interview {
  const upcoming = i % 500 === 0;
  const later = i % 500 === 250;
  const start = upcoming
    ? NOW + (1 + (i % 13)) * DAY_MS + 3 * HOUR
    : later
      ? NOW + (30 + (i % 30)) * DAY_MS
      : NOW - (1 + (i % 730)) * DAY_MS - 5 * HOUR;
  const dueNow = upcoming && i < 2_500; // day-before already due, not yet notified: 5 of them
  const iv: Interview = {
    id: `iv-${i}`, jobId: String(1_000_000 + (i % APPS)), kind: KINDS[i % KINDS.length]!, start, timeZone: 'Europe/Berlin',
    durationMinutes: 60, mode: 'video', place: 'Video link from the recruiter', interviewers: [{ name: `Interviewer ${i % 97}`, role: '' }],
    sessions: [], debrief: null, thankYouWanted: i % 3 === 0, scheduledAt: start - 20 * DAY_MS, handled: {}, nextReminderAt: null,
    createdAt: start - 20 * DAY_MS, updatedAt: start - 20 * DAY_MS,
  };
  if (dueNow) iv.start = NOW + 10 * HOUR;
  if (!upcoming && !later) {
    for (const step of ['day-before', 'shortly-before', 'debrief', 'thank-you', 'follow-up'] as const) iv.handled[step] = iv.start;
  }
  iv.nextReminderAt = nextReminderAt(iv, DEFAULT_SETTINGS);
  return iv;
}

async function filled(): Promise<LoopReadyDb> {
  const db = openDb('bench-interviews', { indexedDB: new IDBFactory(), IDBKeyRange });
  const apps = Array.from({ length: APPS }, (_, i) => application(i));
  for (let i = 0; i < APPS; i += 1000) await db.applications.bulkAdd(apps.slice(i, i + 1000));
  const ivs = Array.from({ length: INTERVIEWS }, (_, i) => interview(i));
  for (let i = 0; i < INTERVIEWS; i += 2000) await db.interviews.bulkAdd(ivs.slice(i, i + 2000));
  return db;
}

export default async function (): Promise<BenchEntry[]> {
  const db = await filled();
  const due = (await dueInterviews(db, NOW)).length;
  const soon = await agenda(db, NOW);
  const target = interview(500);
  let shift = 0;
  return [
    { name: `interviews 20000: next reminder time (alarm, by index)`, fn: () => nextInterviewReminderAfter(db, NOW) },
    { name: `interviews 20000: due reminders (${due} due, by index)`, fn: () => dueInterviews(db, NOW) },
    {
      name: `interviews 20000: two-week agenda (${soon.interviews.length} interviews + ${soon.followUps.length} follow-ups)`,
      fn: () => agenda(db, NOW),
    },
    { name: 'interviews 20000: one application\'s interviews', fn: () => interviewsForJob(db, target.jobId) },
    {
      // A reschedule: validation, the settings read, the reminder time and one put, in one transaction.
      name: 'interviews 20000: reschedule one interview',
      fn: () => saveInterview(db, { ...target, start: target.start + (++shift % 50) * HOUR, durationMinutes: 60 }, NOW),
    },
  ];
}
