// The tracker's agenda: the coming two weeks of interviews and follow-ups, read through their
// indexes (db/interviews.ts agenda) and named by their applications' titles.
import { useMemo } from 'preact/hooks';
import { Agenda, agendaWindow, type AgendaItem } from '../../components/interviews/Agenda';
import { liveQuery } from 'dexie';
import { useAsync } from '../../components/ui/use-async';
import { titleOf } from '../../core/application-title';
import { localTimeZone } from '../../core/zoned-time';
import type { LoopReadyDb } from '../../db/db';
import { AGENDA_DAYS, agenda } from '../../db/interviews';

async function agendaItems(db: LoopReadyDb, from: number): Promise<AgendaItem[]> {
  const { interviews, followUps } = await agenda(db, from, AGENDA_DAYS + 1);
  const missing = [...new Set(interviews.map((i) => i.jobId))].filter((id) => !followUps.some((a) => a.jobId === id));
  const apps = new Map([...followUps, ...(await db.applications.bulkGet(missing)).filter((a) => a !== undefined)].map((a) => [a.jobId, a]));
  return [
    ...interviews.map((iv): AgendaItem => {
      const app = apps.get(iv.jobId);
      return { type: 'interview', at: iv.start, title: app ? titleOf(app) : `Job ${iv.jobId}`, interview: iv };
    }),
    ...followUps.map((a): AgendaItem => ({ type: 'follow-up', at: a.nextFollowUpAt!, title: titleOf(a), jobId: a.jobId })),
  ];
}

export function AgendaSection({ db, now, onOpen }: { db: LoopReadyDb; now: number; onOpen: (jobId: string) => void }) {
  // Re-query when the day changes, not every minute.
  const from = agendaWindow(now).from;
  const items = useAsync(() => liveQuery(() => agendaItems(db, from)), [db, from]);
  const zone = useMemo(() => localTimeZone(), []);
  if (items.status !== 'ready') return null;
  return <Agenda items={items.value} now={now} userZone={zone} onOpen={onOpen} />;
}
