import type { ComponentChildren } from 'preact';
import type { Application } from '../../core/application';
import { followUpAdvice } from '../../core/follow-up';
import { titleOf } from '../../core/application-title';
import type { Settings } from '../../core/settings';
import { canTransition, isTerminal } from '../../core/status';
import { FIELD_LABELS } from '../field-labels';
import { ErrorText } from '../ui/ErrorText';
import { StageControl } from '../ui/StageControl';
import { StatusPill } from '../ui/StatusPill';
import { shortDate } from '../ui/format-date';
import { useAction } from '../ui/use-action';
import { ContactsEditor } from './ContactsEditor';
import { FollowUpControls } from './FollowUpControls';
import { NotesPanel } from './NotesPanel';
import { PostingSnapshot } from './PostingSnapshot';
import { StatusHistory } from './StatusHistory';
import type { TrackerActions } from './tracker-actions';

/** Everything about one application: posting, stage, follow-up, notes, contacts, prep plan link. */
export function ApplicationDetail({
  app,
  settings,
  now,
  actions,
  onClose,
  interviews,
}: {
  app: Application;
  settings: Settings;
  now: number;
  actions: TrackerActions;
  onClose: () => void;
  /** The application's interviews (the page supplies them: they live in their own table). */
  interviews?: ComponentChildren;
}) {
  const { busy, error, run } = useAction();
  const advice = followUpAdvice(app, now, settings);
  const id = app.jobId;
  return (
    <article class="detail panel" aria-labelledby="detail-title" data-job-id={id}>
      <div class="row" style={{ justifyContent: 'space-between' }}>
        <h2 id="detail-title"><bdi>{titleOf(app)}</bdi></h2>
        <button type="button" onClick={onClose}>
          Close
        </button>
      </div>
      <p class="row">
        <StatusPill status={app.status} />
        {app.closedAt !== null && <span class="pill">Closed on the site since {shortDate(app.closedAt)}</span>}
        <a href={`/plan.html?jobId=${encodeURIComponent(id)}`}>Open prep plan</a>
      </p>
      {app.postingChangedAt !== null && (
        <p class="notice">
          The posting changed on {shortDate(app.postingChangedAt)} ({app.postingChanges.map((f) => FIELD_LABELS[f]).join(', ')}). The
          snapshot below is the latest version.
        </p>
      )}
      <ErrorText error={error} />
      <h3>Stage</h3>
      <StageControl from={app.status} now={now} primary busy={busy} onMove={({ to, at }) => run(() => actions.setStatus(id, { from: app.status, to, at }))} />
      <StatusHistory history={app.history} busy={busy} onUndo={() => run(() => actions.undoStatus(id))} />
      <h3>Follow-up</h3>
      <FollowUpControls
        key={`${id}-${app.nextFollowUpAt}`}
        advice={advice}
        nextFollowUpAt={app.nextFollowUpAt}
        terminal={isTerminal(app.status)}
        snoozeDays={settings.snoozeDays}
        busy={busy}
        onSnooze={() => run(() => actions.snooze(id))}
        onFollowedUp={() => run(() => actions.markFollowedUp(id))}
        onSetDate={(at) => run(() => actions.setFollowUpAt(id, at))}
        onNoResponse={
          canTransition(app.status, 'no-response') ? () => run(() => actions.setStatus(id, { from: app.status, to: 'no-response' })) : null
        }
      />
      {interviews !== undefined && (
        <>
          <h3>Interviews</h3>
          {interviews}
        </>
      )}
      <h3>Notes</h3>
      <NotesPanel notes={app.notes} busy={busy} onAdd={(text) => run(() => actions.addNote(id, text))} />
      <h3>Contacts</h3>
      <ContactsEditor contacts={app.contacts} busy={busy} onSave={(c) => run(() => actions.setContacts(id, c))} />
      <h3>Posting</h3>
      <PostingSnapshot posting={app.posting} />
    </article>
  );
}
