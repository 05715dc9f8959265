// @vitest-environment happy-dom
// The interview screens: the editor's messages beside their fields, the tracker list (place shown
// as text, delete only after confirming), the agenda by day, the day-of view on a real posting with
// the candidate's stories, a loop's session plan, and the debrief.
import { cleanup, fireEvent, render, screen, within } from '@testing-library/preact';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { Agenda, type AgendaItem } from '../../../components/interviews/Agenda';
import { DayOfView, type DayOfLinks } from '../../../components/interviews/DayOfView';
import { InterviewEditor } from '../../../components/interviews/InterviewEditor';
import { InterviewList } from '../../../components/interviews/InterviewList';
import { emptyForm } from '../../../components/interviews/interview-form';
import type { DebriefDraft, Interview, InterviewDraft } from '../../../core/interview';
import { storiesUsedBefore } from '../../../core/interview-stories';
import { planLoop } from '../../../core/loop-planner';
import { buildPrepPlan } from '../../../core/prep-plan';
import { DAY, T0, postingOf } from './helpers';
import { HOUR, debriefOf, interviewOf, storyOf } from './interview-fixtures';

afterEach(cleanup);

const JOB = '3038134';

describe('InterviewEditor', () => {
  it('puts each problem beside its field, focuses the first, and clears it when edited', async () => {
    const onSave = vi.fn(async () => undefined);
    render(<InterviewEditor initial={emptyForm('phone-screen', 'Europe/Berlin')} ids={{ jobId: JOB }} onSave={onSave} onCancel={() => {}} />);
    fireEvent.click(screen.getByRole('button', { name: 'Add interview' }));
    const date = screen.getByLabelText('Date');
    expect(date.getAttribute('aria-invalid')).toBe('true');
    expect(document.getElementById(date.getAttribute('aria-describedby')!)!.textContent).toBe('Choose the day of the interview.');
    expect(screen.getByLabelText('Start time').getAttribute('aria-invalid')).toBe('true');
    await vi.waitFor(() => expect(document.activeElement).toBe(date));
    fireEvent.input(date, { target: { value: '2026-03-03' } });
    expect(date.getAttribute('aria-invalid')).toBeNull();
    expect(screen.queryByText('Choose the day of the interview.')).toBeNull();
    expect(onSave).not.toHaveBeenCalled();
  });

  it('saves the draft in the chosen zone, with the interviewers typed', async () => {
    const saved: InterviewDraft[] = [];
    render(
      <InterviewEditor
        initial={emptyForm('phone-screen', 'Europe/Berlin')}
        ids={{ jobId: JOB }}
        onSave={async (d) => {
          saved.push(d);
        }}
        onCancel={() => {}}
      />,
    );
    expect((screen.getByLabelText('Time zone') as HTMLSelectElement).value).toBe('Europe/Berlin');
    fireEvent.input(screen.getByLabelText('Date'), { target: { value: '2026-03-03' } });
    fireEvent.input(screen.getByLabelText('Start time'), { target: { value: '16:30' } });
    fireEvent.change(screen.getByLabelText('Time zone'), { target: { value: 'America/New_York' } });
    fireEvent.input(screen.getByLabelText('Duration (minutes)'), { target: { value: '45' } });
    fireEvent.click(screen.getByRole('button', { name: 'Add interviewer' }));
    fireEvent.input(screen.getByLabelText('Name'), { target: { value: 'Dana Lee' } });
    fireEvent.input(screen.getByLabelText('Role'), { target: { value: 'recruiter' } });
    fireEvent.click(screen.getByRole('button', { name: 'Add interview' }));
    await vi.waitFor(() => expect(saved).toHaveLength(1));
    expect(saved[0]).toMatchObject({ jobId: JOB, kind: 'phone-screen', mode: 'phone', timeZone: 'America/New_York', durationMinutes: 45 });
    expect(new Date(saved[0]!.start).toISOString()).toBe('2026-03-03T21:30:00.000Z');
    expect(saved[0]!.interviewers).toEqual([{ name: 'Dana Lee', role: 'recruiter' }]);
  });

  it('shows a loop’s sessions and a save failure from the store', async () => {
    render(
      <InterviewEditor
        initial={{ ...emptyForm('loop', 'UTC'), date: '2026-03-10', time: '09:00' }}
        ids={{ jobId: JOB }}
        onSave={async () => {
          throw new Error('The interview was not saved: the application is gone');
        }}
        onCancel={() => {}}
      />,
    );
    expect(screen.getByRole('group', { name: 'Sessions of the loop' })).toBeTruthy();
    expect(screen.getAllByLabelText('Starts')).toHaveLength(5);
    fireEvent.input(screen.getAllByLabelText('Interviewer')[0]!, { target: { value: 'Ana' } });
    fireEvent.click(screen.getByRole('button', { name: 'Add interview' }));
    expect((await screen.findByRole('alert')).textContent).toBe('The interview was not saved: the application is gone');
  });
});

describe('InterviewList', () => {
  const link = 'javascript:alert(1)//https://meet.example.com/abc';
  const phone = interviewOf({ id: 'iv-p', jobId: JOB, place: link, interviewers: [{ name: 'Dana <b>Lee</b>', role: '' }] });
  const past = interviewOf({ id: 'iv-o', jobId: JOB, kind: 'online-assessment', start: T0 - 3 * DAY, durationMinutes: 90 });

  it('lists interviews in time order, the place as plain text, with day-of and debrief links', () => {
    render(<InterviewList jobId={JOB} interviews={[phone, past]} now={T0} userZone="Europe/London" actions={{ save: vi.fn(), remove: vi.fn() }} />);
    const items = screen.getAllByRole('listitem');
    expect(items.map((li) => li.getAttribute('data-interview-id'))).toEqual(['iv-o', 'iv-p']);
    const p = within(items[1]!);
    expect(p.getByText(link).tagName).toBe('BDI');
    expect(items[1]!.querySelector(`a[href*="meet.example.com"]`)).toBeNull();
    expect(items[1]!.textContent).toContain('Dana <b>Lee</b>');
    expect(items[1]!.querySelector('b')).toBeNull();
    expect(p.getByRole('link', { name: 'Day-of view' }).getAttribute('href')).toBe('/interview.html?id=iv-p');
    // Berlin 10:00 is London 09:00: both are shown.
    expect(items[1]!.textContent).toContain('(Europe/Berlin)');
    expect(items[1]!.textContent).toContain('(Europe/London, your time)');
    expect(within(items[0]!).getByRole('link', { name: 'Write debrief' }).getAttribute('href')).toBe('/interview.html?id=iv-o&mode=debrief');
  });

  it('deletes only after confirming', async () => {
    const remove = vi.fn(async () => undefined);
    render(<InterviewList jobId={JOB} interviews={[phone]} now={T0} userZone="Europe/Berlin" actions={{ save: vi.fn(), remove }} />);
    fireEvent.click(screen.getByRole('button', { name: /^Delete Phone screen/ }));
    expect(remove).not.toHaveBeenCalled();
    fireEvent.click(screen.getByRole('button', { name: 'Confirm delete' }));
    await vi.waitFor(() => expect(remove).toHaveBeenCalledWith('iv-p'));
  });

  it('edits an interview in place and saves it under the same id', async () => {
    const save = vi.fn(async (_d: InterviewDraft) => undefined);
    render(<InterviewList jobId={JOB} interviews={[phone]} now={T0} userZone="Europe/Berlin" actions={{ save, remove: vi.fn() }} />);
    fireEvent.click(screen.getByRole('button', { name: /^Edit Phone screen/ }));
    expect((screen.getByLabelText('Start time') as HTMLInputElement).value).toBe('10:00');
    fireEvent.input(screen.getByLabelText('Start time'), { target: { value: '11:15' } });
    fireEvent.click(screen.getByRole('button', { name: 'Save interview' }));
    await vi.waitFor(() => expect(save).toHaveBeenCalledTimes(1));
    const draft = save.mock.calls[0]![0];
    expect(draft.id).toBe('iv-p');
    expect(draft.start - phone.start).toBe(75 * 60_000);
    await vi.waitFor(() => expect(screen.queryByRole('form', { name: 'Edit interview' })).toBeNull());
  });
});

describe('Agenda', () => {
  const iv = (id: string, at: number) => interviewOf({ id, jobId: JOB, start: at });
  const items: AgendaItem[] = [
    { type: 'follow-up', at: T0 + 3 * DAY, title: 'SDE, AWS Security Dev Ops', jobId: '994952' },
    { type: 'interview', at: T0 + 3 * DAY - HOUR, title: 'Sr BIE position', interview: iv('a', T0 + 3 * DAY - HOUR) },
    { type: 'interview', at: T0 + 1 * HOUR, title: 'Sr BIE position', interview: iv('b', T0 + HOUR) },
    { type: 'interview', at: T0 + 15 * DAY, title: 'Too far', interview: iv('c', T0 + 15 * DAY) },
    { type: 'follow-up', at: T0 - 2 * DAY, title: 'Already past', jobId: '1' },
  ];

  it('shows the coming two weeks by day, interviews first, and opens a follow-up’s application', () => {
    const onOpen = vi.fn();
    render(<Agenda items={items} now={T0} userZone="Europe/Berlin" onOpen={onOpen} />);
    const days = screen.getAllByRole('heading', { level: 3 }).map((h) => h.textContent);
    expect(days).toHaveLength(2);
    expect(days[0]).toMatch(/^Today, /);
    const lists = document.querySelectorAll('.agenda-days > li');
    expect([...lists[1]!.querySelectorAll('.agenda-item')].map((li) => li.getAttribute('data-type'))).toEqual(['interview', 'follow-up']);
    expect(document.body.textContent).not.toContain('Too far');
    expect(document.body.textContent).not.toContain('Already past');
    fireEvent.click(screen.getByRole('button', { name: 'SDE, AWS Security Dev Ops' }));
    expect(onOpen).toHaveBeenCalledWith('994952');
  });

  it('shows a few follow-ups per day and counts the rest', () => {
    const many: AgendaItem[] = Array.from({ length: 8 }, (_, i) => ({ type: 'follow-up', at: T0 + DAY + i * 60_000, title: `Job ${i}`, jobId: String(100 + i) }));
    render(<Agenda items={many} now={T0} userZone="UTC" onOpen={() => {}} />);
    expect(document.querySelectorAll('[data-type="follow-up"]')).toHaveLength(5);
    expect(screen.getByText('and 3 more follow-ups')).toBeTruthy();
  });

  it('says so when the two weeks are empty', () => {
    render(<Agenda items={[]} now={T0} userZone="UTC" onOpen={() => {}} />);
    expect(screen.getByText(/No interview or follow-up in the next 14 days/)).toBeTruthy();
  });
});

describe('DayOfView', () => {
  const plan = buildPrepPlan(postingOf(JOB));
  const [p1, p2] = plan.principles;
  const stories = [storyOf('s1', 'Rebuilt the seller report', [p1!.id]), storyOf('s2', 'Cut the on-call pages', [p1!.id, 'ownership'])];
  const links: DayOfLinks = { plan: '/plan.html?jobId=3038134', checklist: '/plan.html?jobId=3038134#quals-title', storyBank: '/tracker.html#stories', tracker: '/tracker.html?jobId=3038134' };
  const phoneScreen = interviewOf({ id: 'iv-1', jobId: JOB, start: T0 - 10 * DAY, debrief: debriefOf({ storiesUsed: [{ storyId: 's1', interviewer: 'Dana Lee' }] }) });

  function view(iv: Interview, now: number, mode: 'prepare' | 'debrief' = 'prepare', onSaveDebrief = vi.fn(async (_d: DebriefDraft, _t: boolean) => undefined)) {
    const all = [phoneScreen, iv];
    const loopPlan = iv.kind === 'loop' ? planLoop(plan.principles.map((p) => ({ id: p.id, name: p.name })), iv.sessions, stories) : null;
    render(
      <DayOfView
        interview={iv}
        title="Sr BIE position 3P Selection, EU 3P Selection"
        principles={plan.principles}
        questionsToAsk={plan.questionsToAsk}
        checklist={[
          { id: 'basic-1', text: plan.checklist.basic[0]!.text, done: true },
          { id: 'basic-2', text: plan.checklist.basic[1]!.text, done: false },
        ]}
        stories={stories}
        used={storiesUsedBefore(iv, all)}
        loopPlan={loopPlan}
        principleNames={new Map(plan.principles.map((p) => [p.id, p.name]))}
        now={now}
        userZone="Europe/London"
        mode={mode}
        links={links}
        onSaveDebrief={onSaveDebrief}
      />,
    );
    return onSaveDebrief;
  }

  const second = interviewOf({ id: 'iv-2', jobId: JOB, kind: 'second-phone-screen', start: T0 + 2 * HOUR, place: 'Call +49 30 1234', interviewers: [{ name: 'dana  lee', role: 'hiring manager' }] });

  it('shows the time in both zones, the principles with the candidate’s stories, questions, logistics and checklist', () => {
    view(second, T0);
    expect(screen.getByRole('heading', { level: 1 }).textContent).toBe('Second phone screen: Sr BIE position 3P Selection, EU 3P Selection');
    expect(document.body.textContent).toContain('Arranged as');
    expect(screen.getByRole('status').textContent).toBe('Starts in 2 h 0 min.');
    const top = document.querySelector(`[data-principle="${p1!.id}"]`)!;
    expect([...top.querySelectorAll('[data-story-id]')].map((s) => s.getAttribute('data-story-id'))).toEqual(['s1', 's2']);
    // s1 was told to Dana Lee in the phone screen; she is on this panel too (names compared loosely).
    expect(top.querySelector('[data-story-id="s1"] [data-told]')!.getAttribute('data-told')).toBe('same-panel');
    expect(top.querySelector('[data-story-id="s2"] [data-told]')).toBeNull();
    const none = document.querySelector(`[data-principle="${p2!.id}"]`)!;
    expect(within(none as HTMLElement).getByRole('link', { name: 'Write one in the story bank' }).getAttribute('href')).toBe('/tracker.html#stories');
    const ask = screen.getByRole('region', { name: 'Questions to ask' });
    expect(within(ask).getAllByRole('listitem').map((li) => li.textContent)).toEqual(plan.questionsToAsk.map((q) => q.text));
    expect(screen.getByText('Call +49 30 1234').tagName).toBe('BDI');
    expect(screen.getByRole('region', { name: 'Checklist' }).textContent).toContain('1 of 2 ticked');
    // Before the end: the debrief waits behind a button.
    expect(screen.queryByRole('form', { name: 'Debrief' })).toBeNull();
    expect(screen.getByRole('button', { name: 'Write the debrief now' })).toBeTruthy();
  });

  it('asks for the debrief once the end time has passed and saves what was written', async () => {
    const save = view(second, second.start + 61 * 60_000);
    expect(document.querySelector('.day-of-head [role="status"]')!.textContent).toBe('This interview is over.');
    const form = screen.getByRole('form', { name: 'Debrief' });
    fireEvent.input(within(form).getByLabelText('Questions that came (one per line)'), { target: { value: 'Tell me about a time you disagreed\n\n  A metric you owned  ' } });
    fireEvent.click(within(form).getByRole('checkbox', { name: 'Cut the on-call pages' }));
    fireEvent.click(within(form).getByRole('radio', { name: 'Good' }));
    fireEvent.click(within(form).getByRole('checkbox', { name: 'Remind me to send a thank-you note' }));
    fireEvent.click(within(form).getByRole('button', { name: 'Save debrief' }));
    await vi.waitFor(() => expect(save).toHaveBeenCalledTimes(1));
    expect(save.mock.calls[0]).toEqual([
      { questions: ['Tell me about a time you disagreed', 'A metric you owned'], storiesUsed: [{ storyId: 's2', interviewer: 'dana  lee' }], feeling: 'good', notes: '' },
      true,
    ]);
    expect(await within(form).findByText('Debrief saved.')).toBeTruthy();
  });

  it('opens on the debrief when the reminder asked for it', () => {
    view(second, T0, 'debrief');
    const form = screen.getByRole('form', { name: 'Debrief' });
    expect(document.activeElement).toBe(within(form).getByRole('heading', { name: 'Debrief' }));
  });

  it('plans a loop session by session and flags principles with fewer than two stories', () => {
    const start = T0 + 5 * DAY;
    const loop = interviewOf({
      id: 'iv-3',
      jobId: JOB,
      kind: 'loop',
      start,
      durationMinutes: 240,
      sessions: [0, 1, 2].map((k) => ({ id: `s${k}`, start: start + k * HOUR, durationMinutes: 55, interviewer: { name: `Person ${k}`, role: '' }, principles: [] })),
    });
    view(loop, T0);
    const sessions = document.querySelectorAll('[data-session-id]');
    expect(sessions).toHaveLength(3);
    const planned = planLoop(plan.principles.map((p) => ({ id: p.id, name: p.name })), loop.sessions, stories);
    for (const [k, el] of [...sessions].entries()) {
      for (const id of planned.sessions[k]!.principles) expect(el.textContent).toContain(plan.principles.find((p) => p.id === id)!.name);
    }
    // p1 has two stories; every other planned principle has fewer and is flagged.
    expect(document.querySelector(`[data-thin="${p1!.id}"]`)).toBeNull();
    expect(document.querySelectorAll(`[data-thin="${p2!.id}"]`).length).toBeGreaterThan(0);
    expect(screen.getByTestId('thin-principles').textContent).toContain(`${p2!.name} (0)`);
  });
});
