// Interviews and stories for the screenshots and browser tests, on applications from seed-store.ts
// (the real postings): a loop with its earlier phone screen (debriefed, one story told to someone who
// is on the loop panel too), an upcoming phone screen and a second phone screen, and a small story
// bank that leaves two of the loop's principles without a story. Relative to `now`, deterministic.
import { Interview } from '../../core/interview';
import type { Story } from '../../core/story';
import { fromWallTime, toWallTime } from '../../core/zoned-time';

const DAY = 86_400_000;

/** `hh:mm` on the day `days` after `now`'s date in `zone`. */
function at(now: number, days: number, time: string, zone: string): number {
  const date = toWallTime(now + days * DAY, zone).date;
  return fromWallTime({ date, time }, zone)!;
}

export const SEED_STORIES: Omit<Story, 'createdAt' | 'updatedAt'>[] = [
  {
    id: 'seed-story-latency',
    title: 'Cut checkout latency for sellers',
    principles: ['customer-obsession', 'deliver-results'],
    situation: 'Sellers abandoned listings because the checkout page took six seconds to load.',
    task: 'I owned the page and had one quarter to bring it under two seconds.',
    action: 'I traced the slowest calls, cached the tax lookup and split the page into two requests.',
    result: 'Load time fell to 1.4 s and abandoned listings dropped by 18%.',
  },
  {
    id: 'seed-story-review',
    title: 'Rebuilt the weekly account review',
    principles: ['customer-obsession', 'earn-trust'],
    situation: 'Account managers stopped trusting the weekly review after two wrong numbers.',
    task: 'Restore trust in the review within a month.',
    action: 'I published the queries, added a check on each metric and walked every manager through one review.',
    result: 'Attendance went back to full and no number was corrected in the next six months.',
  },
  {
    id: 'seed-story-pricing',
    title: 'Shipped the pricing tool in six weeks',
    principles: ['deliver-results', 'bias-for-action'],
    situation: 'A price change had to reach 40,000 listings before the holiday peak.',
    task: 'Build a tool for it with a team of two.',
    action: 'I cut the scope to the three price rules that mattered and shipped behind a switch.',
    result: 'All listings were updated a week before the peak.',
  },
  {
    id: 'seed-story-tagging',
    title: 'Replaced the manual tagging pipeline',
    principles: ['invent-and-simplify'],
    situation: 'Four people spent two days a week tagging support tickets by hand.',
    task: 'Find a way to free their time without losing accuracy.',
    action: 'I wrote rules for the twenty most common tags and routed the rest to a short review queue.',
    result: 'Manual tagging fell to three hours a week.',
  },
];

export function seedStories(now: number): Story[] {
  return SEED_STORIES.map((s) => ({ ...s, createdAt: now, updatedAt: now }));
}

function interview(now: number, fields: Partial<Interview> & Pick<Interview, 'id' | 'jobId' | 'kind' | 'start' | 'timeZone' | 'durationMinutes' | 'mode'>): Interview {
  return Interview.parse({
    place: '',
    interviewers: [],
    sessions: [],
    debrief: null,
    thankYouWanted: false,
    scheduledAt: now,
    handled: {},
    nextReminderAt: null,
    createdAt: now,
    updatedAt: now,
    ...fields,
  });
}

/** Job IDs in seed-store's order: 2984398 is at the loop stage, 3023692 and 2974686 at the phone screen. */
export const SEEDED = { loopJob: '2984398', phoneJob: '3023692', secondJob: '2974686', loopId: 'seed-loop', phoneId: 'seed-phone' } as const;

export function seedInterviews(now: number): Interview[] {
  const berlin = 'Europe/Berlin';
  const loopStart = at(now, 6, '09:30', berlin);
  const hour = 3_600_000;
  return [
    interview(now, {
      id: 'seed-loop-phone',
      jobId: SEEDED.loopJob,
      kind: 'phone-screen',
      start: at(now, -12, '16:00', berlin),
      timeZone: berlin,
      durationMinutes: 60,
      mode: 'phone',
      place: 'Priya calls my mobile',
      interviewers: [{ name: 'Priya Natarajan', role: 'hiring manager' }],
      debrief: {
        questions: ['Tell me about a time you went beyond what a customer asked for.', 'A goal you missed, and what you did next.'],
        storiesUsed: [{ storyId: 'seed-story-latency', interviewer: 'Priya Natarajan' }],
        feeling: 'good',
        notes: 'She asked for numbers twice: lead with the result next time.',
        at: at(now, -12, '17:10', berlin),
      },
    }),
    interview(now, {
      id: SEEDED.loopId,
      jobId: SEEDED.loopJob,
      kind: 'loop',
      start: loopStart,
      timeZone: berlin,
      durationMinutes: 300,
      mode: 'video',
      place: 'Links arrive by email the day before; coordinator: Sam (recruiting)',
      sessions: [
        { id: 'seed-s1', start: loopStart, durationMinutes: 55, interviewer: { name: 'Priya Natarajan', role: 'hiring manager' }, principles: [] },
        { id: 'seed-s2', start: loopStart + hour, durationMinutes: 55, interviewer: { name: 'Jonas Weber', role: 'senior PM-T' }, principles: [] },
        { id: 'seed-s3', start: loopStart + 2 * hour, durationMinutes: 55, interviewer: { name: 'Ana Souza', role: 'bar raiser' }, principles: [] },
        { id: 'seed-s4', start: loopStart + 3.5 * hour, durationMinutes: 55, interviewer: { name: 'Lee Chen', role: 'engineering manager' }, principles: [] },
      ],
    }),
    interview(now, {
      id: SEEDED.phoneId,
      jobId: SEEDED.phoneJob,
      kind: 'phone-screen',
      start: at(now, 1, '10:00', 'America/Los_Angeles'),
      timeZone: 'America/Los_Angeles',
      durationMinutes: 45,
      mode: 'video',
      place: 'Video link in the recruiter’s email of Monday',
      interviewers: [{ name: 'Maya Ortiz', role: 'recruiter' }],
    }),
    interview(now, {
      id: 'seed-second',
      jobId: SEEDED.secondJob,
      kind: 'second-phone-screen',
      start: at(now, 3, '14:00', 'Europe/London'),
      timeZone: 'Europe/London',
      durationMinutes: 60,
      mode: 'phone',
    }),
  ];
}
