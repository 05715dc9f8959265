// The prep plan: everything a candidate needs for the phone screen and the loop, as plain data (the
// UI renders it as text and lets the user tick items and fill STAR stories), plus a Markdown export.
import * as z from 'zod/mini';
import type { Posting } from './posting';
import { assessPosting } from './posting-quality';
import { evidenceQuote } from './evidence-context';
import { SECTIONS, sectionText, type Section } from './posting-sections';
import { PrincipleId, principle } from './principles';
import { practiceQuestions, questionsToAsk } from './questions';
import { rankPrinciples, type RankedPrinciple } from './rank-principles';
import { detectRoleFamily, isTechnicalFamily, type RoleFamily } from './role-family';
import { technicalTopics } from './technical-topics';

export const TOP_PRINCIPLES = 5;

const EvidenceSchema = z.object({
  section: z.enum(SECTIONS),
  start: z.number(),
  end: z.number(),
  text: z.string(),
  /** The clause around the phrase (offsets into the same section text). Absent in older plans. */
  context: z.optional(z.object({ start: z.number(), end: z.number(), text: z.string() })),
  /** The context split around the phrase for display, "…" where it is cut (see evidenceQuote). */
  quote: z.optional(z.object({ before: z.string(), phrase: z.string(), after: z.string() })),
});
export type PlanEvidence = z.infer<typeof EvidenceSchema>;

export const ChecklistItem = z.object({
  /** Stable within a posting: "basic-1", "preferred-3". */
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
  practiceQuestions: z.array(z.string()),
  starHints: StarStory,
  /** The candidate's own story; empty until they write it. */
  star: StarStory,
});
export type PlanPrinciple = z.infer<typeof PlanPrinciple>;

export const PrepPlan = z.object({
  jobId: z.nullable(z.string()),
  url: z.string(),
  roleSummary: z.object({
    title: z.string(),
    family: z.string(),
    familyReason: z.string(),
    team: z.nullable(z.string()),
    location: z.nullable(z.string()),
    postedDate: z.nullable(z.string()),
    text: z.string(),
  }),
  principles: z.array(PlanPrinciple),
  checklist: z.object({ basic: z.array(ChecklistItem), preferred: z.array(ChecklistItem) }),
  technicalTopics: z.array(
    z.object({ topic: z.string(), source: z.enum(['posting', 'role family']), quote: z.optional(z.string()) }),
  ),
  phoneScreen: z.array(z.string()),
  timeline: z.array(z.string()),
  questionsToAsk: z.array(z.string()),
  notes: z.array(z.string()),
});
export type PrepPlan = z.infer<typeof PrepPlan>;

const EMPTY_STAR = { situation: '', task: '', action: '', result: '' };

// General guidance in LoopReady's words; Amazon publishes the facts (length, Chime) on amazon.jobs.
const PHONE_SCREEN = [
  'Expect 30 to 60 minutes, by phone or as a video call (often Amazon Chime); test the link, camera and sound the day before.',
  'Have your résumé, your notes and your STAR stories in front of you, and the posting open.',
  'Expect two or three behavioural questions tied to Leadership Principles; answer with one real story each, in STAR order, and say "I", not "we".',
  'Keep your questions for the interviewer ready; you will usually have five minutes at the end.',
];

const TIMELINE = [
  'After a phone screen you usually hear back within about one to two weeks.',
  'If you have heard nothing after a week, send your recruiter a short, polite follow-up.',
  'If the next step is an interview loop, use the time to write one story per top principle and rehearse them aloud.',
];

function roleSummaryText(posting: Posting, family: RoleFamily, top: readonly RankedPrinciple[]): string {
  const title = posting.title ?? 'This role';
  const names = top.slice(0, 3).map((p) => principle(p.id).name);
  const where = posting.locations.length ? ` in ${posting.locations.join('; ')}` : '';
  const fam = family.id === 'general' ? 'a role LoopReady could not place in a family' : `a ${family.label} role`;
  return `${title}${where} is ${fam}. Prepare stories first for ${names.join(', ')}.`;
}

function checklist(items: readonly string[], prefix: string): ChecklistItem[] {
  return items.map((text, i) => ({ id: `${prefix}-${i + 1}`, text, done: false, note: '' }));
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
  const top = ranked.slice(0, TOP_PRINCIPLES);
  const questions = practiceQuestions(
    top.map((p) => p.id),
    family.id,
  );
  const notes = [...quality.notes];
  if (family.id === 'general') notes.push('The role family could not be determined; questions use general wording.');
  if (!quality.thin && top.every((p) => p.evidence.length === 0))
    notes.push('No phrase in the posting points to a particular principle; the order comes from the role family.');

  return {
    jobId: posting.jobId,
    url: posting.url,
    roleSummary: {
      title: posting.title ?? '(untitled posting)',
      family: family.label,
      familyReason: family.reason,
      // amazon.jobs sometimes stores an internal slug ("team-sde-primary") rather than a name.
      team: posting.team && !/^team-|^[a-z0-9-]+$/.test(posting.team) ? posting.team : null,
      location: posting.locations[0] ?? null,
      postedDate: posting.postedDate,
      text: roleSummaryText(posting, family, top),
    },
    principles: top.map((p) => {
      const kb = principle(p.id);
      return {
        id: p.id,
        name: kb.name,
        score: p.score,
        summary: kb.summary,
        evidence: p.evidence.map((ev) => ({ ...ev, quote: evidenceQuote(sectionText(posting, ev.section), ev) })),
        practiceQuestions: questions.filter((q) => q.principle === p.id).map((q) => q.text),
        starHints: kb.starHints,
        star: { ...EMPTY_STAR },
      };
    }),
    checklist: {
      basic: checklist(posting.basicQualifications, 'basic'),
      preferred: checklist(posting.preferredQualifications, 'preferred'),
    },
    technicalTopics: technicalTopics(posting, family.id, isTechnicalFamily(family.id)),
    phoneScreen: PHONE_SCREEN,
    timeline: TIMELINE,
    questionsToAsk: questionsToAsk(posting, family, ranked),
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
 * Posting text goes into Markdown as literal text: Markdown punctuation and angle brackets are
 * backslash-escaped so a renderer shows "<script>" as characters, never as markup.
 */
export function escapeMarkdown(s: string): string {
  return escapeInline(s).trim();
}

// The same escaping without trimming, for pieces of one line joined together.
function escapeInline(s: string): string {
  return s
    .replace(/\s+/g, ' ')
    .replace(/[\\`*_[\]{}<>#|!~]/g, '\\$&')
    .replace(/&/g, '&amp;');
}

/** Evidence as a Markdown quote: its clause, with the phrase in bold. Every piece is escaped. */
export function evidenceMarkdown(ev: PlanEvidence): string {
  const q = ev.quote ?? { before: '', phrase: ev.text, after: '' };
  const phrase = escapeMarkdown(q.phrase);
  const bold = phrase ? `**${phrase}**` : '';
  return `${escapeInline(q.before)}${bold}${escapeInline(q.after)}`.trim();
}

/** The plan as Markdown for export or printing. Untrusted text is escaped; nothing is raw HTML. */
export function planToMarkdown(plan: PrepPlan): string {
  const e = escapeMarkdown;
  const out: string[] = [];
  out.push(`# Prep plan: ${e(plan.roleSummary.title)}`, '');
  if (plan.notes.length) {
    for (const n of plan.notes) out.push(`> Note: ${e(n)}`);
    out.push('');
  }
  out.push('## Role', '', e(plan.roleSummary.text), '');
  out.push(`- Role family: ${e(plan.roleSummary.family)} (${e(plan.roleSummary.familyReason)})`);
  if (plan.roleSummary.team) out.push(`- Team: ${e(plan.roleSummary.team)}`);
  if (plan.roleSummary.location) out.push(`- Location: ${e(plan.roleSummary.location)}`);
  if (plan.roleSummary.postedDate) out.push(`- Posted: ${e(plan.roleSummary.postedDate)}`);
  if (plan.url) out.push(`- Posting: ${e(plan.url)}`);
  out.push('', '## Leadership Principles to prepare', '');
  plan.principles.forEach((p, i) => {
    out.push(`### ${i + 1}. ${e(p.name)} (score ${p.score})`, '', e(p.summary), '');
    if (p.evidence.length) {
      out.push('From the posting:');
      for (const ev of p.evidence) out.push(`- "${evidenceMarkdown(ev)}" (${SECTION_LABEL[ev.section]})`);
      out.push('');
    }
    out.push('Practice questions:');
    for (const q of p.practiceQuestions) out.push(`- ${e(q)}`);
    out.push('', 'Your STAR story:');
    out.push(`- Situation: ${e(p.star.situation) || '_' + e(p.starHints.situation) + '_'}`);
    out.push(`- Task: ${e(p.star.task) || '_' + e(p.starHints.task) + '_'}`);
    out.push(`- Action: ${e(p.star.action) || '_' + e(p.starHints.action) + '_'}`);
    out.push(`- Result: ${e(p.star.result) || '_' + e(p.starHints.result) + '_'}`, '');
  });
  const list = (title: string, items: ChecklistItem[]) => {
    out.push(`### ${title}`, '');
    if (!items.length) out.push('_None listed._');
    for (const it of items) out.push(`- [${it.done ? 'x' : ' '}] ${e(it.text)}${it.note ? ` — ${e(it.note)}` : ''}`);
    out.push('');
  };
  out.push('## Qualifications checklist', '');
  list('Basic', plan.checklist.basic);
  list('Preferred', plan.checklist.preferred);
  if (plan.technicalTopics.length) {
    out.push('## Technical topics', '');
    for (const t of plan.technicalTopics)
      out.push(`- ${e(t.topic)}${t.source === 'posting' ? ` (the posting mentions "${e(t.quote ?? '')}")` : ' (usual for this role family)'}`);
    out.push('');
  }
  out.push('## Phone screen', '');
  for (const s of plan.phoneScreen) out.push(`- ${e(s)}`);
  out.push('', '## Timeline', '');
  for (const s of plan.timeline) out.push(`- ${e(s)}`);
  out.push('', '## Questions to ask', '');
  for (const q of plan.questionsToAsk) out.push(`- ${e(q)}`);
  out.push('');
  return out.join('\n');
}
