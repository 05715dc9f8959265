import type { PrepPlan } from '../../core/prep-plan';

/** The phone screen, the loop and the family's own rounds. */
export function InterviewProcess({ plan }: { plan: PrepPlan }) {
  return (
    <section aria-labelledby="process-title" id="process">
      <h2 id="process-title">How the interviews work</h2>
      <h3>Phone screen</h3>
      <ul>
        {plan.phoneScreen.map((s, i) => (
          <li key={i}>{s}</li>
        ))}
      </ul>
      <h3>The loop</h3>
      <ul>
        {plan.loop.overview.map((s, i) => (
          <li key={i}>{s}</li>
        ))}
      </ul>
      <h3>Rounds for {plan.roleSummary.family} roles</h3>
      <ul>
        {plan.loop.rounds.map((r) => (
          <li key={r.name}>
            <strong>{r.name}:</strong> {r.what}
          </li>
        ))}
      </ul>
    </section>
  );
}
