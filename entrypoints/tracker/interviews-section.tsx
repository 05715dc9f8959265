// The tracker's adapter for an application's interviews: reads them live from the store and writes
// through the background's messages, which move the reminder alarms with each change.
import { useMemo } from 'preact/hooks';
import { InterviewList, type InterviewListActions } from '../../components/interviews/InterviewList';
import { liveQuery } from 'dexie';
import { useAsync } from '../../components/ui/use-async';
import { localTimeZone } from '../../core/zoned-time';
import type { LoopReadyDb } from '../../db/db';
import { interviewsForJob } from '../../db/interviews';
import { send } from '../../messaging/bus';

export const interviewListActions: InterviewListActions = {
  save: (draft) => send('saveInterview', { draft }),
  remove: (id) => send('deleteInterview', { id }),
};

export function InterviewsSection({ db, jobId, now }: { db: LoopReadyDb; jobId: string; now: number }) {
  const interviews = useAsync(() => liveQuery(() => interviewsForJob(db, jobId)), [db, jobId]);
  const zone = useMemo(() => localTimeZone(), []);
  if (interviews.status === 'loading') return <p class="hint">Loading…</p>;
  if (interviews.status === 'failed') return <p class="error">Could not read the interviews: {interviews.message}</p>;
  return <InterviewList key={jobId} jobId={jobId} interviews={interviews.value} now={now} userZone={zone} actions={interviewListActions} />;
}
