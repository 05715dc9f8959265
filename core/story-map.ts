// The story map: two stories per top principle (an interviewer who hears one asks for another, and a
// second interviewer may own the same principle), which of those stories can also answer another top
// principle, the follow-ups to expect, and the two questions nearly every loop asks: a failure and a
// disagreement. All text is LoopReady's own.
import type { Posting } from './posting';
import { MAX_SECTION_CHARS, sectionText, type Section } from './posting-sections';
import { postingSentences } from './posting-sentences';
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

// A story and the other principles it can also answer, closest first.
type Seed = [prompt: string, alsoServes: PrincipleId[]];

interface StorySeeds {
  a: Seed;
  b: Seed;
  probes: string[];
}

/** How many other top principles a story names as ones it can also serve. */
const SERVES_SHOWN = 2;

const SEEDS: Record<PrincipleId, StorySeeds> = {
  'customer-obsession': {
    a: ['A time you found out what a customer really needed and changed your plan because of it.', ['earn-trust', 'dive-deep', 'insist-on-the-highest-standards', 'invent-and-simplify']],
    b: ['A time you chose the customer’s interest over an easier or better-looking result for you.', ['ownership', 'have-backbone-disagree-and-commit', 'deliver-results', 'think-big']],
    probes: ['Who exactly was the customer, and how did you hear from them?', 'What did it cost you or the team?', 'How did you know it worked for them?'],
  },
  ownership: {
    a: ['A problem outside your job that you took on because nobody else would.', ['bias-for-action', 'deliver-results', 'customer-obsession', 'frugality']],
    b: ['Something that went wrong on your watch, and what you did in the first hours and afterwards.', ['earn-trust', 'dive-deep', 'insist-on-the-highest-standards', 'learn-and-be-curious']],
    probes: ['Why was it yours to fix?', 'What did you give up to do it?', 'What would have happened if you had left it?'],
  },
  'invent-and-simplify': {
    a: ['An idea of yours that made a process, tool or product simpler, with what it removed.', ['frugality', 'customer-obsession', 'deliver-results', 'ownership']],
    b: ['An idea others doubted at first, and how you tested it and won them over.', ['have-backbone-disagree-and-commit', 'think-big', 'earn-trust', 'are-right-a-lot']],
    probes: ['Where did the idea come from?', 'What did you try that did not work?', 'Who adopted it after you?'],
  },
  'are-right-a-lot': {
    a: ['A decision you made with incomplete information that turned out right, and how you judged it.', ['bias-for-action', 'dive-deep', 'deliver-results', 'ownership']],
    b: ['A time your first view was wrong and you changed your mind because of evidence or another view.', ['learn-and-be-curious', 'earn-trust', 'have-backbone-disagree-and-commit', 'insist-on-the-highest-standards']],
    probes: ['What else did you consider?', 'Who disagreed, and what did you do with their view?', 'How did you check you were right afterwards?'],
  },
  'learn-and-be-curious': {
    a: ['Something new you taught yourself quickly because the work needed it.', ['invent-and-simplify', 'dive-deep', 'deliver-results', 'bias-for-action']],
    b: ['Feedback or a failure that changed how you work.', ['earn-trust', 'are-right-a-lot', 'ownership', 'insist-on-the-highest-standards']],
    probes: ['How did you learn it, concretely?', 'How long did it take?', 'What do you still do differently today?'],
  },
  'hire-and-develop-the-best': {
    a: ['Someone you helped grow, and where they are now.', ['strive-to-be-earths-best-employer', 'earn-trust', 'think-big', 'ownership']],
    b: ['A hiring decision you influenced, or hard feedback you gave to raise someone’s performance.', ['insist-on-the-highest-standards', 'have-backbone-disagree-and-commit', 'earn-trust', 'are-right-a-lot']],
    probes: ['What did you do yourself, week by week?', 'What did not work with them?', 'How did you measure their progress?'],
  },
  'insist-on-the-highest-standards': {
    a: ['A time you refused to pass on work that was not good enough, even under time pressure.', ['customer-obsession', 'have-backbone-disagree-and-commit', 'ownership', 'dive-deep']],
    b: ['A standard you raised for your team, and how you got people to keep it.', ['hire-and-develop-the-best', 'deliver-results', 'invent-and-simplify', 'earn-trust']],
    probes: ['What was the bar, and who set it?', 'What did holding it cost in time?', 'How do you know the standard held afterwards?'],
  },
  'think-big': {
    a: ['A bigger goal or direction you proposed than the one you were asked for, and how you got support.', ['have-backbone-disagree-and-commit', 'earn-trust', 'customer-obsession', 'invent-and-simplify']],
    b: ['A long-term plan you wrote or led that changed what a team worked on.', ['ownership', 'deliver-results', 'invent-and-simplify', 'customer-obsession']],
    probes: ['How did you explain the vision to others?', 'What was the first concrete step?', 'What happened to it?'],
  },
  'bias-for-action': {
    a: ['A decision you took quickly without all the data, and how you limited the risk.', ['are-right-a-lot', 'ownership', 'customer-obsession', 'deliver-results']],
    b: ['A time you unblocked work that was stuck waiting for someone else.', ['ownership', 'deliver-results', 'earn-trust', 'frugality']],
    probes: ['Was the decision reversible?', 'What data did you not have?', 'What would you do differently?'],
  },
  frugality: {
    a: ['Something you delivered with fewer people, money or time than you wanted.', ['deliver-results', 'invent-and-simplify', 'ownership', 'bias-for-action']],
    b: ['A cost or waste you found and removed without being asked.', ['ownership', 'dive-deep', 'invent-and-simplify', 'insist-on-the-highest-standards']],
    probes: ['What did you do without?', 'How did you make sure quality did not suffer?', 'How much did it save?'],
  },
  'earn-trust': {
    a: ['A mistake you admitted to someone affected by it, and how you put it right.', ['ownership', 'customer-obsession', 'insist-on-the-highest-standards', 'deliver-results']],
    b: ['A working relationship that had gone wrong and how you rebuilt it.', ['have-backbone-disagree-and-commit', 'hire-and-develop-the-best', 'customer-obsession', 'deliver-results']],
    probes: ['What exactly did you say?', 'How did the other person react?', 'What is the relationship like now?'],
  },
  'dive-deep': {
    a: ['A problem you traced to its root cause when the obvious explanation did not hold.', ['ownership', 'insist-on-the-highest-standards', 'are-right-a-lot', 'deliver-results']],
    b: ['A time a metric looked fine but you found something wrong underneath.', ['customer-obsession', 'are-right-a-lot', 'insist-on-the-highest-standards', 'have-backbone-disagree-and-commit']],
    probes: ['Which data or logs did you look at, in what order?', 'What did you rule out?', 'How did you make it visible sooner next time?'],
  },
  'have-backbone-disagree-and-commit': {
    a: ['A time you disagreed with your manager or a senior person and made your case with data.', ['earn-trust', 'are-right-a-lot', 'customer-obsession', 'insist-on-the-highest-standards']],
    b: ['A decision you argued against but then committed to fully.', ['ownership', 'deliver-results', 'earn-trust', 'bias-for-action']],
    probes: ['How did you raise it, and with whom?', 'What happened to the relationship?', 'Looking back, who was right?'],
  },
  'deliver-results': {
    a: ['The result you are proudest of, with the obstacle you got past.', ['ownership', 'insist-on-the-highest-standards', 'invent-and-simplify', 'think-big']],
    b: ['A time you were about to miss a goal or deadline, and what you did.', ['bias-for-action', 'earn-trust', 'frugality', 'ownership']],
    probes: ['What was the number, against what target?', 'What did you drop to get there?', 'What was your part, not the team’s?'],
  },
  'strive-to-be-earths-best-employer': {
    a: ['A time you made work better or safer for the people around you.', ['insist-on-the-highest-standards', 'ownership', 'success-and-scale-bring-broad-responsibility', 'earn-trust']],
    b: ['A time you supported someone through a hard period or helped them grow into a bigger role.', ['hire-and-develop-the-best', 'earn-trust', 'customer-obsession', 'ownership']],
    probes: ['How did you know what they needed?', 'What changed for them?', 'What did it cost you?'],
  },
  'success-and-scale-bring-broad-responsibility': {
    a: ['A decision where you weighed the effect on people beyond your own customers or team.', ['think-big', 'customer-obsession', 'are-right-a-lot', 'earn-trust']],
    b: ['A way you reduced waste, risk or harm that nobody was measuring you on.', ['frugality', 'ownership', 'invent-and-simplify', 'insist-on-the-highest-standards']],
    probes: ['Who else was affected?', 'How did you weigh it against the goal?', 'Did it become standard practice?'],
  },
};

/** Two stories per principle, each naming the other top principles it can also serve. */
export function storyMap(top: readonly PrincipleId[]): StoryMapEntry[] {
  return top.map((id) => {
    const { a, b, probes } = SEEDS[id];
    const story = (label: string, [prompt, near]: Seed): StoryIdea => ({
      label,
      prompt,
      alsoServes: near
        .filter((n) => top.includes(n))
        .slice(0, SERVES_SHOWN)
        .map((n) => ({ id: n, name: principle(n).name })),
    });
    return { principle: id, name: principle(id).name, stories: [story('A', a), story('B', b)], probes };
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

// Where a posting touches on a principle in its own plain words, inflected or possessive ("our customers’
// trust", "customers are delighted", "Use data to identify roadblocks"), when the ranking quoted no sentence
// for it: the plan then says so rather than "no sentence matched". Whole words only ("Scikit-learn" is no
// learning); the standard company text is never read.
const MENTION: Record<PrincipleId, RegExp> = {
  'customer-obsession': /\bcustomer(?:s['’]?|['’]s)?(?![\w-])|\bcustomer[- ]obsess\w*|\bdelight(?:s|ed|ing)?\b/i,
  ownership: /\bownership\b|\bown(?:s|ed|ing)? (?:the|a|an|and|end|our|this|their|it)\b|\bend[- ]to[- ]end\b|\baccountab(?:le|ility)\b/i,
  'invent-and-simplify': /\binvent(?:s|ed|ing|ion|ions|ive)?\b|\bsimplif(?:y|ies|ied|ying|ication)\b|\binnovat(?:e|es|ed|ing|ion|ions|ive)\b|\bsimpler?\b/i,
  'are-right-a-lot': /\bjudge?ments?\b|\bdecisions?\b|\bdecision[- ]making\b|\binstincts?\b/i,
  'learn-and-be-curious': /\bcurio(?:us|sity)\b|(?<![\w-])learn(?:s|ed|ing|er|ers)?\b(?!-)/i,
  'hire-and-develop-the-best': /\bmentor(?:s|ed|ing|ship)?\b|\bcoach(?:es|ed|ing)?\b|\bhir(?:e|es|ed|ing)\b|\bdevelop(?:s|ed|ing)? (?:talent|people|others|the team|junior)\b/i,
  'insist-on-the-highest-standards': /\bstandards?\b|\braise the bar\b|\bhigh[- ]quality\b|\bquality\b|\battention to detail\b|\bexcellence\b/i,
  'think-big': /\bthink(?:s|ing)? big\b|\bvision(?:ary)?\b|\bbold\b|\blong[- ]term\b|\bstrateg(?:y|ies|ic)\b/i,
  'bias-for-action': /\bbias for action\b|\burgency\b|\bfast[- ]paced\b|\bquickly\b|\bambigu(?:ity|ous)\b|\bact(?:s|ed|ing)? fast\b/i,
  frugality: /\bfrugal(?:ity)?\b|\bcosts?\b|\bcost[- ]effective\b|\befficien(?:t|tly|cy|cies)\b|\bresourceful(?:ness)?\b/i,
  'earn-trust': /(?<![A-Z]\w* )\btrust(?:s|ed|ing|worthy)?\b|\bcredib(?:le|ility)\b|\bcandou?r\b|\brespect(?:ed|ful)?\b/,
  'dive-deep': /\bdiv(?:e|es|ing) deep(?:er)?\b|\bdeep[- ]dives?\b|\broot[- ]causes?\b|\buse data\b|\bdata[- ]driven\b|\banaly[sz](?:e|es|ed|ing|is)\b|\bmetrics?\b/i,
  'have-backbone-disagree-and-commit': /\bdisagree(?:s|d|ing|ment|ments)?\b|\bchalleng(?:e|es|ed|ing) (?:the status quo|assumptions|ideas|decisions)\b|\bbackbone\b|\bpush(?:ing)? back\b/i,
  'deliver-results': /\bdeliver(?:s|ed|ing)?\b(?! (?:station|stations|associates?|drivers?|partners?)\b)|\bresults?\b|\boutcomes?\b/i,
  'strive-to-be-earths-best-employer': /\bsafe(?:ty|r|ly)?\b|\bwell[- ]?being\b|\bemployee (?:experience|engagement)\b/i,
  'success-and-scale-bring-broad-responsibility': /\bsustainab(?:le|ility)\b|\bcommunit(?:y|ies)\b|\benvironmental\b|\bsociety\b/i,
};

/** A sentence of the posting that touches on a principle: the words around the match, "…" where cut. */
export interface Mention {
  section: Section;
  text: string;
  /** Only the company, a team pitch or Amazon's culture speaks of it, not the role: said so. */
  byCompany?: boolean;
}

const MENTION_SECTIONS: readonly Section[] = ['description', 'responsibilities', 'basicQualifications', 'preferredQualifications'];
const MENTION_CHARS = 140;

/**
 * The first sentence outside the standard company text that names `id` in plain words, preferring one
 * about the role to the company, a pitch or Amazon's culture speaking (then `byCompany`), and one
 * no other principle already quotes (`used`: section → [start, end) of quoted contexts); null when none.
 */
export function principleMention(posting: Posting, id: PrincipleId, used: ReadonlyMap<Section, readonly (readonly [number, number])[]>): Mention | null {
  const re = MENTION[id];
  let fallback: Mention | null = null;
  let companyLine: Mention | null = null;
  for (const section of MENTION_SECTIONS) {
    const text = sectionText(posting, section).slice(0, MAX_SECTION_CHARS);
    if (!text || !re.test(text)) continue;
    const sentences = postingSentences(text);
    const { spans, masked } = sentences;
    for (const [s, e] of spans) {
      if (masked.some(([a, b]) => a < e && s < b)) continue;
      const sentence = text.slice(s, e);
      const m = re.exec(sentence);
      if (!m) continue;
      // The company or team describing itself, a pitch or Amazon's culture is not the posting touching
      // on the principle for this role (review 5: "Our services protect … customers' trust"): kept only
      // for when nothing about the role does, and then said to be the company's words.
      const [ms, me] = [s + m.index, s + m.index + m[0].length];
      if (sentences.touches('self-description', ms, me) || sentences.touches('company-line', ms, me) || sentences.touches('culture', ms, me)) {
        companyLine ??= { section, text: around(sentence, m.index, m.index + m[0].length), byCompany: true };
        continue;
      }
      const mention = { section, text: around(sentence, m.index, m.index + m[0].length) };
      const taken = (used.get(section) ?? []).some(([a, b]) => a < e && s < b);
      if (!taken) return mention;
      fallback ??= mention;
    }
  }
  return fallback ?? companyLine;
}

// The sentence, or about MENTION_CHARS of it around the match, cut at spaces.
function around(sentence: string, start: number, end: number): string {
  const t = sentence.replace(/\s+/g, ' ');
  if (t.length <= MENTION_CHARS) return t.trim();
  const half = (MENTION_CHARS - (end - start)) >> 1;
  let a = Math.max(0, start - half);
  let b = Math.min(t.length, end + half);
  if (a > 0) a = t.indexOf(' ', a) + 1 || a;
  if (b < t.length) b = t.lastIndexOf(' ', b) > end ? t.lastIndexOf(' ', b) : b;
  return `${a > 0 ? '…' : ''}${t.slice(a, b).trim()}${b < t.length ? '…' : ''}`;
}
