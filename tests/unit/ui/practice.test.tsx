// @vitest-environment happy-dom
import { act, cleanup, fireEvent, render, screen } from '@testing-library/preact';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { PracticeMode, type PracticePrompt } from '../../../components/stories/PracticeMode';
import { PrincipleCoverage } from '../../../components/stories/PrincipleCoverage';
import type { Story } from '../../../core/story';

afterEach(cleanup);

const prompts: PracticePrompt[] = [
  { principle: 'dive-deep', principleName: 'Dive Deep', text: 'Tell me about a time a metric looked fine but was wrong.' },
  { principle: 'ownership', principleName: 'Ownership', text: 'Tell me about something you fixed that was not your job.' },
];

describe('PracticeMode', () => {
  let now = 0;
  beforeEach(() => {
    now = 1_000_000;
    vi.useFakeTimers();
  });
  afterEach(() => vi.useRealTimers());
  const advance = (ms: number) =>
    act(() => {
      now += ms;
      vi.advanceTimersByTime(ms);
    });

  const setup = () => {
    const onRecord = vi.fn(async () => undefined);
    render(<PracticeMode prompts={prompts} jobId="3038134" recent={[]} onRecord={onRecord} pick={() => 0} now={() => now} />);
    return onRecord;
  };
  const clock = () => screen.getByRole('timer').textContent;

  it('counts two minutes down, pauses, and announces the end politely once', async () => {
    setup();
    expect(clock()).toBe('2:00');
    fireEvent.click(screen.getByRole('button', { name: 'Start' }));
    await advance(30_000);
    expect(clock()).toBe('1:30');
    fireEvent.click(screen.getByRole('button', { name: 'Pause' }));
    await advance(20_000);
    expect(clock()).toBe('1:30');
    const live = screen.getByTestId('timer-announcement');
    expect(live.getAttribute('aria-live')).toBe('polite');
    expect(live.textContent).toBe('');
    fireEvent.click(screen.getByRole('button', { name: 'Resume' }));
    await advance(90_000);
    await advance(500);
    expect(clock()).toBe('0:00');
    expect(live.textContent).toBe('Time is up.');
    fireEvent.click(screen.getByRole('button', { name: 'Reset' }));
    expect(clock()).toBe('2:00');
  });

  it('saves the self-rating with the question and time spent', async () => {
    const onRecord = setup();
    fireEvent.click(screen.getByRole('button', { name: 'Start' }));
    await advance(45_000);
    fireEvent.click(screen.getByRole('button', { name: 'Pause' }));
    expect((screen.getByRole('button', { name: 'Save rating' }) as HTMLButtonElement).disabled).toBe(true);
    fireEvent.click(screen.getByRole('radio', { name: '4' }));
    fireEvent.click(screen.getByRole('button', { name: 'Save rating' }));
    await act(async () => {
      await Promise.resolve();
    });
    expect(onRecord).toHaveBeenCalledWith({
      jobId: '3038134',
      principle: 'dive-deep',
      question: prompts[0]!.text,
      rating: 4,
      elapsedMs: 45_000,
      at: now,
    });
  });

  it('moves to a different question', () => {
    setup();
    expect(screen.getByText(prompts[0]!.text)).toBeTruthy();
    fireEvent.click(screen.getByRole('button', { name: 'Next question' }));
    expect(screen.getByText(prompts[1]!.text)).toBeTruthy();
  });
});

describe('PrincipleCoverage', () => {
  it('says which top principles have a story and which do not', () => {
    const story: Story = {
      id: 's-1',
      title: 'Found the double-counted refunds',
      principles: ['dive-deep'],
      situation: '',
      task: '',
      action: '',
      result: '',
      createdAt: 0,
      updatedAt: 0,
    };
    render(
      <PrincipleCoverage
        top={[
          { id: 'dive-deep', name: 'Dive Deep' },
          { id: 'ownership', name: 'Ownership' },
        ]}
        stories={[story]}
      />,
    );
    const items = screen.getAllByRole('listitem');
    expect(items.map((li) => li.getAttribute('data-covered'))).toEqual(['yes', 'no']);
    expect(items[0]!.textContent).toContain('Found the double-counted refunds');
    expect(items[1]!.textContent).toContain('no story yet');
  });
});
