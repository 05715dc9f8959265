// @vitest-environment happy-dom
import { cleanup, fireEvent, render, screen } from '@testing-library/preact';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { AppearanceAndAlerts } from '../../../components/settings/AppearanceAndAlerts';
import { FollowUpDefaults } from '../../../components/settings/FollowUpDefaults';
import { InterviewReminders } from '../../../components/settings/InterviewReminders';
import { DEFAULT_SETTINGS } from '../../../core/settings';

afterEach(cleanup);

describe('FollowUpDefaults', () => {
  it('shows the defaults and stores only the stages the user changed', async () => {
    const onSave = vi.fn(async () => undefined);
    render(<FollowUpDefaults settings={DEFAULT_SETTINGS} onSave={onSave} />);
    const applied = screen.getByRole('spinbutton', { name: /^Applied/ }) as HTMLInputElement;
    // core/follow-up.ts: applied waits 14 days by default.
    expect(applied.value).toBe('14');
    fireEvent.input(applied, { target: { value: '10' } });
    fireEvent.click(screen.getByRole('button', { name: 'Save timing' }));
    await screen.findByText(/Saved\./);
    expect(onSave).toHaveBeenCalledWith({ followUpDays: { applied: 10 }, followUpIntervalDays: 7, followUpsBeforeNoResponse: 2, snoozeDays: 3 });
  });

  it('refuses an out-of-range value with the field named, saving nothing', async () => {
    const onSave = vi.fn(async () => undefined);
    render(<FollowUpDefaults settings={DEFAULT_SETTINGS} onSave={onSave} />);
    fireEvent.input(screen.getByRole('spinbutton', { name: /^Loop/ }), { target: { value: '0' } });
    fireEvent.click(screen.getByRole('button', { name: 'Save timing' }));
    expect((await screen.findByRole('alert')).textContent).toBe('Loop (onsite or virtual): enter a whole number from 1 to 365');
    expect(onSave).not.toHaveBeenCalled();
  });
});

describe('AppearanceAndAlerts', () => {
  it('switches notifications and theme', async () => {
    const onChange = vi.fn(async () => undefined);
    render(<AppearanceAndAlerts settings={DEFAULT_SETTINGS} onChange={onChange} />);
    expect((screen.getByRole('radio', { name: 'Same as the system' }) as HTMLInputElement).checked).toBe(true);
    fireEvent.click(screen.getByRole('checkbox', { name: /desktop notification/ }));
    await vi.waitFor(() => expect(onChange).toHaveBeenCalledWith({ notificationsEnabled: false }));
    fireEvent.click(screen.getByRole('radio', { name: 'Dark' }));
    await vi.waitFor(() => expect(onChange).toHaveBeenCalledWith({ theme: 'dark' }));
  });
});

describe('InterviewReminders', () => {
  const hours = () => screen.getByRole('spinbutton', { name: /^Day before: hours/ }) as HTMLInputElement;
  const minutes = () => screen.getByRole('spinbutton', { name: /^Shortly before: minutes/ }) as HTMLInputElement;
  const save = () => fireEvent.click(screen.getByRole('button', { name: 'Save interview reminders' }));

  it('shows the defaults when nothing is stored', () => {
    render(<InterviewReminders settings={DEFAULT_SETTINGS} onSave={vi.fn(async () => undefined)} />);
    // core/settings.ts DEFAULT_INTERVIEW_REMINDERS: 24 hours, 60 minutes, debrief asked.
    expect((screen.getByRole('checkbox', { name: 'Day before' }) as HTMLInputElement).checked).toBe(true);
    expect(hours().value).toBe('24');
    expect((screen.getByRole('checkbox', { name: 'Shortly before' }) as HTMLInputElement).checked).toBe(true);
    expect(minutes().value).toBe('60');
    expect((screen.getByRole('checkbox', { name: 'Ask for a debrief after' }) as HTMLInputElement).checked).toBe(true);
  });

  it('shows stored values, an off reminder as unchecked with the default time', () => {
    const settings = { ...DEFAULT_SETTINGS, interviewReminders: { dayBeforeHours: null, shortlyBeforeMinutes: 15, debriefPrompt: false } };
    render(<InterviewReminders settings={settings} onSave={vi.fn(async () => undefined)} />);
    expect((screen.getByRole('checkbox', { name: 'Day before' }) as HTMLInputElement).checked).toBe(false);
    expect(hours().disabled).toBe(true);
    expect(hours().value).toBe('24');
    expect(minutes().value).toBe('15');
    expect((screen.getByRole('checkbox', { name: 'Ask for a debrief after' }) as HTMLInputElement).checked).toBe(false);
  });

  it('saves changed values, a switched-off reminder as null', async () => {
    const onSave = vi.fn(async () => undefined);
    render(<InterviewReminders settings={DEFAULT_SETTINGS} onSave={onSave} />);
    fireEvent.input(hours(), { target: { value: '36' } });
    fireEvent.click(screen.getByRole('checkbox', { name: 'Shortly before' }));
    fireEvent.click(screen.getByRole('checkbox', { name: 'Ask for a debrief after' }));
    save();
    await screen.findByText(/Saved\./);
    expect(onSave).toHaveBeenCalledWith({ dayBeforeHours: 36, shortlyBeforeMinutes: null, debriefPrompt: false });
  });

  it('refuses an out-of-range value with the field named, saving nothing', async () => {
    const onSave = vi.fn(async () => undefined);
    render(<InterviewReminders settings={DEFAULT_SETTINGS} onSave={onSave} />);
    fireEvent.input(minutes(), { target: { value: '241' } });
    save();
    expect((await screen.findByRole('alert')).textContent).toBe('Shortly before: minutes before: enter a whole number from 5 to 240');
    expect(onSave).not.toHaveBeenCalled();
    fireEvent.input(minutes(), { target: { value: '60' } });
    fireEvent.input(hours(), { target: { value: '1' } });
    save();
    expect((await screen.findByRole('alert')).textContent).toBe('Day before: hours before: enter a whole number from 2 to 72');
    expect(onSave).not.toHaveBeenCalled();
  });
});
