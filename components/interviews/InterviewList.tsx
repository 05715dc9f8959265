import { useState } from 'preact/hooks';
import { INTERVIEW_KIND_LABELS, INTERVIEW_MODE_LABELS, interviewEnd, type Interview, type InterviewDraft } from '../../core/interview';
import { ErrorText } from '../ui/ErrorText';
import { useAction } from '../ui/use-action';
import { InterviewEditor } from './InterviewEditor';
import { emptyForm, formFromInterview } from './interview-form';
import { dayOfPath } from '../../core/interview-links';
import { whenLines } from './when';

export interface InterviewListActions {
  save(draft: InterviewDraft): Promise<unknown>;
  remove(id: string): Promise<unknown>;
}

/**
 * An application's interviews in the tracker: each one's time (in its zone and the user's), how and
 * where, who; links to its day-of view and debrief; add, edit and delete.
 */
export function InterviewList({
  jobId,
  interviews,
  now,
  userZone,
  actions,
}: {
  jobId: string;
  interviews: Interview[];
  now: number;
  userZone: string;
  actions: InterviewListActions;
}) {
  // null: no editor open; 'new': adding; an id: editing that one.
  const [editing, setEditing] = useState<string | null>(null);
  const [confirming, setConfirming] = useState<string | null>(null);
  const { busy, error, run } = useAction();
  const sorted = [...interviews].sort((a, b) => a.start - b.start);
  const close = () => setEditing(null);
  const save = async (draft: InterviewDraft) => {
    await actions.save(draft);
    close();
  };

  return (
    <div class="stack interviews" data-testid="interviews">
      {sorted.length === 0 && editing !== 'new' && <p class="hint">No interview scheduled. Add one when the recruiter sends a date.</p>}
      {sorted.length > 0 && (
        <ul class="interview-list">
          {sorted.map((iv) => {
            const when = whenLines(iv.start, iv.durationMinutes, iv.timeZone, userZone);
            const over = interviewEnd(iv) <= now;
            return (
              <li key={iv.id} class="interview-item" data-interview-id={iv.id}>
                {editing === iv.id ? (
                  <InterviewEditor
                    initial={formFromInterview(iv)}
                    ids={{ id: iv.id, jobId }}
                    idPrefix={`iv-${iv.id}`}
                    onSave={save}
                    onCancel={close}
                  />
                ) : (
                  <>
                    <h4>
                      {INTERVIEW_KIND_LABELS[iv.kind]}
                      {over && <span class="pill">{iv.debrief ? 'debriefed' : 'over'}</span>}
                    </h4>
                    <p>
                      {when.there}
                      {when.here && (
                        <>
                          <br />
                          <span class="hint">{when.here}</span>
                        </>
                      )}
                    </p>
                    <p>
                      {INTERVIEW_MODE_LABELS[iv.mode]}
                      {iv.place && (
                        <>
                          : <bdi class="place">{iv.place}</bdi>
                        </>
                      )}
                    </p>
                    {iv.interviewers.length > 0 && (
                      <p class="hint">
                        With{' '}
                        {iv.interviewers.map((p, i) => (
                          <span key={i}>
                            {i > 0 && ', '}
                            <bdi>{p.name}</bdi>
                            {p.role && (
                              <>
                                {' '}
                                (<bdi>{p.role}</bdi>)
                              </>
                            )}
                          </span>
                        ))}
                      </p>
                    )}
                    {iv.kind === 'loop' && <p class="hint">{iv.sessions.length === 1 ? '1 session' : `${iv.sessions.length} sessions`}</p>}
                    <div class="row">
                      <a href={dayOfPath(iv.id)}>{over ? 'Open' : 'Day-of view'}</a>
                      {over && <a href={dayOfPath(iv.id, 'debrief')}>{iv.debrief ? 'Edit debrief' : 'Write debrief'}</a>}
                      <button type="button" onClick={() => setEditing(iv.id)} aria-label={`Edit ${INTERVIEW_KIND_LABELS[iv.kind]} on ${when.there}`}>
                        Edit
                      </button>
                      {confirming === iv.id ? (
                        <>
                          <button type="button" class="danger" disabled={busy} onClick={() => run(() => actions.remove(iv.id)).then(() => setConfirming(null))}>
                            Confirm delete
                          </button>
                          <button type="button" onClick={() => setConfirming(null)}>
                            Keep it
                          </button>
                        </>
                      ) : (
                        <button type="button" class="danger" onClick={() => setConfirming(iv.id)} aria-label={`Delete ${INTERVIEW_KIND_LABELS[iv.kind]} on ${when.there}`}>
                          Delete
                        </button>
                      )}
                    </div>
                  </>
                )}
              </li>
            );
          })}
        </ul>
      )}
      <ErrorText error={error} />
      {editing === 'new' ? (
        <InterviewEditor initial={emptyForm('phone-screen', userZone)} ids={{ jobId }} idPrefix="iv-new" onSave={save} onCancel={close} />
      ) : (
        <div>
          <button type="button" onClick={() => setEditing('new')}>
            Add interview
          </button>
        </div>
      )}
    </div>
  );
}
