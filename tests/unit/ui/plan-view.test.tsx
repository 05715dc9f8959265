// @vitest-environment happy-dom
// The prep plan for a real posting (3038134): quotes highlight exactly the phrase the ranking found,
// ticks, notes and STAR text are saved to PlanState, and "Copy as Markdown" carries them.
import { cleanup, fireEvent, render, screen, within } from '@testing-library/preact';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { PlanView, type PlanActions } from '../../../components/plan/PlanView';
import { starKey, withPlanState } from '../../../components/plan/plan-state';
import type { PlanState } from '../../../core/application';
import { sectionText } from '../../../core/posting-sections';
import { buildPrepPlan } from '../../../core/prep-plan';
import { postingOf } from './helpers';

afterEach(cleanup);

const posting = postingOf('3038134');
const plan = buildPrepPlan(posting);

function setup(initialState: PlanState = { checked: [], starNotes: {} }) {
  const saved: PlanState[] = [];
  const copied: string[] = [];
  const actions: PlanActions = {
    savePlanState: vi.fn(async (s: PlanState) => {
      saved.push(s);
    }),
    recordPractice: vi.fn(async () => undefined),
    copyText: vi.fn(async (t: string) => {
      copied.push(t);
    }),
    print: vi.fn(),
  };
  render(<PlanView plan={plan} posting={posting} initialState={initialState} stories={[]} practice={[]} actions={actions} pick={() => 0} />);
  return { saved, copied, actions };
}

describe('PlanView', () => {
  it('quotes the evidence with exactly the found phrase highlighted', () => {
    setup();
    const top = plan.principles[0]!;
    expect(top.evidence.length).toBeGreaterThan(0);
    const card = document.querySelector(`section.principle[data-principle="${top.id}"]`)!;
    const marks = [...card.querySelectorAll('mark')].map((m) => m.textContent);
    expect(marks).toEqual(top.evidence.map((e) => e.text));
    for (const e of top.evidence) expect(sectionText(posting, e.section).slice(e.start, e.end)).toBe(e.text);
    // Each phrase sits in the posting's own words around it ("…" marks where that clause was cut).
    const quotes = [...card.querySelectorAll('q')];
    expect(quotes).toHaveLength(top.evidence.length);
    quotes.forEach((q, i) => {
      expect(q.textContent!.length).toBeGreaterThan(top.evidence[i]!.text.length);
      expect(sectionText(posting, top.evidence[i]!.section)).toContain(q.textContent!.replace(/^…|…$/g, ''));
    });
  });

  it('saves a ticked qualification, its note and a STAR slot', async () => {
    const { saved } = setup();
    const first = screen.getByRole('checkbox', { name: 'Experience programming to extract, transform and clean large (multi-TB) data sets' });
    fireEvent.click(first);
    const note = screen.getByRole('textbox', { name: 'Note for: Experience programming to extract, transform and clean large (multi-TB) data sets' });
    fireEvent.input(note, { target: { value: 'Built the 40 TB clickstream ETL' } });
    const name = plan.principles[0]!.name;
    const situation = screen.getByRole('textbox', { name: `${name}: Situation` });
    fireEvent.input(situation, { target: { value: 'Weekly revenue looked 4% high' } });
    fireEvent.blur(situation);
    await vi.waitFor(() => expect(saved.length).toBeGreaterThan(0));
    expect(saved.at(-1)).toEqual({
      checked: [plan.checklist.basic[0]!.id],
      starNotes: { [`note:${plan.checklist.basic[0]!.id}`]: 'Built the 40 TB clickstream ETL', [starKey(plan.principles[0]!.id, 'situation')]: 'Weekly revenue looked 4% high' },
    });
  });

  it('restores saved state and copies it as Markdown', async () => {
    const state: PlanState = { checked: [plan.checklist.basic[1]!.id], starNotes: { [starKey(plan.principles[0]!.id, 'result')]: 'Numbers matched finance' } };
    const { copied } = setup(state);
    expect((screen.getByRole('checkbox', { name: /design of experiments/ }) as HTMLInputElement).checked).toBe(true);
    fireEvent.click(screen.getByRole('button', { name: 'Copy as Markdown' }));
    await screen.findByText('Copied the plan as Markdown.');
    expect(copied[0]).toContain('- [x] Experience with theory and practice of design of experiments and statistical analysis of results');
    expect(copied[0]).toContain('- Result: Numbers matched finance');
    expect(copied[0]).toContain('- [ ] Experience with AWS technologies');
  });

  it('shows the clipboard refusal instead of failing silently', async () => {
    const { actions } = setup();
    (actions.copyText as ReturnType<typeof vi.fn>).mockRejectedValueOnce(new Error('The browser refused clipboard access. Use Print instead.'));
    fireEvent.click(screen.getByRole('button', { name: 'Copy as Markdown' }));
    expect((await screen.findByRole('alert')).textContent).toContain('refused clipboard access');
  });

  it('renders markup-looking posting text as text', () => {
    const hostile = { ...posting, basicQualifications: ['<script>alert(1)</script> Experience with SQL'] };
    const p = buildPrepPlan(hostile);
    render(<PlanView plan={p} posting={hostile} initialState={{ checked: [], starNotes: {} }} stories={[]} practice={[]} actions={setup().actions} />);
    expect(document.querySelector('script')).toBeNull();
    expect(within(document.body).getAllByText(/<script>alert\(1\)<\/script> Experience with SQL/).length).toBeGreaterThan(0);
  });
});

describe('withPlanState', () => {
  it('fills ticks, notes and STAR slots by key', () => {
    const filled = withPlanState(plan, { checked: [plan.checklist.preferred[0]!.id], starNotes: { [`note:${plan.checklist.preferred[0]!.id}`]: 'Monthly WBR deck', [starKey(plan.principles[1]!.id, 'action')]: 'Rebuilt it' } });
    expect(filled.checklist.preferred[0]).toMatchObject({ done: true, note: 'Monthly WBR deck' });
    expect(filled.checklist.basic.every((i) => !i.done)).toBe(true);
    expect(filled.principles[1]!.star.action).toBe('Rebuilt it');
    expect(filled.principles[0]!.star.action).toBe('');
  });
});

describe('PlanView sections', () => {
  it('shows the family’s process, the story map with failure and disagreement, and anchored questions', () => {
    setup();
    const process = document.getElementById('process')!;
    expect(process.textContent).toMatch(/Bar Raiser/);
    expect(process.textContent).toMatch(/SQL and data modelling/);
    expect(process.textContent).not.toMatch(/Chime/);
    const map = document.getElementById('story-map')!;
    expect(map.querySelectorAll('.story-entry')).toHaveLength(plan.principles.length);
    expect(document.getElementById('must-ask-failure')!.textContent).toMatch(/failed/);
    expect(document.getElementById('must-ask-disagreement')!.textContent).toMatch(/disagreed/);
    for (const q of plan.questionsToAsk) expect(document.getElementById(q.id)!.textContent).toContain(q.text);
    for (const p of plan.principles) expect(document.getElementById(`likely-${p.id}`)!.textContent).toBe(p.likelyQuestion);
  });

  it('shows the level the posting hires at, with where it was read, and what it changes', () => {
    setup();
    const role = document.querySelector('[aria-labelledby="role-title"]')!;
    expect(role.textContent).toContain('Level');
    expect(role.textContent).toContain('senior (the title says “Sr”)');
    expect(role.querySelector('p')!.textContent).toMatch(/At a senior level/);
  });

  it('brings the anchor the popup linked to into view', () => {
    const scrolled: string[] = [];
    const original = Element.prototype.scrollIntoView;
    Element.prototype.scrollIntoView = function (this: Element) {
      scrolled.push(this.id);
    };
    try {
      render(<PlanView plan={plan} posting={posting} initialState={{ checked: [], starNotes: {} }} stories={[]} practice={[]} actions={setup().actions} focusId="ask-2" />);
      expect(scrolled).toContain('ask-2');
      expect(document.getElementById('ask-2')!.classList.contains('focused')).toBe(true);
    } finally {
      Element.prototype.scrollIntoView = original;
    }
  });
});

describe('PlanView conditions of the job', () => {
  it('shows the conditions the description states as their own checklist, ticked like the others', async () => {
    const { buildPrepPlan: build } = await import('../../../core/prep-plan');
    const { emptyPosting } = await import('../core/helpers');
    const p = emptyPosting({ title: 'Sr. RF Engineer', description: 'Due to applicable export control laws and regulations, candidates must be a U.S. citizen or national.', basicQualifications: ['5+ years of RF experience'] });
    const withConditions = build(p);
    const actions: PlanActions = { savePlanState: vi.fn(async () => undefined), recordPractice: vi.fn(async () => undefined), copyText: vi.fn(async () => undefined), print: vi.fn() };
    render(<PlanView plan={withConditions} posting={p} initialState={{ checked: [withConditions.checklist.conditions![0]!.id], starNotes: {} }} stories={[]} practice={[]} actions={actions} pick={() => 0} />);
    const quals = document.querySelector('[aria-labelledby="quals-title"]')!;
    expect(quals.textContent).toContain('Conditions of the job');
    expect(quals.textContent).toContain('Eligibility: Due to applicable export control laws');
  });
});
