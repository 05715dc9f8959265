import { useState } from 'preact/hooks';
import { PRACTICE_SECONDS, type PracticeSession } from '../../core/practice';
import { ErrorText } from '../ui/ErrorText';
import { shortDate } from '../ui/format-date';
import { useAction } from '../ui/use-action';
import { PracticeTimer } from './PracticeTimer';
import { useCountdown } from './use-countdown';

export interface PracticePrompt {
  principle: string;
  principleName: string;
  text: string;
}

/**
 * Practice aloud: a question from the role's principles, a two-minute timer, then a 1–5 self-rating
 * kept in this browser. `pick` chooses the next question (random by default; tests pass their own).
 */
export function PracticeMode({
  prompts,
  jobId,
  recent,
  onRecord,
  pick = (n) => Math.floor(Math.random() * n),
  now = Date.now,
}: {
  prompts: PracticePrompt[];
  jobId: string | null;
  recent: PracticeSession[];
  onRecord: (session: Omit<PracticeSession, 'id'>) => Promise<unknown>;
  pick?: (count: number) => number;
  now?: () => number;
}) {
  const totalMs = PRACTICE_SECONDS * 1000;
  const [index, setIndex] = useState(() => (prompts.length ? pick(prompts.length) : 0));
  const [rating, setRating] = useState<number | null>(null);
  const [saved, setSaved] = useState<string | null>(null);
  const countdown = useCountdown(totalMs, now);
  const { busy, error, run } = useAction();
  const prompt = prompts[index];
  if (!prompt) return <p class="hint">No practice questions for this role.</p>;

  const next = () => {
    // A different question when there is more than one.
    let i = pick(prompts.length);
    if (prompts.length > 1 && i === index) i = (i + 1) % prompts.length;
    setIndex(i);
    setRating(null);
    setSaved(null);
    countdown.reset();
  };

  return (
    <section class="practice panel stack" aria-labelledby="practice-title">
      <h3 id="practice-title">Practice mode</h3>
      <p class="hint">Answer out loud as if in the interview. About two minutes per story is a good length.</p>
      <p class="question" data-principle={prompt.principle}>
        <span class="pill">{prompt.principleName}</span> {prompt.text}
      </p>
      <PracticeTimer countdown={countdown} totalMs={totalMs} />
      <fieldset class="row rating">
        <legend>How did it go? (1 = fell apart, 5 = crisp and complete)</legend>
        {[1, 2, 3, 4, 5].map((n) => (
          <label key={n}>
            <input type="radio" name="rating" value={n} checked={rating === n} onChange={() => setRating(n)} /> {n}
          </label>
        ))}
      </fieldset>
      <div class="row">
        <button
          type="button"
          class="primary"
          disabled={rating === null || busy}
          onClick={() =>
            run(async () => {
              await onRecord({
                jobId,
                principle: prompt.principle,
                question: prompt.text,
                rating: rating!,
                elapsedMs: Math.round(totalMs - countdown.remainingMs),
                at: now(),
              });
              setSaved(`Saved: ${rating}/5.`);
            })
          }
        >
          Save rating
        </button>
        <button type="button" onClick={next}>
          Next question
        </button>
        <span role="status">{saved}</span>
      </div>
      <ErrorText error={error} />
      {recent.length > 0 && (
        <details>
          <summary>Recent practice ({recent.length})</summary>
          <ul>
            {recent.map((s) => (
              <li key={s.id}>
                {shortDate(s.at)}: {s.rating}/5 — {s.question}
              </li>
            ))}
          </ul>
        </details>
      )}
    </section>
  );
}
