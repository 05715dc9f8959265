// @vitest-environment happy-dom
import { cleanup, fireEvent, render, screen, within } from '@testing-library/preact';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { ApplicationDetail } from '../../../components/tracker/ApplicationDetail';
import { TrackerView } from '../../../components/tracker/TrackerView';
import type { TrackerActions } from '../../../components/tracker/tracker-actions';
import { toRow } from '../../../components/tracker/tracker-rows';
import { DEFAULT_SETTINGS } from '../../../core/settings';
import { DAY, T0, appOf } from './helpers';

afterEach(cleanup);

function fakeActions(): TrackerActions & { calls: string[] } {
  const calls: string[] = [];
  const rec =
    (name: string) =>
    async (...args: unknown[]) => {
      calls.push(`${name}(${args.map((a) => JSON.stringify(a)).join(',')})`);
    };
  return {
    calls,
    setStatus: rec('setStatus'),
    undoStatus: rec('undoStatus'),
    addNote: rec('addNote'),
    setContacts: rec('setContacts'),
    snooze: rec('snooze'),
    markFollowedUp: rec('markFollowedUp'),
    setFollowUpAt: rec('setFollowUpAt'),
    setPlanState: rec('setPlanState'),
    remove: rec('remove'),
  };
}

const apps = [
  appOf('1496414', ['saved', 'applied'], { nextFollowUpAt: T0 + 3 * DAY }),
  appOf('994952', ['saved'], { nextFollowUpAt: T0 - DAY }),
  appOf('3038134', ['saved', 'applied', 'phone-screen']),
];

function view(actions = fakeActions(), onOpen = vi.fn()) {
  render(
    <TrackerView
      rows={apps.map(toRow)}
      complete
      now={T0}
      settings={DEFAULT_SETTINGS}
      actions={actions}
      openApp={null}
      openId={null}
      onOpen={onOpen}
    />,
  );
  return { actions, onOpen };
}

const rowTitles = () => screen.queryAllByRole('row').slice(1).map((r) => r.getAttribute('data-job-id'));

describe('TrackerView', () => {
  it('teaches the first step when nothing is tracked', () => {
    render(<TrackerView rows={[]} complete now={T0} settings={DEFAULT_SETTINGS} actions={fakeActions()} openApp={null} openId={null} onOpen={() => {}} />);
    expect(screen.getByRole('heading', { name: 'No applications yet' })).toBeTruthy();
    expect(document.body.textContent).toContain('Open a posting on amazon.jobs and press Save');
  });

  it('filters as the user types and by stage and due, and says how many match', () => {
    view();
    expect(rowTitles()).toHaveLength(3);
    fireEvent.input(screen.getByRole('searchbox', { name: 'Search applications' }), { target: { value: 'herndon' } });
    expect(rowTitles().sort()).toEqual(['1496414', '994952']);
    expect(screen.getByText('2 of 3 applications')).toBeTruthy();
    fireEvent.change(screen.getByRole('combobox', { name: /Stage/ }), { target: { value: 'applied' } });
    expect(rowTitles()).toEqual(['1496414']);
    fireEvent.change(screen.getByRole('combobox', { name: /Stage/ }), { target: { value: 'all' } });
    fireEvent.click(screen.getByRole('checkbox', { name: /Follow-up due \(1\)/ }));
    expect(rowTitles()).toEqual(['994952']);
  });

  it('says so when filters match nothing', () => {
    view();
    fireEvent.input(screen.getByRole('searchbox'), { target: { value: 'zzz-no-such-job' } });
    expect(screen.getByText(/No application matches these filters/)).toBeTruthy();
  });

  it('moves only the selected rows the state machine allows, and reports the rest as skipped', async () => {
    const { actions } = view();
    fireEvent.click(screen.getByRole('checkbox', { name: 'Select SDE, AWS Security Dev Ops' }));
    fireEvent.click(screen.getByRole('checkbox', { name: 'Select Senior Software Development Engineer' }));
    const bulk = screen.getByRole('region', { name: 'Bulk actions' });
    // Default target "Applied": allowed from Saved (994952), not from Applied (1496414).
    fireEvent.click(within(bulk).getByRole('button', { name: 'Move 1' }));
    await screen.findByText(/Moved 1 to Applied; 1 skipped/);
    expect(actions.calls).toEqual(['setStatus("994952",{"from":"saved","to":"applied"})']);
  });

  it('deletes the selection only after confirming', async () => {
    const { actions } = view();
    fireEvent.click(screen.getByRole('checkbox', { name: 'Select all on this page' }));
    fireEvent.click(screen.getByRole('button', { name: 'Delete…' }));
    expect(actions.calls).toEqual([]);
    fireEvent.click(screen.getByRole('button', { name: 'Confirm: delete 3' }));
    await screen.findByText('Deleted 3.');
    expect(actions.calls.sort()).toEqual(['remove("1496414")', 'remove("3038134")', 'remove("994952")']);
  });

  it('opens an application from its title', () => {
    const { onOpen } = view();
    fireEvent.click(screen.getByRole('button', { name: 'Sr BIE position 3P Selection, EU 3P Selection' }));
    expect(onOpen).toHaveBeenCalledWith('3038134');
  });

  it('shows the board by stage', () => {
    view();
    fireEvent.click(screen.getByRole('button', { name: 'Board' }));
    const columns = screen.getAllByRole('region').filter((r) => r.classList.contains('column'));
    expect(columns.map((c) => c.getAttribute('data-stage'))).toEqual(['saved', 'applied', 'phone-screen']);
  });
});

describe('ApplicationDetail', () => {
  const detail = (app = apps[1]!, actions = fakeActions(), now = T0) => {
    render(<ApplicationDetail app={app} settings={DEFAULT_SETTINGS} now={now} actions={actions} onClose={() => {}} />);
    return actions;
  };

  it('offers only the moves allowed from the current stage', () => {
    detail();
    const options = within(screen.getByRole('combobox', { name: /Move to/ })).getAllByRole('option').map((o) => o.textContent);
    expect(options).toEqual(['Applied', 'Withdrawn']);
  });

  it('says why a follow-up is due, from the follow-up policy', () => {
    // 994952 was saved at T0 with the follow-up due a day before "now" = T0 + 8 days.
    detail(apps[1]!, fakeActions(), T0 + 8 * DAY);
    const reason = screen.getByTestId('follow-up-reason').textContent!;
    expect(reason).toContain('Follow-up due.');
    expect(reason).toContain('Saved 8 days ago and not applied yet; postings can close without notice once filled');
  });

  it('sends follow-up, undo and note actions for this job', async () => {
    const actions = detail(apps[0]!);
    // Each control is disabled while an action runs, so wait for one to finish before the next.
    const click = async (name: string, n: number) => {
      await vi.waitFor(() => expect((screen.getByRole('button', { name }) as HTMLButtonElement).disabled).toBe(false));
      fireEvent.click(screen.getByRole('button', { name }));
      await vi.waitFor(() => expect(actions.calls).toHaveLength(n));
    };
    await click('I followed up', 1);
    await click('Remind me in 3 days', 2);
    await click('Undo “Applied”', 3);
    fireEvent.input(screen.getByRole('textbox', { name: 'New note' }), { target: { value: 'Called the recruiter' } });
    await click('Add note', 4);
    expect(actions.calls).toEqual([
      'markFollowedUp("1496414")',
      'snooze("1496414")',
      'undoStatus("1496414")',
      'addNote("1496414","Called the recruiter")',
    ]);
  });

  it('shows the posting as text, including markup-looking text, and links its prep plan', () => {
    const app = appOf('3038134', ['saved']);
    app.posting = { ...app.posting, team: '<img src=x onerror=alert(1)>' };
    detail(app);
    expect(document.querySelector('img')).toBeNull();
    expect(document.body.textContent).toContain('<img src=x onerror=alert(1)>');
    expect(screen.getByRole('link', { name: 'Open prep plan' }).getAttribute('href')).toBe('/plan.html?jobId=3038134');
  });
});
