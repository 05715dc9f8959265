import type { Posting } from '../../core/posting';
import { likelyAnchor, type PlanPrinciple } from '../../core/prep-plan';
import { EvidenceQuote } from '../ui/EvidenceQuote';
import { STAR_PARTS, type StarPart } from './plan-state';

const PART_LABELS: Record<StarPart, string> = { situation: 'Situation', task: 'Task', action: 'Action', result: 'Result' };

/** One top principle: why the posting calls for it (quoted), questions to practise, the STAR slots. */
export function PrincipleCard({
  rank,
  principle,
  posting,
  onStar,
  onBlur,
}: {
  rank: number;
  principle: PlanPrinciple;
  posting: Posting;
  onStar: (part: StarPart, text: string) => void;
  onBlur: () => void;
}) {
  const id = `principle-${principle.id}`;
  return (
    <section class="principle panel" aria-labelledby={id} data-principle={principle.id}>
      <h3 id={id}>
        {rank}. {principle.name}
      </h3>
      <p>{principle.summary}</p>
      {principle.evidence.length > 0 ? (
        <>
          <h4>From the posting</h4>
          <ul class="evidence">
            {principle.evidence.map((ev, i) => (
              <li key={i}>
                <EvidenceQuote posting={posting} evidence={ev} />
              </li>
            ))}
          </ul>
        </>
      ) : (
        <p class="hint">{principle.unmatched ?? 'It ranks here because loops for this kind of role usually probe it.'}</p>
      )}
      <h4>Most likely question</h4>
      <p class="likely-question" id={likelyAnchor(principle.id)}>
        {principle.likelyQuestion}
      </p>
      {principle.practiceQuestions.length > 1 && (
        <>
          <h4>Other ways it is asked</h4>
          <ul>
            {principle.practiceQuestions
              .filter((q) => q !== principle.likelyQuestion)
              .map((q, i) => (
                <li key={i}>{q}</li>
              ))}
          </ul>
        </>
      )}
      <h4>Your STAR story</h4>
      <div class="star-grid">
        {STAR_PARTS.map((part) => (
          <label key={part}>
            <span>{PART_LABELS[part]}</span>
            <textarea
              value={principle.star[part]}
              placeholder={principle.starHints[part]}
              onInput={(e) => onStar(part, e.currentTarget.value)}
              onBlur={onBlur}
              aria-label={`${principle.name}: ${PART_LABELS[part]}`}
            />
            {/* Printed instead of the textarea, which would clip long text on paper. */}
            <span class="print-only pre-line">{principle.star[part] || '—'}</span>
          </label>
        ))}
      </div>
    </section>
  );
}
