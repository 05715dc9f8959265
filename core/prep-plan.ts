// The prep plan: everything a candidate needs for the phone screen and the loop, as plain data (the
// UI renders it as text and lets the user tick items and fill STAR stories), plus a Markdown export.
import * as z from 'zod/mini';
import type { Posting } from './posting';
import { checklistIds, checklistTexts, type ChecklistList } from './checklist-ids';
import { Evidence } from './evidence';
import { evidenceQuote } from './evidence-context';
import { loopOverview, loopRounds, phoneScreenGuide } from './interview-loop';
import { PLAN_FAMILY_NOUN, familyRolePhrase } from './plan-family';
import { cleanText, listNames, planTitle, repairText } from './plan-text';
import { assessPosting, type PostingBasis } from './posting-quality';
import { SECTIONS, sectionText, type Section } from './posting-sections';
import { PrincipleId, principle } from './principles';
import { familyWords, practiceQuestions, questionsToAsk, teamName } from './questions';
import { rankPrinciples, type RankedPrinciple } from './rank-principles';
import { ROLE_FAMILIES, detectRoleFamily, isTechnicalFamily, type RoleFamily, type RoleFamilyId } from './role-family';
import { mustAskQuestions, principleMention, storyMap, type Mention } from './story-map';
import { LEVEL_IDS, UNSTATED_LEVEL, readLevel, type Level } from './seniority';
import { mobileRole, technicalTopics } from './technical-topics';

export const TOP_PRINCIPLES = 5;
/** How many questions to ask the popup shows (the first ones of the plan's list). */
export const BEST_QUESTIONS = 3;
/** Said once above the questions to ask (no per-question marker: the order says it). */
export const ASK_LEAD = 'Best first: if there is time for only a few, ask the first three.';

const EvidenceSchema = z.extend(Evidence, {
  /** The context split around the phrase for display, "…" where it is cut (see evidenceQuote). */
  quote: z.optional(z.object({ before: z.string(), phrase: z.string(), after: z.string() })),
});
export type PlanEvidence = z.infer<typeof EvidenceSchema>;

export const ChecklistItem = z.object({
  /** From the item's words, so it follows the item if the list changes: "basic:1k3x9qz" (checklist-ids.ts). */
  id: z.string(),
  text: z.string(),
  done: z.boolean(),
  note: z.string(),
});
export type ChecklistItem = z.infer<typeof ChecklistItem>;

export const StarStory = z.object({ situation: z.string(), task: z.string(), action: z.string(), result: z.string() });

export const PlanPrinciple = z.object({
  id: PrincipleId,
  name: z.string(),
  score: z.number(),
  summary: z.string(),
  evidence: z.array(EvidenceSchema),
  /** Why it ranks here when no sentence of the posting was matched to it; empty when there is evidence. */
  unmatched: z.optional(z.string()),
  /** The question most likely to come for this principle; its anchor in the plan is `likelyAnchor(id)`. */
  likelyQuestion: z.string(),
  /** Every question for the principle, the likely one first. */
  practiceQuestions: z.array(z.string()),
  starHints: StarStory,
  /** The candidate's own story; empty until they write it. */
  star: StarStory,
});
export type PlanPrinciple = z.infer<typeof PlanPrinciple>;

const Named = z.object({ id: PrincipleId, name: z.string() });

export const StoryMapEntry = z.object({
  principle: PrincipleId,
  name: z.string(),
  stories: z.array(z.object({ label: z.string(), prompt: z.string(), alsoServes: z.array(Named) })),
  probes: z.array(z.string()),
});

export const MustAsk = z.object({
  kind: z.enum(['failure', 'disagreement']),
  question: z.string(),
  shows: z.array(z.string()),
  probes: z.array(z.string()),
});

export const AskQuestion = z.object({ id: z.string(), text: z.string() });

export const PrepPlan = z.object({
  jobId: z.nullable(z.string()),
  url: z.string(),
  roleSummary: z.object({
    title: z.string(),
    family: z.string(),
    familyId: z.enum(ROLE_FAMILIES.map((f) => f.id) as [RoleFamilyId, ...RoleFamilyId[]]),
    familyReason: z.string(),
    team: z.nullable(z.string()),
    location: z.nullable(z.string()),
    postedDate: z.nullable(z.string()),
    text: z.string(),
    /** The level the posting hires at and what it changes (core/seniority.ts); absent when nothing says it. */
    level: z.optional(z.object({ id: z.enum(LEVEL_IDS), label: z.string(), reason: z.string(), scope: z.string() })),
    /** What the plan rests on (see PostingBasis); anything but "full" is said in `notes`. */
    basis: z.enum(['full', 'qualifications-only', 'description-only', 'thin']),
  }),
  principles: z.array(PlanPrinciple),
  storyMap: z.object({ entries: z.array(StoryMapEntry), mustAsk: z.array(MustAsk) }),
  loop: z.object({ overview: z.array(z.string()), rounds: z.array(z.object({ name: z.string(), what: z.string() })) }),
  /** `conditions`: eligibility, travel, shifts, on-call and physical work the description states (absent when none). */
  checklist: z.object({ basic: z.array(ChecklistItem), preferred: z.array(ChecklistItem), conditions: z.optional(z.array(ChecklistItem)) }),
  technicalTopics: z.array(
    z.object({
      topic: z.string(),
      source: z.enum(['posting', 'role family']),
      quote: z.optional(z.string()),
      /** One of what the family's interviews test (listed first); otherwise a skill the posting names. */
      core: z.optional(z.boolean()),
    }),
  ),
  phoneScreen: z.array(z.string()),
  timeline: z.array(z.string()),
  /** Best first: the first BEST_QUESTIONS are the ones the popup shows. `id` is the anchor in the plan page. */
  questionsToAsk: z.array(AskQuestion),
  notes: z.array(z.string()),
});
export type PrepPlan = z.infer<typeof PrepPlan>;

/** The anchor of a principle's most likely question in the plan page ("likely-ownership"). */
export function likelyAnchor(id: PrincipleId): string {
  return `likely-${id}`;
}

const EMPTY_STAR = { situation: '', task: '', action: '', result: '' };

const TIMELINE = [
  'After the phone screen, the recruiter usually tells you within a week or two whether you go on to the loop.',
  'If you have heard nothing after a week, a short, polite note to your recruiter is fine.',
  'Ask your recruiter, not the interviewers, about next steps and when to expect an answer: interviewers in the loop rarely know.',
  'Before the loop, write two stories for each top principle (see the story map), rehearse them aloud, and make sure no story has to serve two interviewers.',
  'After the loop, a decision usually comes within about a week; ask your recruiter for feedback either way.',
];

function typicalFor(family: RoleFamilyId): string {
  return family === 'general' ? 'most Amazon roles' : `${PLAN_FAMILY_NOUN[family]} roles`;
}

/** Says what the plan rests on when it is not the whole posting; null for a full posting. */
// Fewer words than this in the description and duties together is a posting that says little of the work.
const SHORT_WORK_TEXT = 150;

export function basisNote(basis: PostingBasis, family: RoleFamilyId, evidenced: number, workWords = 0): string | null {
  switch (basis) {
    case 'thin':
      return `This posting has too little text to read: the principles below are typical for ${typicalFor(family)}, not drawn from the posting.`;
    case 'qualifications-only':
      return `This posting shows only its qualifications: the principles below are typical for ${typicalFor(family)}, adjusted by what the qualifications mention. Read the full description on amazon.jobs if you can.`;
    case 'description-only':
      return 'This posting lists no qualifications, so the checklist is empty and the plan rests on the description alone.';
    case 'full':
      // "Says little" only of a short posting: a long one (1374928, 700 words) may simply show its principles in
      // words the ranking does not read as them, and then the note says what the plan quotes instead.
      if (evidenced > 1) return null;
      if (workWords < SHORT_WORK_TEXT) return `The posting says little about how the work is done, so the order below leans on what is typical for ${typicalFor(family)}.`;
      return `${evidenced === 0 ? 'None' : 'Only one'} of the top three principles has a line of this posting quoted for it, so the order below leans on what is typical for ${typicalFor(family)}.`;
  }
}

/**
 * Said of a top principle no sentence was matched to. It never claims the posting does not name the
 * principle (the name may sit in masked company text, or in words the ranking does not read as it).
 */
export function unmatchedNote(family: RoleFamilyId, mention?: Mention | null): string {
  if (mention) {
    // A quote inside the quote ("…experiences like “Alexa, show the front door”…") takes single marks.
    const quoted = `“${cleanText(mention.text).replace(/[“”]/g, (q) => (q === '“' ? '‘' : '’'))}”, ${SECTION_LABEL[mention.section]}`;
    return mention.byCompany
      ? `Only the company's or team's description of itself touches on it (${quoted}), not the role's duties; it ranks here mainly because loops for ${typicalFor(family)} usually probe it.`
      : `The posting touches on it only in passing (${quoted}); it ranks here mainly because loops for ${typicalFor(family)} usually probe it.`;
  }
  // Said of what the plan quotes, not of the posting: a duty may show the principle in words the
  // matcher does not read as it (reviews 6-8 read "No sentence … was matched" as a false claim there).
  return `No line of this posting is quoted for it; it ranks here because loops for ${typicalFor(family)} usually probe it.`;
}

/** A place as people write it: amazon.jobs' old "IN, KA, Bengaluru" (country, state, city) city first. */
export function placeName(location: string): string {
  const t = cleanText(location);
  const m = /^([A-Z]{2,3}), ([A-Z]{2,3}), ([^,]+)$/.exec(t);
  return m ? `${m[3]}, ${m[2]}, ${m[1]}` : t;
}

// The words that make a title name a job rather than a team.
const ROLE_NOUN =
  /\b(?:engine(?:er|ers)|engr|manager|mananger|architect|scientist|analyst|specialist|associate|assoc|technician|tech|datatech|eng|designer|developer|recruiter|consultant|lead|director|representative|expert|teacher|administrator|advocate|partner|coordinator|intern|sde|sdm|tpm|head|officer|owner|writer|counsel|attorney|accountant|controller|trainee|executive|agent|economist|researcher|advisor|strategist|buyer|planner|operator|supervisor|instructor|trainer|editor|producer|marketer|principal|vp|president|chief)s?\b/i;

function roleSummaryText(posting: Posting, family: RoleFamilyId, top: readonly RankedPrinciple[], confident: boolean, level: Level | null): string {
  const shown = posting.title ? planTitle(posting.title, posting.url) : '';
  // A title that names only a team or an organisation ("Data Center Engineering Operations") is not a role.
  const title = !shown ? 'This role' : ROLE_NOUN.test(shown) ? shown : `This role (${shown})`;
  const three = top.slice(0, 3);
  const names = listNames(three.map((p) => principle(p.id).name));
  const where = posting.locations.length ? ` in ${posting.locations.map(placeName).join('; ')}` : '';
  // The posting "leans on" only the principles it gives a sentence for; one ranked this high on the
  // family's habits alone (or on the company's description of itself) is said to be the loop's, not the posting's.
  const stated = listNames(three.filter((p) => p.evidence.length > 0).map((p) => principle(p.id).name));
  const usual = listNames(three.filter((p) => p.evidence.length === 0).map((p) => principle(p.id).name));
  const lead = !confident
    ? `Start with ${names}, and prepare two stories for each.`
    : usual
      ? `The posting leans most on ${stated}, and loops for ${typicalFor(family)} usually probe ${usual} too: prepare two stories for each, then the others below.`
      : `The posting leans most on ${names}: prepare two stories for each, then the others below.`;
  return `${title}${where} is ${familyRolePhrase(family)}. ${lead}${level ? ` ${level.scope}` : ''}`;
}

// The source's list marks and enumerators are not the posting's words: "-7+ years…" reads "7+ years…",
// "…Amazon Aurora; (2.)" ends at "Aurora", "(1.) Database…" starts at "Database".
const LEAD_MARK = /^(…?)\s*(?:[-*•·▪◦Ø–—]+\s*|\((?:\d{1,2}|[a-h])[.)]?\)\s*)+/;
const TRAIL_ENUM = /\s*[;,]?\s*(?:(?:and|or)\s+)?\((?:\d{1,2}|[a-h])[.)]?\)\s*(…?)$/;

export function tidyQuote(q: { before: string; phrase: string; after: string }): { before: string; phrase: string; after: string } {
  let { before, after } = q;
  if (before) before = before.replace(LEAD_MARK, '$1');
  after = after.replace(TRAIL_ENUM, '$1');
  // A quote that now ends in the enumeration's ";" ends as a clause.
  after = after.replace(/\s*;$/, '');
  return { before, phrase: q.phrase, after };
}

function checklist(items: readonly string[], list: ChecklistList): ChecklistItem[] {
  const ids = checklistIds(list, items);
  return items.map((text, i) => ({ id: ids[i]!, text, done: false, note: '' }));
}

export interface PlanInputs {
  family?: RoleFamily;
  ranked?: RankedPrinciple[];
}

/** Builds the plan; never throws for a valid Posting. Notes say what could not be judged. */
export function buildPrepPlan(posting: Posting, inputs: PlanInputs = {}): PrepPlan {
  const quality = assessPosting(posting);
  const family = inputs.family ?? detectRoleFamily(posting);
  const ranked = inputs.ranked ?? rankPrinciples(posting, family);
  const fam = family.id;
  const top = ranked.slice(0, TOP_PRINCIPLES);
  const topIds = top.map((p) => p.id);
  const words = familyWords(fam, posting.title);
  const questions = practiceQuestions(topIds, fam, Infinity, words);
  const evidenced = top.slice(0, 3).filter((p) => p.evidence.length > 0).length;
  const workWords = [posting.description ?? '', ...posting.responsibilities].join(' ').split(/\s+/).filter(Boolean).length;
  const basis = basisNote(quality.basis, fam, evidenced, workWords);
  // The basis leads the notes; on a thin posting it follows the note that says the text is too short.
  const notes = basis && quality.basis !== 'thin' ? [basis, ...quality.notes] : [...quality.notes, ...(basis ? [basis] : [])];
  if (fam === 'general') notes.push('The role family could not be determined; questions use general wording.');
  // Students have no level to read; any other posting that gives none says so, so the candidate asks.
  const level = readLevel(posting, fam, isTechnicalFamily(fam)) ?? (fam === 'student-intern' ? null : UNSTATED_LEVEL);
  const { basic, preferred, condition: conditions } = checklistTexts(posting);
  const basicText = posting.basicQualifications.join('\n');
  const rounds = loopRounds(fam, posting.title, () => [posting.description ?? '', ...posting.basicQualifications, ...posting.preferredQualifications].join('\n'), mobileRole(posting), basicText);

  // Each quoted section's text, joined once for all its quotes (not once per quote).
  const texts = new Map<Section, string>();
  const textOf = (section: Section): string => {
    let text = texts.get(section);
    if (text === undefined) texts.set(section, (text = sectionText(posting, section)));
    return text;
  };
  // The sentences the top principles already quote, so a passing mention prefers another one.
  const quoted = new Map<Section, [number, number][]>();
  for (const p of top) for (const ev of p.evidence) quoted.set(ev.section, [...(quoted.get(ev.section) ?? []), [ev.context.start, ev.context.end]]);

  return {
    jobId: posting.jobId,
    url: posting.url,
    roleSummary: {
      title: posting.title ? planTitle(posting.title, posting.url) : '(untitled posting)',
      family: PLAN_FAMILY_NOUN[fam],
      familyId: fam,
      familyReason: cleanText(family.reason),
      team: teamName(posting),
      location: posting.locations[0] ? placeName(posting.locations[0]) : null,
      postedDate: posting.postedDate,
      text: roleSummaryText(posting, fam, top, (quality.basis === 'full' || quality.basis === 'description-only') && evidenced >= 2, level),
      ...(level ? { level } : {}),
      basis: quality.basis,
    },
    principles: top.map((p) => {
      const kb = principle(p.id);
      const own = questions.filter((q) => q.principle === p.id).map((q) => q.text);
      return {
        id: p.id,
        name: kb.name,
        score: p.score,
        summary: kb.summary,
        evidence: p.evidence.map((ev) => ({ ...ev, quote: tidyQuote(evidenceQuote(textOf(ev.section), ev)) })),
        ...(p.evidence.length ? {} : { unmatched: unmatchedNote(fam, principleMention(posting, p.id, quoted)) }),
        likelyQuestion: own[0] ?? '',
        practiceQuestions: own,
        starHints: kb.starHints,
        star: { ...EMPTY_STAR },
      };
    }),
    storyMap: { entries: storyMap(topIds), mustAsk: mustAskQuestions(words.partner, words.work) },
    loop: { overview: loopOverview(fam, rounds, posting.title, basicText), rounds },
    checklist: {
      basic: checklist(basic, 'basic'),
      preferred: checklist(preferred, 'preferred'),
      ...(conditions.length ? { conditions: checklist(conditions, 'condition') } : {}),
    },
    technicalTopics: technicalTopics(posting, fam),
    phoneScreen: phoneScreenGuide(fam, [posting.description ?? '', ...posting.responsibilities, ...posting.basicQualifications, ...posting.preferredQualifications].join('\n'), posting.title, basicText),
    timeline: TIMELINE,
    questionsToAsk: questionsToAsk(posting, fam, ranked),
    notes,
  };
}

const SECTION_LABEL: Record<Section, string> = {
  title: 'title',
  description: 'description',
  responsibilities: 'responsibilities',
  basicQualifications: 'basic qualifications',
  preferredQualifications: 'preferred qualifications',
};

/**
 * Posting text goes into Markdown as literal text: what a renderer would read as markup (angle
 * brackets, links, emphasis, code, a heading mark at the start) is backslash-escaped, so it shows
 * "<script>" as characters, never as markup. Punctuation that is markup nowhere inside a line
 * ("C#", "Hello!", "{x}", "a | b") is left as it is, so the raw Markdown reads cleanly too.
 */
export function escapeMarkdown(s: string): string {
  return escapeInline(s).trim().replace(/^#/, '\\#');
}

// The same escaping without trimming, for pieces of one line joined together.
function escapeInline(s: string): string {
  const t = repairText(s).replace(/[\s\u00a0\u200b]+/g, ' ');
  return (
    t
      // A backslash before punctuation would escape it; elsewhere it reads as itself.
      .replace(/\\(?=[!-/:-@[-`{-~])/g, '\\\\')
      .replace(/[`*[\]<>]/g, '\\$&')
      // "_" emphasises only at a word's edge ("snake_case" is literal); "~" strikes through only in pairs.
      .replace(/(?<![\p{L}\p{N}])_|_(?![\p{L}\p{N}])/gu, '\\_')
      .replace(/~/g, (m) => (t.indexOf('~') !== t.lastIndexOf('~') ? '\\~' : m))
      // An "&" that would start a character reference is escaped; any other "&" reads as itself.
      .replace(/&(?=#?\w+;)/g, '\\&')
  );
}

/** Evidence as a Markdown quote: its clause, with the phrase in bold. Every piece is escaped. */
export function evidenceMarkdown(ev: PlanEvidence): string {
  const q = ev.quote ?? { before: '', phrase: ev.text, after: '' };
  const phrase = escapeMarkdown(q.phrase);
  const bold = phrase ? `**${phrase}**` : '';
  return `${escapeInline(q.before)}${bold}${escapeInline(q.after)}`.trim();
}

type Topic = PrepPlan['technicalTopics'][number];

/** The topics in two groups, each with its lead: what the role's interviews test, then the other skills the posting names. */
export function topicGroups(topics: readonly Topic[]): [lead: string, topics: Topic[]][] {
  const core = topics.filter((t) => t.core);
  const named = topics.filter((t) => !t.core);
  const groups: [string, Topic[]][] = [];
  if (core.length) groups.push(['What interviews for this kind of role test:', core]);
  if (named.length) groups.push([core.length ? 'Also named in the posting:' : 'Named in the posting:', named]);
  return groups;
}

const STAR_LABELS = [
  ['situation', 'Situation'],
  ['task', 'Task'],
  ['action', 'Action'],
  ['result', 'Result'],
] as const;

/** The plan as Markdown for export or printing. Untrusted text is escaped; nothing is raw HTML. */
export function planToMarkdown(plan: PrepPlan): string {
  const e = escapeMarkdown;
  const out: string[] = [];
  const bullets = (items: readonly string[]) => {
    for (const s of items) out.push(`- ${e(s)}`);
    out.push('');
  };
  out.push(`# Prep plan: ${e(plan.roleSummary.title)}`, '');
  if (plan.notes.length) {
    for (const n of plan.notes) out.push(`> Note: ${e(n)}`);
    out.push('');
  }
  out.push('## Role', '', e(plan.roleSummary.text), '');
  out.push(`- Role family: ${e(plan.roleSummary.family)} (${e(plan.roleSummary.familyReason)})`);
  if (plan.roleSummary.level) out.push(`- Level: ${e(plan.roleSummary.level.label)} (${e(plan.roleSummary.level.reason)})`);
  if (plan.roleSummary.team) out.push(`- Team: ${e(plan.roleSummary.team)}`);
  if (plan.roleSummary.location) out.push(`- Location: ${e(plan.roleSummary.location)}`);
  if (plan.roleSummary.postedDate) out.push(`- Posted: ${e(plan.roleSummary.postedDate)}`);
  if (plan.url) out.push(`- Posting: ${e(plan.url)}`);
  out.push('', '## How the interviews work', '', '### Phone screen', '');
  bullets(plan.phoneScreen);
  out.push('### The loop', '');
  bullets(plan.loop.overview);
  out.push(`### Rounds for ${e(plan.roleSummary.family)} roles`, '');
  for (const r of plan.loop.rounds) out.push(`- **${e(r.name)}**: ${e(r.what)}`);
  out.push('', '## Leadership Principles to prepare', '');
  plan.principles.forEach((p, i) => {
    out.push(`### ${i + 1}. ${e(p.name)}`, '', e(p.summary), '');
    if (p.evidence.length) {
      out.push('From the posting:');
      for (const ev of p.evidence) out.push(`- "${evidenceMarkdown(ev)}" (${SECTION_LABEL[ev.section]})`);
    } else out.push(`_${e(p.unmatched ?? unmatchedNote(plan.roleSummary.familyId))}_`);
    out.push('', `Most likely question: ${e(p.likelyQuestion)}`, '');
    const more = p.practiceQuestions.filter((q) => q !== p.likelyQuestion);
    if (more.length) {
      out.push('Other ways it is asked:');
      for (const q of more) out.push(`- ${e(q)}`);
      out.push('');
    }
    out.push('Your STAR story:');
    for (const [key, label] of STAR_LABELS) out.push(`- ${label}: ${e(p.star[key]) || '_' + e(p.starHints[key]) + '_'}`);
    out.push('');
  });
  out.push('## Story map', '', 'Two stories for each principle: a second interviewer may own the same one, and a good answer often prompts "tell me about another time".', '');
  for (const entry of plan.storyMap.entries) {
    out.push(`### ${e(entry.name)}`, '');
    for (const st of entry.stories) {
      const also = st.alsoServes.length ? ` (can also serve ${listNames(st.alsoServes.map((a) => e(a.name)))})` : '';
      out.push(`- Story ${e(st.label)}: ${e(st.prompt)}${also}`);
    }
    out.push(`- Follow-ups to expect: ${entry.probes.map(e).join(' ')}`, '');
  }
  out.push('### Two questions nearly every loop asks', '');
  for (const q of plan.storyMap.mustAsk) {
    out.push(`- **${q.kind === 'failure' ? 'A failure' : 'A disagreement'}**: ${e(q.question)} (shows ${listNames(q.shows.map(e))})`);
    out.push(`  - Follow-ups to expect: ${q.probes.map(e).join(' ')}`);
  }
  out.push('');
  const list = (title: string, items: ChecklistItem[]) => {
    out.push(`### ${title}`, '');
    if (!items.length) out.push('_None listed._');
    for (const it of items) out.push(`- [${it.done ? 'x' : ' '}] ${e(it.text)}${it.note ? ` — ${e(it.note)}` : ''}`);
    out.push('');
  };
  out.push('## Qualifications checklist', '');
  list('Basic', plan.checklist.basic);
  list('Preferred', plan.checklist.preferred);
  if (plan.checklist.conditions?.length) list('Conditions of the job', plan.checklist.conditions);
  if (plan.technicalTopics.length) {
    out.push('## Topics to revise', '');
    for (const [lead, topics] of topicGroups(plan.technicalTopics)) {
      out.push(lead, '');
      for (const t of topics) out.push(`- ${e(t.topic)}${t.source === 'posting' ? ` (the posting says "${e(t.quote ?? '')}")` : ''}`);
      out.push('');
    }
  }
  out.push('## Timeline', '');
  bullets(plan.timeline);
  out.push('## Questions to ask', '', ASK_LEAD, '');
  plan.questionsToAsk.forEach((q, i) => out.push(`${i + 1}. ${e(q.text)}`));
  out.push('');
  return out.join('\n');
}
