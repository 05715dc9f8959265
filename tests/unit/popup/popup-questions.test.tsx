// @vitest-environment happy-dom
// Below the principles, the popup shows the best three questions to ask and the likely practice
// question per top principle, computed in the background (message `prepQuestions`) from the real
// posting; each opens the plan at its own anchor, saving the job first.
import { cleanup, fireEvent, render, screen, waitFor, within } from '@testing-library/preact';
import { afterEach, describe, expect, it } from 'vitest';
import { PrepQuestions } from '../../../components/popup/PrepQuestions';
import { buildPrepPlan, likelyAnchor } from '../../../core/prep-plan';
import { prepQuestions } from '../../../core/prep-questions';
import { getApplication } from '../../../db/applications';
import { App } from '../../../entrypoints/popup/App';
import { PrepQuestions as PrepQuestionsSchema, protocol } from '../../../messaging/protocol';
import { jobAnswer, postingOf, storeApi } from './popup-store';

afterEach(cleanup);

const bie = postingOf('3038134');

describe('prepQuestions (background)', () => {
  it('gives the plan’s first three questions to ask and each top principle’s likely question, with plan anchors', () => {
    const plan = buildPrepPlan(bie);
    const q = prepQuestions(bie);
    expect(PrepQuestionsSchema.safeParse(q).success).toBe(true);
    expect(q.toAsk).toEqual(plan.questionsToAsk.slice(0, 3).map((x) => ({ anchor: x.id, text: x.text })));
    expect(q.likely.map((x) => x.principle)).toEqual(plan.principles.map((p) => p.id));
    for (const [i, x] of q.likely.entries()) {
      expect(x.anchor).toBe(likelyAnchor(plan.principles[i]!.id));
      expect(x.text).toBe(plan.principles[i]!.likelyQuestion);
    }
  });

  it('the message schema refuses a reply whose anchor could break out of the URL fragment', () => {
    const bad = { toAsk: [{ anchor: 'ask-1"><script>', text: 'x' }], likely: [] };
    expect(protocol.prepQuestions.result.safeParse(bad).success).toBe(false);
  });
});

describe('popup on a posting', () => {
  it('shows three questions to ask and one likely question per principle, below the principles', async () => {
    const api = storeApi(jobAnswer(bie));
    render(<App api={api} />);
    const section = (await screen.findByRole('heading', { name: 'Questions to ask the interviewer' })).closest('section')!;
    const expected = prepQuestions(bie);
    const asks = await within(section).findAllByRole('link');
    expect(asks.map((a) => a.textContent)).toEqual([...expected.toAsk.map((q) => q.text), ...expected.likely.map((q) => q.text)]);
    expect(section.querySelectorAll('.ask-list li')).toHaveLength(3);
    expect(section.querySelectorAll('.likely-list li')).toHaveLength(expected.likely.length);
    // Below the ranked principles.
    const principles = document.querySelector('section.principles')!;
    expect(principles.compareDocumentPosition(section) & Node.DOCUMENT_POSITION_FOLLOWING).toBeTruthy();
    expect(api.sent).toContain('prepQuestions');
  });

  it('a click saves the job and opens the plan at that question', async () => {
    const api = storeApi(jobAnswer(bie));
    render(<App api={api} />);
    const section = (await screen.findByRole('heading', { name: 'Questions to ask the interviewer' })).closest('section')!;
    const links = await within(section).findAllByRole('link');
    expect(links[1]!.getAttribute('href')).toBe(`/plan.html?jobId=${bie.jobId}#ask-2`);
    fireEvent.click(links[1]!);
    await waitFor(() => expect(api.opened).toEqual([`/plan.html?jobId=${bie.jobId}#ask-2`]));
    expect(await getApplication(api.db, bie.jobId!)).not.toBeNull();
    const likely = links[3]!;
    fireEvent.click(likely);
    await waitFor(() => expect(api.opened.at(-1)).toMatch(new RegExp(`#likely-[a-z-]+$`)));
  });
});

describe('PrepQuestions component', () => {
  const ready = { status: 'ready' as const, value: { toAsk: [{ anchor: 'ask-1', text: 'What does the team run?' }], likely: [{ principle: 'ownership', name: 'Ownership', anchor: 'likely-ownership', text: 'Tell me about <b>it</b>.' }] } };

  it('without a job id shows the questions as text, not links', () => {
    render(<PrepQuestions questions={ready} href={() => null} open={async () => {}} />);
    expect(screen.queryAllByRole('link')).toHaveLength(0);
    expect(screen.getByText('Tell me about <b>it</b>.')).toBeTruthy();
  });

  it('says so when the plan cannot be opened', async () => {
    render(<PrepQuestions questions={ready} href={(a) => `/plan.html?jobId=1#${a}`} open={async () => Promise.reject(new Error('no tab'))} />);
    fireEvent.click(screen.getByRole('link', { name: 'What does the team run?' }));
    expect((await screen.findByRole('alert')).textContent).toContain('no tab');
  });

  it('shows loading and failure states', () => {
    const { rerender } = render(<PrepQuestions questions={{ status: 'loading' }} href={() => null} open={async () => {}} />);
    expect(screen.getByText('Choosing questions…')).toBeTruthy();
    rerender(<PrepQuestions questions={{ status: 'failed', message: 'background asleep' }} href={() => null} open={async () => {}} />);
    expect(screen.getByRole('alert').textContent).toContain('background asleep');
  });
});

