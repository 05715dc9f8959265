import type { LoopSession } from '../../core/interview';
import type { LoopPlan } from '../../core/loop-planner';
import { formatTime } from './when';

/**
 * A loop, session by session: when, with whom, and the two or three principles that session is
 * likely to probe (from the loop planner); principles with fewer than two stories are flagged.
 */
export function LoopSessions({
  sessions,
  plan,
  names,
  timeZone,
  userZone,
}: {
  sessions: LoopSession[];
  plan: LoopPlan;
  /** Principle id → name. */
  names: Map<string, string>;
  timeZone: string;
  userZone: string;
}) {
  const thin = new Map(plan.thin.map((t) => [t.id, t.stories]));
  const byId = new Map(plan.sessions.map((p) => [p.sessionId, p]));
  return (
    <div class="stack">
      {plan.thin.length > 0 && (
        <p class="notice" data-testid="thin-principles">
          Fewer than two stories for {plan.thin.map((t) => `${t.name} (${t.stories})`).join(', ')}. A loop can ask for the same principle in two
          sessions: write a second story before the day.
        </p>
      )}
      <ol class="loop-sessions">
        {sessions.map((s, i) => {
          const p = byId.get(s.id);
          const there = formatTime(s.start, timeZone);
          const here = formatTime(s.start, userZone);
          return (
            <li key={s.id} class="panel" data-session-id={s.id}>
              <h3>
                Session {i + 1}: {there}
                {here !== there && <span class="hint"> ({here} your time)</span>}, {s.durationMinutes} min
              </h3>
              {s.interviewer.name && (
                <p>
                  With <bdi>{s.interviewer.name}</bdi>
                  {s.interviewer.role && (
                    <>
                      , <bdi>{s.interviewer.role}</bdi>
                    </>
                  )}
                </p>
              )}
              {p && p.principles.length > 0 && (
                <p>
                  {p.fromUser ? 'Principles you noted: ' : 'Likely principles: '}
                  {p.principles.map((id, k) => (
                    <span key={id}>
                      {k > 0 && ', '}
                      {names.get(id) ?? id}
                      {thin.has(id) && (
                        <span class="pill warn" data-thin={id}>
                          {thin.get(id) === 0 ? 'no story' : 'one story'}
                        </span>
                      )}
                    </span>
                  ))}
                </p>
              )}
            </li>
          );
        })}
      </ol>
    </div>
  );
}
