// @vitest-environment happy-dom
// A story's STAR parts read the same in the story bank and in an interview's principle list: one
// component (components/stories/StoryFacts.tsx), line breaks kept, an empty part shown as a dash,
// markup-looking text shown as text.
import { cleanup, render } from '@testing-library/preact';
import { afterEach, describe, expect, it } from 'vitest';
import { PrincipleStories } from '../../../components/interviews/PrincipleStories';
import { StoryBank } from '../../../components/stories/StoryBank';
import type { Story } from '../../../core/story';
import { T0 } from './helpers';

afterEach(cleanup);

const story: Story = {
  id: 's1',
  title: 'Rebuilt the nightly report',
  principles: ['ownership'],
  situation: 'The report failed\ntwice a week.',
  task: '',
  action: '<b>Rewrote</b> the job',
  result: 'No failure in six months.',
  createdAt: T0,
  updatedAt: T0,
};

const facts = () =>
  [...document.querySelectorAll('dl.facts > *')].map((el) => `${el.tagName.toLowerCase()}:${el.textContent}`);

const EXPECTED = [
  'dt:Situation',
  'dd:The report failed\ntwice a week.',
  'dt:Task',
  'dd:—',
  'dt:Action',
  'dd:<b>Rewrote</b> the job',
  'dt:Result',
  'dd:No failure in six months.',
];

describe('a story’s STAR parts', () => {
  it('in the story bank', () => {
    render(<StoryBank stories={[story]} actions={{ save: async () => story, remove: async () => {} }} />);
    expect(facts()).toEqual(EXPECTED);
    expect(document.querySelector('dl.facts b')).toBeNull();
  });

  it('under an interview’s principle, the same', () => {
    render(
      <PrincipleStories
        principles={[{ id: 'ownership', name: 'Ownership', summary: 'Acts for the long term.' }]}
        stories={[story]}
        tellings={new Map()}
        storyBankHref="/tracker.html#stories"
      />,
    );
    expect(facts()).toEqual(EXPECTED);
  });
});
