import { useEffect, useMemo, useState } from 'preact/hooks';
import { PostingLink } from '../ui/PostingLink';
import type { Posting } from '../../core/posting';
import type { PlanState } from '../../core/application';
import type { PracticeSession } from '../../core/practice';
import { ASK_LEAD, planToMarkdown, topicGroups, type PrepPlan } from '../../core/prep-plan';
import type { Story } from '../../core/story';
import { PracticeMode } from '../stories/PracticeMode';
import { PrincipleCoverage } from '../stories/PrincipleCoverage';
import { ErrorText } from '../ui/ErrorText';
import { useAction } from '../ui/use-action';
import { InterviewProcess } from './InterviewProcess';
import { PrincipleCard } from './PrincipleCard';
import { QualificationsChecklist } from './QualificationsChecklist';
import { StoryMap } from './StoryMap';
import { noteKey, setChecked, setNote, starKey, withPlanState } from './plan-state';
import { useDebouncedSave } from './use-debounced-save';
import { errorMessage } from '../../core/error-message';

export interface PlanActions {
  savePlanState(state: PlanState): Promise<unknown>;
  recordPractice(session: Omit<PracticeSession, 'id'>): Promise<unknown>;
  copyText(text: string): Promise<void>;
  print(): void;
}

function Bullets({ items }: { items: string[] }) {
  return (
    <ul>
      {items.map((s, i) => (
        <li key={i}>{s}</li>
      ))}
    </ul>
  );
}

/** The prep plan for one role, with the candidate's stories, ticks and notes saved as they type. */
export function PlanView({
  plan,
  posting,
  initialState,
  stories,
  practice,
  actions,
  pick,
  focusId,
}: {
  plan: PrepPlan;
  posting: Posting;
  initialState: PlanState;
  stories: Story[];
  practice: PracticeSession[];
  actions: PlanActions;
  pick?: (n: number) => number;
  /** An anchor to bring into view once the plan is shown (the popup links to "#ask-2", "#likely-ownership"). */
  focusId?: string | null;
}) {
  const [state, setState] = useState<PlanState>(initialState);
  const [saveError, setSaveError] = useState<string | null>(null);
  const [saved, setSaved] = useState<'idle' | 'saving' | 'saved'>('idle');
  const [copied, setCopied] = useState<string | null>(null);
  const copy = useAction();
  const flush = useDebouncedSave(state, (s) => {
    setSaved('saving');
    actions.savePlanState(s).then(
      () => {
        setSaved('saved');
        setSaveError(null);
      },
      (err: unknown) => {
        setSaved('idle');
        setSaveError(`Your changes could not be saved: ${errorMessage(err)}`);
      },
    );
  });
  const filled = useMemo(() => withPlanState(plan, state), [plan, state]);
  const prompts = useMemo(
    () => plan.principles.flatMap((p) => p.practiceQuestions.map((text) => ({ principle: p.id, principleName: p.name, text }))),
    [plan],
  );
  const rs = filled.roleSummary;
  // The plan renders after an async load, so the browser's own jump to the URL's #anchor has already
  // missed it; scroll once the element exists.
  useEffect(() => {
    if (!focusId) return;
    const el = document.getElementById(focusId);
    if (!el) return;
    el.scrollIntoView({ block: 'center' });
    el.classList.add('focused');
  }, [focusId]);

  return (
    <article class="plan stack" aria-labelledby="plan-title">
      <div class="row plan-actions no-print">
        <button
          type="button"
          onClick={() =>
            copy.run(async () => {
              await actions.copyText(planToMarkdown(filled));
              setCopied('Copied the plan as Markdown.');
            })
          }
        >
          Copy as Markdown
        </button>
        <button type="button" onClick={actions.print}>
          Print
        </button>
        <span role="status" class="hint">
          {copied ?? (saved === 'saving' ? 'Saving…' : saved === 'saved' ? 'All changes saved.' : '')}
        </span>
      </div>
      <ErrorText error={copy.error ?? saveError} />
      <h1 id="plan-title">Prep plan: <bdi>{rs.title}</bdi></h1>
      {filled.notes.length > 0 && (
        <div class="notice">
          {filled.notes.map((n, i) => (
            <p key={i}>{n}</p>
          ))}
        </div>
      )}
      <section aria-labelledby="role-title">
        <h2 id="role-title">The role</h2>
        <p>{rs.text}</p>
        <dl class="facts">
          <dt>Role family</dt>
          <dd>
            {rs.family} <span class="hint">({rs.familyReason})</span>
          </dd>
          {rs.level && (
            <>
              <dt>Level</dt>
              <dd>
                {rs.level.label} <span class="hint">({rs.level.reason})</span>
              </dd>
            </>
          )}
          {rs.team && (
            <>
              <dt>Team</dt>
              <dd><bdi>{rs.team}</bdi></dd>
            </>
          )}
          {rs.location && (
            <>
              <dt>Location</dt>
              <dd><bdi>{rs.location}</bdi></dd>
            </>
          )}
          {rs.postedDate && (
            <>
              <dt>Posted</dt>
              <dd>{rs.postedDate}</dd>
            </>
          )}
          <dt>Posting</dt>
          <dd>
            <PostingLink url={filled.url} />
          </dd>
        </dl>
      </section>
      <InterviewProcess plan={filled} />
      <section aria-labelledby="principles-title">
        <h2 id="principles-title">Leadership Principles to prepare</h2>
        <h3>Your story bank</h3>
        <PrincipleCoverage top={filled.principles} stories={stories} />
        {filled.principles.map((p, i) => (
          <PrincipleCard
            key={p.id}
            rank={i + 1}
            principle={p}
            posting={posting}
            onStar={(part, text) => setState((s) => setNote(s, starKey(p.id, part), text))}
            onBlur={flush}
          />
        ))}
      </section>
      <StoryMap map={filled.storyMap} />
      <section class="no-print">
        <PracticeMode prompts={prompts} jobId={plan.jobId} recent={practice} onRecord={actions.recordPractice} pick={pick} />
      </section>
      <section aria-labelledby="quals-title" class="page-break">
        <h2 id="quals-title">Qualifications checklist</h2>
        {(
          [
            ['Basic qualifications', filled.checklist.basic],
            ['Preferred qualifications', filled.checklist.preferred],
            ['Conditions of the job', filled.checklist.conditions ?? []],
          ] as const
        )
          // Conditions appear only when the posting states some; the two qualification lists always do.
          .filter(([title, items]) => title !== 'Conditions of the job' || items.length > 0)
          .map(([title, items]) => (
            <QualificationsChecklist
              key={title}
              title={title}
              items={items}
              onCheck={(id, on) => setState((s) => setChecked(s, id, on))}
              onNote={(id, text) => setState((s) => setNote(s, noteKey(id), text))}
              onBlur={flush}
            />
          ))}
      </section>
      {filled.technicalTopics.length > 0 && (
        <section aria-labelledby="tech-title">
          <h2 id="tech-title">Topics to revise</h2>
          {topicGroups(filled.technicalTopics).map(([lead, topics]) => (
            <div key={lead} class="topic-group">
              <p class="hint">{lead}</p>
              <ul>
                {topics.map((t, i) => (
                  <li key={i}>
                    {t.topic}
                    {t.source === 'posting' && <span class="hint"> (the posting says “{t.quote ?? ''}”)</span>}
                  </li>
                ))}
              </ul>
            </div>
          ))}
        </section>
      )}
      <section aria-labelledby="timeline-title">
        <h2 id="timeline-title">Timeline</h2>
        <Bullets items={filled.timeline} />
      </section>
      <section aria-labelledby="ask-title">
        <h2 id="ask-title">Questions to ask</h2>
        <p class="hint">{ASK_LEAD}</p>
        <ol class="ask-list">
          {filled.questionsToAsk.map((q) => (
            <li key={q.id} id={q.id}>
              {q.text}
            </li>
          ))}
        </ol>
      </section>
    </article>
  );
}
