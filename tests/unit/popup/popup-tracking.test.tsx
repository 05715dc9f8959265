// @vitest-environment happy-dom
// The popup against a real store (the background's tracking handlers over fake-indexeddb): principles
// with highlighted evidence, Save turning into the stage control, only the allowed moves, undo, the
// prep-plan shortcut, and the overview (due follow-ups, recent applications) on other pages.
import { cleanup, fireEvent, render, screen, waitFor, within } from '@testing-library/preact';
import { afterEach, describe, expect, it } from 'vitest';
import { PRINCIPLE_IDS } from '../../../core/principles';
import { sectionText } from '../../../core/posting-sections';
import { saveApplication, setStatus } from '../../../db/applications';
import { App } from '../../../entrypoints/popup/App';
import type { RankingLoader } from '../../../components/popup/popup-api';
import type { TopPrinciple } from '../../../messaging/protocol';
import { DAY, T0, jobAnswer, postingOf, reportAnswer, storeApi } from './popup-store';

afterEach(cleanup);

const bie = postingOf('3038134');

// The 16 official names (facts), to check that ranked entries are named as Amazon names them.
const OFFICIAL_NAMES = [
  'Customer Obsession',
  'Ownership',
  'Invent and Simplify',
  'Are Right, A Lot',
  'Learn and Be Curious',
  'Hire and Develop the Best',
  'Insist on the Highest Standards',
  'Think Big',
  'Bias for Action',
  'Frugality',
  'Earn Trust',
  'Dive Deep',
  'Have Backbone; Disagree and Commit',
  'Deliver Results',
  "Strive to be Earth's Best Employer",
  'Success and Scale Bring Broad Responsibility',
];

const options = () => [...(screen.getByLabelText('Move to') as HTMLSelectElement).options].map((o) => o.textContent);
const stage = () => document.querySelector('.stage-now .pill')?.textContent;
const live = () => document.querySelector('.feedback[aria-live="polite"]')?.textContent;

async function openOnPosting(rank?: RankingLoader) {
  const api = storeApi(jobAnswer(bie));
  render(<App api={api} rank={rank} />);
  await screen.findByRole('heading', { level: 2, name: bie.title! });
  return api;
}

/** The popup on the posting, after Save (no ranking: these tests are about tracking). */
async function openAndSave() {
  const api = await openOnPosting(async () => []);
  fireEvent.click(await screen.findByRole('button', { name: 'Save to tracker' }));
  await waitFor(() => expect(stage()).toBe('Saved'));
  return api;
}

/** Pick a stage in the popup's control, press Update stage, and wait until the stage shown is `shows` (the new one, or the stored one when the move is refused). */
async function chooseStage(value: string, shows: string) {
  fireEvent.change(screen.getByLabelText('Move to'), { target: { value } });
  fireEvent.click(screen.getByRole('button', { name: 'Update stage' }));
  await waitFor(() => expect(stage()).toBe(shows));
}

describe('principles on a posting', () => {
  it('shows each principle with the phrase highlighted inside the sentence it comes from', async () => {
    // Read from the record's description: "…a self-starter comfortable with ambiguity, with strong
    // attention to detail, and an ability to work in a fast-paced environment."
    const description = sectionText(bie, 'description');
    const at = description.indexOf('attention to detail');
    expect(at).toBeGreaterThan(0);
    const top: TopPrinciple[] = [
      { id: 'dive-deep', name: 'Dive Deep', evidence: [{ section: 'description', start: at, end: at + 19, text: 'attention to detail', context: { start: at, end: at + 19, text: 'attention to detail' } }] },
      { id: 'frugality', name: 'Frugality', evidence: [] },
    ];
    await openOnPosting(async () => top);
    const item = await waitFor(() => {
      const li = document.querySelector('[data-principle="dive-deep"]');
      if (!li) throw new Error('not yet');
      return li as HTMLElement;
    });
    expect(item.querySelector('.principle-name')?.textContent).toBe('Dive Deep');
    const quote = item.querySelector('q')!;
    expect(quote.querySelector('mark')?.textContent).toBe('attention to detail');
    expect(quote.textContent).toContain('with ambiguity, with strong attention to detail, and an ability to work');
    expect(item.textContent).toContain('(description)');
    // No phrase: said in words rather than shown empty.
    expect(document.querySelector('[data-principle="frugality"]')?.textContent).toContain('No phrase names it directly');
  });

  it('ranks the real posting: five official principles, every highlight is the posting’s own words', async () => {
    await openOnPosting(); // the real ranking, asked of the (real) background handler as the popup does
    const items = await waitFor(() => {
      const lis = document.querySelectorAll('.principle-list > li');
      if (lis.length === 0) throw new Error('not yet');
      return [...lis] as HTMLElement[];
    });
    expect(items).toHaveLength(5);
    const allText = ['title', 'description', 'responsibilities', 'basicQualifications', 'preferredQualifications']
      .map((s) => sectionText(bie, s as Parameters<typeof sectionText>[1]))
      .join('\n');
    for (const li of items) {
      expect(PRINCIPLE_IDS).toContain(li.dataset.principle);
      expect(OFFICIAL_NAMES).toContain(li.querySelector('.principle-name')?.textContent);
      for (const q of li.querySelectorAll('q')) {
        const mark = q.querySelector('mark')!;
        expect(allText).toContain(mark.textContent);
        // The clause around it is the posting's text too (ellipses mark where it was cut).
        expect(allText).toContain(q.textContent!.replace(/^…|…$/g, ''));
      }
    }
    // This posting is full of analysis wording ("attention to detail", "analysis of results"):
    // at least one highlight in the list is evidence of that.
    expect(items.some((li) => li.querySelectorAll('mark').length > 0)).toBe(true);
  });

  it('renders hostile page text as text inside the highlight', async () => {
    const hostile = { ...bie, title: 'Own <img src=x onerror=alert(1)> it' };
    const api = storeApi(jobAnswer(hostile));
    render(<App api={api} rank={async () => [{ id: 'ownership', name: 'Ownership', evidence: [{ section: 'title', start: 0, end: 3, text: 'Own', context: { start: 0, end: 3, text: 'Own' } }] }]} />);
    await waitFor(() => expect(document.querySelector('mark')?.textContent).toBe('Own'));
    expect(document.querySelector('img')).toBeNull();
    expect(document.querySelector('q')?.textContent).toBe('Own <img src=x onerror=alert(1)> it');
  });
});

describe('save and stage', () => {
  it('Save becomes the stage control, offering only the moves allowed from "Saved"', async () => {
    const api = await openAndSave();
    expect(screen.queryByRole('button', { name: 'Save to tracker' })).toBeNull();
    expect(live()).toBe('Saved to your tracker.');
    // core/status.ts: a saved job can only be applied to or dropped.
    expect(options()).toEqual(['Applied', 'Withdrawn']);
    // Saved at T0 with the default 7-day wait (core/follow-up.ts).
    expect(document.querySelector('[data-field="followUp"]')?.textContent).toBe(
      `Next follow-up: ${new Date(T0 + 7 * DAY).toLocaleDateString(undefined, { year: 'numeric', month: 'short', day: 'numeric' })}Saved today; follow-up suggested in 7 days.`,
    );
    const stored = await api.db.applications.get('3038134');
    expect(stored?.status).toBe('saved');
    expect(stored?.posting.title).toBe(bie.title);
  });

  it('moves through the allowed stages, each with its own next moves, and announces each change', async () => {
    const api = await openAndSave();

    await chooseStage('applied', 'Applied');
    expect(live()).toBe('Stage changed to Applied.');
    expect(options()).toEqual(['Online assessment', 'Phone screen', 'Second phone screen', 'Loop (onsite or virtual)', 'Rejected', 'Withdrawn', 'No response']);

    await chooseStage('phone-screen', 'Phone screen');
    expect(options()).toEqual(['Second phone screen', 'Loop (onsite or virtual)', 'Offer', 'Rejected', 'Withdrawn', 'No response']);
    expect((await api.db.applications.get('3038134'))?.history.map((h) => h.to)).toEqual(['saved', 'applied', 'phone-screen']);
  });

  it('undo goes back one stage, in the store too, and is gone when nothing is left to undo', async () => {
    const api = await openAndSave();
    expect(screen.queryByRole('button', { name: /^Undo/ })).toBeNull(); // the save itself is not undone here
    fireEvent.click(screen.getByRole('button', { name: 'Update stage' })); // preselected: Applied
    await waitFor(() => expect(stage()).toBe('Applied'));

    fireEvent.click(screen.getByRole('button', { name: 'Undo “Applied” (back to Saved)' }));
    await waitFor(() => expect(stage()).toBe('Saved'));
    expect(live()).toBe('Undone: back to Saved.');
    expect(options()).toEqual(['Applied', 'Withdrawn']);
    expect(screen.queryByRole('button', { name: /^Undo/ })).toBeNull();
    expect((await api.db.applications.get('3038134'))?.status).toBe('saved');
  });

  it('a move refused by the background (changed in another window) shows the stored stage and keeps the record', async () => {
    const api = await openAndSave();
    // Meanwhile the tracker page withdrew the application.
    await setStatus(api.db, '3038134', 'withdrawn', T0);
    fireEvent.click(screen.getByRole('button', { name: 'Update stage' })); // Applied, from a stage that is gone
    await waitFor(() => expect(stage()).toBe('Withdrawn'));
    expect(live()).toBe('Stage changed elsewhere: now Withdrawn.');
    expect(screen.queryByRole('alert')).toBeNull();
    expect((await api.db.applications.get('3038134'))?.status).toBe('withdrawn');
  });

  it('shows the stored stage when the posting is already tracked', async () => {
    const api = storeApi(jobAnswer(bie));
    await saveApplication(api.db, bie, T0);
    await setStatus(api.db, '3038134', 'applied', T0 + DAY);
    render(<App api={api} rank={async () => []} />);
    await waitFor(() => expect(stage()).toBe('Applied'));
    expect(screen.queryByRole('button', { name: 'Save to tracker' })).toBeNull();
  });

  it('Open prep plan saves an unsaved posting first, then opens its plan: one click', async () => {
    const api = await openOnPosting(async () => []);
    await screen.findByRole('button', { name: 'Save to tracker' });
    fireEvent.click(screen.getByRole('button', { name: 'Open prep plan' }));
    await waitFor(() => expect(api.opened).toEqual(['/plan.html?jobId=3038134']));
    expect((await api.db.applications.get('3038134'))?.status).toBe('saved');
    expect(api.sent.filter((m) => m === 'saveApplication')).toHaveLength(1);
  });

  it('links to the tracker, at the application once saved', async () => {
    const api = await openOnPosting(async () => []);
    fireEvent.click(await screen.findByRole('link', { name: 'Open tracker' }));
    expect(api.opened).toEqual(['/tracker.html']);
    fireEvent.click(await screen.findByRole('button', { name: 'Save to tracker' }));
    fireEvent.click(await screen.findByRole('link', { name: 'See it in the tracker' }));
    expect(api.opened).toEqual(['/tracker.html', '/tracker.html?jobId=3038134']);
  });

  it('a posting without a job ID cannot be saved and says so', async () => {
    const api = storeApi(jobAnswer({ ...bie, jobId: null }));
    render(<App api={api} rank={async () => []} />);
    await screen.findByText('This page shows no job ID, so LoopReady cannot track it.');
    expect(screen.queryByRole('button', { name: 'Save to tracker' })).toBeNull();
  });
});

describe('on other pages', () => {
  it('shows what is due with its reason and the recent applications with their stage', async () => {
    const api = storeApi({ kind: 'no-content-script' });
    // 3038134 saved at T0 (follow-up due T0+7d); 2790938 applied at T0 (due T0+14d).
    await saveApplication(api.db, bie, T0);
    await saveApplication(api.db, postingOf('2790938'), T0);
    await setStatus(api.db, '2790938', 'applied', T0 + DAY);
    api.clock.now = T0 + 8 * DAY;
    render(<App api={api} />);
    await screen.findByRole('heading', { level: 2, name: 'Nothing to read here' });

    const due = await screen.findByRole('region', { name: /Follow-ups due/ });
    await waitFor(() => expect(within(due).getByText('(1)')).toBeTruthy());
    const dueItems = within(due).getAllByRole('listitem');
    expect(dueItems).toHaveLength(1);
    expect(dueItems[0]!.querySelector('a')?.textContent).toBe(bie.title);
    expect(dueItems[0]!.querySelector('.reason')?.textContent).toBe(
      'Saved 8 days ago and not applied yet; postings can close without notice once filled',
    );

    const recent = screen.getByRole('region', { name: 'Recent applications' });
    await waitFor(() => expect(within(recent).getAllByRole('listitem')).toHaveLength(2));
    // Most recently changed first: 2790938 was moved to Applied after 3038134 was saved.
    expect(within(recent).getAllByRole('listitem').map((li) => [li.dataset.jobId, li.querySelector('.pill')?.textContent])).toEqual([
      ['2790938', 'Applied'],
      ['3038134', 'Saved'],
    ]);
    fireEvent.click(within(recent).getAllByRole('link')[0]!);
    expect(api.opened).toEqual(['/tracker.html?jobId=2790938']);
  });

  it('says when nothing is due or tracked yet, and still leads into the tracker', async () => {
    const api = storeApi(reportAnswer({ kind: { page: 'other' }, posting: null, listing: null }));
    render(<App api={api} />);
    await screen.findByText('Nothing is due. LoopReady will tell you when a follow-up is.');
    await screen.findByText('None yet. Open a posting on amazon.jobs and save it.');
    fireEvent.click(screen.getByRole('link', { name: 'Open tracker' }));
    expect(api.opened).toEqual(['/tracker.html']);
  });

  it('on a search page, counts the cards and how many are tracked', async () => {
    const cards = ['3038134', '3045433', '3045434'].map((jobId) => ({ jobId, title: null, url: `https://www.amazon.jobs/en/jobs/${jobId}`, locations: [], postedDate: null }));
    const api = storeApi(reportAnswer({ kind: { page: 'search' }, posting: null, listing: { url: 'https://www.amazon.jobs/en/search', cards } }));
    await saveApplication(api.db, bie, T0);
    render(<App api={api} />);
    await waitFor(() => expect(document.querySelector('[data-field="trackedCount"]')?.textContent).toBe('In your tracker: 1 of them.'));
    expect(document.querySelector('[data-field="cardCount"]')?.textContent).toBe('3 job cards on this page.');
  });

  it('a tracker that cannot be read is an alert, not a blank popup', async () => {
    const api = storeApi({ kind: 'no-content-script' });
    api.call = async () => {
      throw new Error('Could not establish connection');
    };
    render(<App api={api} />);
    const alerts = await screen.findAllByRole('alert');
    expect(alerts.map((a) => a.textContent)).toEqual([
      'Could not load follow-ups: Could not establish connection',
      'Could not load recent applications: Could not establish connection',
    ]);
  });
});

describe('a stage changed elsewhere (another popup, the tracker)', () => {
  async function savedAndApplied() {
    const api = await openAndSave();
    await chooseStage('applied', 'Applied');
    return api;
  }

  it('shows the stored stage when the popup is looked at again', async () => {
    const api = await savedAndApplied();
    await setStatus(api.db, '3038134', 'phone-screen', T0); // behind the popup's back
    expect(stage()).toBe('Applied');
    fireEvent(window, new Event('focus'));
    await waitFor(() => expect(stage()).toBe('Phone screen'));
    expect(live()).toBe('Stage changed elsewhere: now Phone screen.');
  });

  it('refuses a move from a stale stage and shows the stored one instead of overwriting it', async () => {
    const api = await savedAndApplied();
    await setStatus(api.db, '3038134', 'phone-screen', T0); // another popup moved it first
    await chooseStage('rejected', 'Phone screen');
    expect(live()).toBe('Stage changed elsewhere: now Phone screen.');
    expect(screen.queryByRole('alert')).toBeNull();
    const stored = await api.db.applications.get('3038134');
    expect(stored?.status).toBe('phone-screen');
    expect(stored?.history.map((h) => h.to)).toEqual(['saved', 'applied', 'phone-screen']);
  });

  it('shows a stage changed in the tracker while it is open, without focus or a click', async () => {
    const api = await savedAndApplied();
    // The tracker page writes through the same write path, which announces the change.
    await api.elsewhere.setStatus('3038134', { from: 'applied', to: 'phone-screen' });
    await waitFor(() => expect(stage()).toBe('Phone screen'));
    expect(live()).toBe('Stage changed elsewhere: now Phone screen.');
    // The next move starts from the stage now shown.
    expect(options()).toContain('Second phone screen');
    expect(options()).not.toContain('Phone screen');
  });

  it('does not report its own moves as made elsewhere', async () => {
    // Everything the live region says, as a screen reader would hear it.
    const said: string[] = [];
    const observer = new MutationObserver(() => {
      const text = live();
      if (text && said.at(-1) !== text) said.push(text);
    });
    observer.observe(document.body, { subtree: true, childList: true, characterData: true });
    const api = await savedAndApplied();
    // The background announced the popup's own moves too; the re-reads they caused found nothing new.
    await new Promise((r) => setTimeout(r, 50));
    observer.disconnect();
    expect(said).toEqual(['Saved to your tracker.', 'Stage changed to Applied.']);
    // A change to another job is not this popup's business.
    await saveApplication(api.db, postingOf('1496414'), T0);
    await api.elsewhere.setStatus('1496414', { from: 'saved', to: 'applied' });
    await new Promise((r) => setTimeout(r, 50));
    expect(live()).toBe('Stage changed to Applied.');
    expect(stage()).toBe('Applied');
  });

  it('offers Save again when the application is deleted in the tracker while it is open', async () => {
    const api = await savedAndApplied();
    await api.elsewhere.deleteApplication('3038134');
    await screen.findByRole('button', { name: 'Save to tracker' });
    expect(stage()).toBeUndefined();
    expect(live()).toBe('Removed from your tracker elsewhere.');
  });
});
