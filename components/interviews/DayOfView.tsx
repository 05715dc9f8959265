import { useEffect, useRef, useState } from 'preact/hooks';
import { INTERVIEW_KIND_LABELS, INTERVIEW_MODE_LABELS, interviewEnd, type DebriefDraft, type Interview, type InterviewMode } from '../../core/interview';
import type { DayOfMode } from '../../core/interview-links';
import type { UsedStory } from '../../core/interview-stories';
import type { LoopPlan } from '../../core/loop-planner';
import type { Story } from '../../core/story';
import { DebriefForm } from './DebriefForm';
import { LoopSessions } from './LoopSessions';
import { PrincipleStories, type PrincipleToPrepare } from './PrincipleStories';
import { tellingsByStory } from './StoryTellings';
import { whenLines } from './when';

export interface ChecklistLine {
  id: string;
  text: string;
  done: boolean;
}

export interface DayOfLinks {
  plan: string;
  checklist: string;
  storyBank: string;
  tracker: string;
}

// The practical part, in our words, by how the interview happens.
const LOGISTICS: Record<InterviewMode, string[]> = {
  video: [
    'Open the link ten minutes early and check camera, microphone and sound.',
    'Silence notifications and close what you will not need.',
    'Keep a phone number at hand in case the call drops.',
  ],
  phone: ['Charge the phone and find a quiet room with good signal.', 'Keep a headset or speaker ready so your hands are free for notes.'],
  'on-site': ['Plan the trip with time to spare and bring photo ID.', 'Know whom to ask for when you arrive.'],
};
const ALWAYS = ['Have your stories, the posting and your questions in front of you.', 'Water within reach.'];

function until(ms: number): string {
  const minutes = Math.round(ms / 60_000);
  if (minutes < 60) return `${minutes} min`;
  const hours = Math.floor(minutes / 60);
  if (hours < 48) return `${hours} h ${minutes % 60} min`;
  return `${Math.round(hours / 24)} days`;
}

/**
 * One interview on its day: when and where (in its zone and the candidate's), the top principles with
 * the candidate's own stories, the questions to ask, the logistics and the checklist; for a loop the
 * session-by-session plan; after the end time (or when opened for it) the debrief.
 */
export function DayOfView({
  interview,
  title,
  principles,
  questionsToAsk,
  checklist,
  stories,
  used,
  loopPlan,
  principleNames,
  now,
  userZone,
  mode,
  links,
  onSaveDebrief,
}: {
  interview: Interview;
  /** The application's role title. */
  title: string;
  principles: PrincipleToPrepare[];
  questionsToAsk: { id: string; text: string }[];
  checklist: ChecklistLine[];
  stories: Story[];
  /** core/interview-stories.ts storiesUsedBefore(interview, the application's interviews). */
  used: UsedStory[];
  loopPlan: LoopPlan | null;
  principleNames: Map<string, string>;
  now: number;
  userZone: string;
  mode: DayOfMode;
  links: DayOfLinks;
  onSaveDebrief: (draft: DebriefDraft, thankYouWanted: boolean) => Promise<unknown>;
}) {
  const iv = interview;
  const end = interviewEnd(iv);
  const over = now >= end;
  const [debriefOpen, setDebriefOpen] = useState(mode === 'debrief' || over);
  useEffect(() => {
    if (over) setDebriefOpen(true);
  }, [over]);
  const debriefHeading = useRef<HTMLDivElement>(null);
  // Opened from the "write your debrief" reminder: start there.
  useEffect(() => {
    if (mode === 'debrief') debriefHeading.current?.querySelector<HTMLElement>('#debrief-title')?.focus();
  }, [mode]);

  const when = whenLines(iv.start, iv.durationMinutes, iv.timeZone, userZone);
  const kind = INTERVIEW_KIND_LABELS[iv.kind];
  const beforeTellings = tellingsByStory(used);
  const doneCount = checklist.filter((c) => c.done).length;

  return (
    <article class="day-of stack" aria-labelledby="day-of-title" data-interview-id={iv.id}>
      <header class="day-of-head">
        <h1 id="day-of-title">
          {kind}: <bdi>{title}</bdi>
        </h1>
        <p class="day-of-when">
          <strong>{when.here ?? when.there}</strong>
          {when.here && (
            <>
              <br />
              <span class="hint">Arranged as {when.there}</span>
            </>
          )}
        </p>
        <p role="status" class={over ? 'hint' : 'notice'}>
          {over ? 'This interview is over.' : now >= iv.start ? 'Happening now.' : `Starts in ${until(iv.start - now)}.`}
        </p>
        <p class="row no-print">
          <a href={links.plan}>Prep plan</a>
          <a href={links.tracker}>In the tracker</a>
        </p>
      </header>

      {mode === 'debrief' && (
        <div ref={debriefHeading} class="panel">
          <DebriefForm interview={iv} stories={stories} tellings={tellingsByStory(used, iv.id)} onSave={onSaveDebrief} />
        </div>
      )}

      <div class="day-of-grid">
        <section aria-labelledby="logistics-title" class="panel">
          <h2 id="logistics-title">Logistics</h2>
          <dl class="facts">
            <dt>How</dt>
            <dd>{INTERVIEW_MODE_LABELS[iv.mode]}</dd>
            {iv.place && (
              <>
                <dt>{iv.mode === 'on-site' ? 'Where' : 'Details'}</dt>
                <dd class="pre-line place">
                  <bdi>{iv.place}</bdi>
                </dd>
              </>
            )}
            <dt>Length</dt>
            <dd>{iv.durationMinutes} minutes</dd>
            {iv.interviewers.length > 0 && (
              <>
                <dt>With</dt>
                <dd>
                  <ul class="plain">
                    {iv.interviewers.map((p, i) => (
                      <li key={i}>
                        <bdi>{p.name}</bdi>
                        {p.role && (
                          <span class="hint">
                            {' '}
                            (<bdi>{p.role}</bdi>)
                          </span>
                        )}
                      </li>
                    ))}
                  </ul>
                </dd>
              </>
            )}
          </dl>
          <ul>
            {[...LOGISTICS[iv.mode], ...ALWAYS].map((line) => (
              <li key={line}>{line}</li>
            ))}
          </ul>
        </section>

        <section aria-labelledby="ask-title" class="panel">
          <h2 id="ask-title">Questions to ask</h2>
          <ul>
            {questionsToAsk.map((q) => (
              <li key={q.id}>{q.text}</li>
            ))}
          </ul>
        </section>
      </div>

      {iv.kind === 'loop' && loopPlan && iv.sessions.length > 0 && (
        <section aria-labelledby="loop-title">
          <h2 id="loop-title">Session by session</h2>
          <LoopSessions sessions={iv.sessions} plan={loopPlan} names={principleNames} timeZone={iv.timeZone} userZone={userZone} />
        </section>
      )}

      <section aria-labelledby="principles-title">
        <h2 id="principles-title">Top principles and your stories</h2>
        <PrincipleStories principles={principles} stories={stories} tellings={beforeTellings} storyBankHref={links.storyBank} />
      </section>

      <section aria-labelledby="checklist-title">
        <h2 id="checklist-title">Checklist</h2>
        {checklist.length === 0 ? (
          <p class="hint">The posting lists no qualifications to check.</p>
        ) : (
          <>
            <p class="hint">
              {doneCount} of {checklist.length} ticked in your <a href={links.checklist}>prep plan</a>.
            </p>
            <ul class="checklist">
              {checklist.map((c) => (
                <li key={c.id} data-done={c.done ? 'yes' : 'no'}>
                  <span aria-hidden="true">{c.done ? '☑' : '☐'}</span> <span class="visually-hidden">{c.done ? 'Ready: ' : 'Not ticked: '}</span>
                  {c.text}
                </li>
              ))}
            </ul>
          </>
        )}
      </section>

      {mode !== 'debrief' && (
        <section class="panel" aria-label="Debrief">
          {debriefOpen ? (
            <DebriefForm interview={iv} stories={stories} tellings={tellingsByStory(used, iv.id)} onSave={onSaveDebrief} />
          ) : (
            <>
              <h2>Debrief</h2>
              <p class="hint">After the interview ends, this page asks what came up. </p>
              <button type="button" onClick={() => setDebriefOpen(true)}>
                Write the debrief now
              </button>
            </>
          )}
        </section>
      )}
    </article>
  );
}
