import { INTERVIEW_KIND_LABELS, type Interview } from '../../core/interview';
import { dayOfPath } from '../../core/interview-links';
import { dayKey, formatDay, formatTime } from './when';

export const AGENDA_DAYS = 14;
/** With thousands of applications a day can hold hundreds of follow-ups: show a few and count the rest. */
export const FOLLOW_UPS_PER_DAY = 5;

export type AgendaItem =
  | { type: 'interview'; at: number; title: string; interview: Interview }
  | { type: 'follow-up'; at: number; title: string; jobId: string };

/** Local midnight of the day `ms` falls on. */
export function startOfDay(ms: number): number {
  const d = new Date(ms);
  return new Date(d.getFullYear(), d.getMonth(), d.getDate()).getTime();
}

/** The agenda's window: today's local midnight to the end of the 14th day. */
export function agendaWindow(now: number, days = AGENDA_DAYS): { from: number; to: number } {
  const from = startOfDay(now);
  const end = new Date(from);
  end.setDate(end.getDate() + days);
  return { from, to: end.getTime() };
}

/** Items in the window, grouped by local day, in time order (interviews before follow-ups at the same time). */
export function groupByDay(items: AgendaItem[], now: number, days = AGENDA_DAYS): { day: string; at: number; items: AgendaItem[] }[] {
  const { from, to } = agendaWindow(now, days);
  const inWindow = items
    .filter((i) => i.at >= from && i.at < to)
    .sort((a, b) => a.at - b.at || (a.type === b.type ? 0 : a.type === 'interview' ? -1 : 1));
  const out: { day: string; at: number; items: AgendaItem[] }[] = [];
  for (const item of inWindow) {
    const day = dayKey(item.at);
    const last = out.at(-1);
    if (last && last.day === day) last.items.push(item);
    else out.push({ day, at: item.at, items: [item] });
  }
  return out;
}

const isFollowUp = (i: AgendaItem) => i.type === 'follow-up';
function shown(items: AgendaItem[]): AgendaItem[] {
  let n = 0;
  return items.filter((i) => !isFollowUp(i) || ++n <= FOLLOW_UPS_PER_DAY);
}
const hiddenCount = (items: AgendaItem[]) => Math.max(0, items.filter(isFollowUp).length - FOLLOW_UPS_PER_DAY);

/** The coming two weeks of interviews and follow-ups, by day, on the tracker page. */
export function Agenda({
  items,
  now,
  userZone,
  onOpen,
}: {
  items: AgendaItem[];
  now: number;
  userZone: string;
  /** Open the application in the tracker's detail panel. */
  onOpen: (jobId: string) => void;
}) {
  const days = groupByDay(items, now);
  const today = dayKey(now);
  const tomorrow = dayKey(agendaWindow(now, 1).to);
  return (
    <section class="agenda panel" aria-labelledby="agenda-title">
      <h2 id="agenda-title">Coming two weeks</h2>
      {days.length === 0 ? (
        <p class="hint">No interview or follow-up in the next 14 days. Add interviews from an application’s detail.</p>
      ) : (
        <ol class="agenda-days">
          {days.map((d) => (
            <li key={d.day} data-day={d.day}>
              <h3>
                {d.day === today ? 'Today, ' : d.day === tomorrow ? 'Tomorrow, ' : ''}
                {formatDay(d.at, userZone)}
              </h3>
              <ul>
                {shown(d.items).map((item) =>
                  item.type === 'interview' ? (
                    <li key={item.interview.id} class="agenda-item" data-type="interview">
                      <span class="agenda-time">{formatTime(item.at, userZone)}</span>{' '}
                      <strong>{INTERVIEW_KIND_LABELS[item.interview.kind]}</strong>: <bdi>{item.title}</bdi>{' '}
                      <a href={dayOfPath(item.interview.id)} aria-label={`Day-of view: ${INTERVIEW_KIND_LABELS[item.interview.kind]}, ${item.title}`}>
                        Day-of view
                      </a>
                    </li>
                  ) : (
                    <li key={`f-${item.jobId}`} class="agenda-item" data-type="follow-up">
                      <span class="agenda-time">Follow up</span>{' '}
                      <button type="button" class="link" onClick={() => onOpen(item.jobId)}>
                        <bdi>{item.title}</bdi>
                      </button>
                    </li>
                  ),
                )}
                {hiddenCount(d.items) > 0 && <li class="agenda-item hint">and {hiddenCount(d.items)} more follow-ups</li>}
              </ul>
            </li>
          ))}
        </ol>
      )}
    </section>
  );
}
