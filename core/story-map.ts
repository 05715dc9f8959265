// The story map: two stories per top principle (an interviewer who hears one asks for another, and a
// second interviewer may own the same principle), which of those stories can also answer another top
// principle, the follow-ups to expect, and the two questions nearly every loop asks: a failure and a
// disagreement. All text is LoopReady's own.
import { principle, type PrincipleId } from './principles';

export interface StoryIdea {
  /** "A" or "B". */
  label: string;
  prompt: string;
  /** Other top principles this story can also answer. */
  alsoServes: { id: PrincipleId; name: string }[];
}

export interface StoryMapEntry {
  principle: PrincipleId;
  name: string;
  stories: StoryIdea[];
  probes: string[];
}

export interface MustAskQuestion {
  kind: 'failure' | 'disagreement';
  question: string;
  /** Which principles a good answer shows. */
  shows: string[];
  probes: string[];
}

interface StorySeeds {
  stories: [string, string];
  probes: string[];
  /** Principles a story about this one often shows too, strongest first. */
  near: PrincipleId[];
}

const SEEDS: Record<PrincipleId, StorySeeds> = {
  'customer-obsession': {
    stories: [
      'A time you found out what a customer really needed and changed your plan because of it.',
      'A time you chose the customer’s interest over an easier or better-looking result for you.',
    ],
    probes: ['Who exactly was the customer, and how did you hear from them?', 'What did it cost you or the team?', 'How did you know it worked for them?'],
    near: ['earn-trust', 'invent-and-simplify', 'insist-on-the-highest-standards'],
  },
  ownership: {
    stories: [
      'A problem outside your job that you took on because nobody else would.',
      'Something that went wrong on your watch, and what you did in the first hours and afterwards.',
    ],
    probes: ['Why was it yours to fix?', 'What did you give up to do it?', 'What would have happened if you had left it?'],
    near: ['deliver-results', 'bias-for-action', 'dive-deep'],
  },
  'invent-and-simplify': {
    stories: [
      'An idea of yours that made a process, tool or product simpler, with what it removed.',
      'An idea others doubted at first, and how you tested it and won them over.',
    ],
    probes: ['Where did the idea come from?', 'What did you try that did not work?', 'Who adopted it after you?'],
    near: ['customer-obsession', 'frugality', 'think-big'],
  },
  'are-right-a-lot': {
    stories: [
      'A decision you made with incomplete information that turned out right, and how you judged it.',
      'A time your first view was wrong and you changed your mind because of evidence or another view.',
    ],
    probes: ['What else did you consider?', 'Who disagreed, and what did you do with their view?', 'How did you check you were right afterwards?'],
    near: ['dive-deep', 'have-backbone-disagree-and-commit', 'bias-for-action'],
  },
  'learn-and-be-curious': {
    stories: [
      'Something new you taught yourself quickly because the work needed it.',
      'Feedback or a failure that changed how you work.',
    ],
    probes: ['How did you learn it, concretely?', 'How long did it take?', 'What do you still do differently today?'],
    near: ['invent-and-simplify', 'dive-deep', 'are-right-a-lot'],
  },
  'hire-and-develop-the-best': {
    stories: [
      'Someone you helped grow, and where they are now.',
      'A hiring decision you influenced, or hard feedback you gave to raise someone’s performance.',
    ],
    probes: ['What did you do yourself, week by week?', 'What did not work with them?', 'How did you measure their progress?'],
    near: ['insist-on-the-highest-standards', 'earn-trust', 'strive-to-be-earths-best-employer'],
  },
  'insist-on-the-highest-standards': {
    stories: [
      'A time you refused to ship or hand over work that was not good enough.',
      'A standard you raised for your team, and how you got people to keep it.',
    ],
    probes: ['What was the bar, and who set it?', 'What did holding it cost in time?', 'How do you know the standard held afterwards?'],
    near: ['customer-obsession', 'dive-deep', 'deliver-results'],
  },
  'think-big': {
    stories: [
      'A bigger goal or direction you proposed than the one you were asked for, and how you got support.',
      'A long-term plan you wrote or led that changed what a team worked on.',
    ],
    probes: ['How did you explain the vision to others?', 'What was the first concrete step?', 'What happened to it?'],
    near: ['invent-and-simplify', 'ownership', 'customer-obsession'],
  },
  'bias-for-action': {
    stories: [
      'A decision you took quickly without all the data, and how you limited the risk.',
      'A time you unblocked work that was stuck waiting for someone else.',
    ],
    probes: ['Was the decision reversible?', 'What data did you not have?', 'What would you do differently?'],
    near: ['ownership', 'deliver-results', 'are-right-a-lot'],
  },
  frugality: {
    stories: [
      'Something you delivered with fewer people, money or time than you wanted.',
      'A cost or waste you found and removed without being asked.',
    ],
    probes: ['What did you do without?', 'How did you make sure quality did not suffer?', 'How much did it save?'],
    near: ['invent-and-simplify', 'ownership', 'deliver-results'],
  },
  'earn-trust': {
    stories: [
      'A mistake you admitted to someone affected by it, and how you put it right.',
      'A working relationship that had gone wrong and how you rebuilt it.',
    ],
    probes: ['What exactly did you say?', 'How did the other person react?', 'What is the relationship like now?'],
    near: ['customer-obsession', 'have-backbone-disagree-and-commit', 'ownership'],
  },
  'dive-deep': {
    stories: [
      'A problem you traced to its root cause when the obvious explanation did not hold.',
      'A time a metric looked fine but you found something wrong underneath.',
    ],
    probes: ['Which data or logs did you look at, in what order?', 'What did you rule out?', 'How did you make it visible sooner next time?'],
    near: ['are-right-a-lot', 'insist-on-the-highest-standards', 'ownership'],
  },
  'have-backbone-disagree-and-commit': {
    stories: [
      'A time you disagreed with your manager or a senior person and made your case with data.',
      'A decision you argued against but then committed to fully.',
    ],
    probes: ['How did you raise it, and with whom?', 'What happened to the relationship?', 'Looking back, who was right?'],
    near: ['earn-trust', 'are-right-a-lot', 'customer-obsession'],
  },
  'deliver-results': {
    stories: [
      'The result you are proudest of, with the obstacle you got past.',
      'A time you were about to miss a goal or deadline, and what you did.',
    ],
    probes: ['What was the number, against what target?', 'What did you drop to get there?', 'What was your part, not the team’s?'],
    near: ['ownership', 'bias-for-action', 'insist-on-the-highest-standards'],
  },
  'strive-to-be-earths-best-employer': {
    stories: [
      'A time you made work better or safer for the people around you.',
      'A time you supported someone through a hard period or helped them grow into a bigger role.',
    ],
    probes: ['How did you know what they needed?', 'What changed for them?', 'What did it cost you?'],
    near: ['hire-and-develop-the-best', 'earn-trust', 'success-and-scale-bring-broad-responsibility'],
  },
  'success-and-scale-bring-broad-responsibility': {
    stories: [
      'A decision where you weighed the effect on people beyond your own customers or team.',
      'A way you reduced waste, risk or harm that nobody was measuring you on.',
    ],
    probes: ['Who else was affected?', 'How did you weigh it against the goal?', 'Did it become standard practice?'],
    near: ['strive-to-be-earths-best-employer', 'think-big', 'customer-obsession'],
  },
};

/** Two stories per principle, each naming the other top principles it can also serve. */
export function storyMap(top: readonly PrincipleId[]): StoryMapEntry[] {
  return top.map((id) => {
    const seeds = SEEDS[id];
    const others = seeds.near.filter((n) => top.includes(n) && n !== id);
    // The first story takes the closest other top principle, the second the next one.
    const serve = (i: number) => {
      const n = others[i];
      return n ? [{ id: n, name: principle(n).name }] : [];
    };
    return {
      principle: id,
      name: principle(id).name,
      stories: seeds.stories.map((prompt, i) => ({ label: i === 0 ? 'A' : 'B', prompt, alsoServes: serve(i) })),
      probes: seeds.probes,
    };
  });
}

export function mustAskQuestions(partner: string, work: string): MustAskQuestion[] {
  return [
    {
      kind: 'failure',
      question: `Tell me about a time you failed: something in ${work} that did not work out. What happened, what was your part in it, and what do you do differently now?`,
      shows: ['Ownership', 'Learn and Be Curious', 'Earn Trust'],
      probes: ['What would you do differently with what you know now?', 'Who did you tell, and when?', 'What did it cost, in numbers?'],
    },
    {
      kind: 'disagreement',
      question: `Tell me about a time you disagreed with your manager or with ${partner}. How did you make your case, and what did you do once the decision was made?`,
      shows: ['Have Backbone; Disagree and Commit', 'Earn Trust'],
      probes: ['What data did you bring?', 'Did you change your mind on anything?', 'How did you support the decision if it went against you?'],
    },
  ];
}
