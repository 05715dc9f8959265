// @vitest-environment happy-dom
import { cleanup, fireEvent, render, screen } from '@testing-library/preact';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { AppearanceAndAlerts } from '../../../components/settings/AppearanceAndAlerts';
import { FollowUpDefaults } from '../../../components/settings/FollowUpDefaults';
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
