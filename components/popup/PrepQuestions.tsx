import { useState } from 'preact/hooks';
import type { PrepQuestions as Questions } from '../../messaging/protocol';
import type { AsyncState } from '../ui/use-async';
import { errorMessage } from '../../core/error-message';

/**
 * Below the principles: the best questions to ask the interviewer and, per top principle, the question
 * most likely to come. Each is a link to its place in the full plan (`href` for keyboard and
 * middle-click; a plain click goes through `open`, which saves the job first when needed).
 */
export function PrepQuestions({
  questions,
  href,
  open,
}: {
  questions: AsyncState<Questions>;
  /** The plan page URL for an anchor, or null when the posting has no job id (no plan to open). */
  href: (anchor: string) => string | null;
  open: (anchor: string) => Promise<void>;
}) {
  const [problem, setProblem] = useState<string | null>(null);
  const link = (anchor: string, text: string) => {
    const to = href(anchor);
    if (!to) return <span>{text}</span>;
    return (
      <a
        href={to}
        data-anchor={anchor}
        onClick={(e) => {
          if (e.button !== 0 || e.ctrlKey || e.metaKey || e.shiftKey) return;
          e.preventDefault();
          setProblem(null);
          open(anchor).catch((err: unknown) => setProblem(`Could not open the plan: ${errorMessage(err)}`));
        }}
      >
        {text}
      </a>
    );
  };
  return (
    <section class="prep-questions" aria-labelledby="ask-heading" aria-busy={questions.status === 'loading' ? 'true' : 'false'}>
      <h3 id="ask-heading">Questions to ask the interviewer</h3>
      {questions.status === 'loading' && <p class="hint">Choosing questions…</p>}
      {questions.status === 'failed' && (
        <p class="problem" role="alert">
          Could not choose questions: {questions.message}
        </p>
      )}
      {problem !== null && (
        <p class="problem" role="alert">
          {problem}
        </p>
      )}
      {questions.status === 'ready' && (
        <>
          <ol class="items ask-list">
            {questions.value.toAsk.map((q) => (
              <li key={q.anchor}>{link(q.anchor, q.text)}</li>
            ))}
          </ol>
          <h3 id="likely-heading">Most likely question per principle</h3>
          <ul class="items likely-list" aria-labelledby="likely-heading">
            {questions.value.likely.map((q) => (
              <li key={q.anchor} data-principle={q.principle}>
                <span class="likely-principle">{q.name}:</span> {link(q.anchor, q.text)}
              </li>
            ))}
          </ul>
        </>
      )}
    </section>
  );
}
