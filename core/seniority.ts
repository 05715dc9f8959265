// The level a posting hires at, read from the title first ("Sr.", "Principal", "II", "L6") and then
// from the text (years of experience the basic qualifications ask for, people management, managing
// managers), and what that level changes for the candidate: the scope interviewers expect of a story.
// Amazon's loops probe the same principles at every level; what moves is how big the stories must be.
import type { Posting } from './posting';
import type { RoleFamilyId } from './role-family';
import { SUPPORT_ENGINEER_TITLE } from './interview-loop';

export const LEVEL_IDS = ['entry', 'mid', 'senior', 'principal', 'manager', 'senior-manager', 'unstated'] as const;
export type LevelId = (typeof LEVEL_IDS)[number];

export interface Level {
  id: LevelId;
  /** What a candidate reads ("senior individual contributor"). */
  label: string;
  /** Where it was read, quoting the posting ("the title says “Sr.”; the basic qualifications ask for 5+ years"). */
  reason: string;
  /** What the level changes in the loop, one or two sentences. */
  scope: string;
}

const LABEL: Record<LevelId, string> = {
  entry: 'entry level',
  mid: 'mid-level',
  senior: 'senior',
  principal: 'principal',
  manager: 'people manager',
  'senior-manager': 'manager of managers',
  unstated: 'not stated',
};

/**
 * What the plan says when nothing in the posting gives its level (no level in the title, no years asked):
 * the level still sets how big the stories must be, so the candidate should ask.
 */
export const UNSTATED_LEVEL: Level = {
  id: 'unstated',
  label: LABEL.unstated,
  reason: 'the title names no level and the qualifications ask for no years of experience',
  scope: 'The posting does not say the level: ask your recruiter which level the role is hired at, since it sets how big your stories should be.',
};

// Families whose loops have a system design round.
const DESIGN_ROUND: ReadonlySet<RoleFamilyId> = new Set(['software-engineering', 'security']);

// A support engineer's loop (interview-loop.ts) troubleshoots and scripts; it has no design round.
const hasDesignRound = (family: RoleFamilyId, title: string | null): boolean => DESIGN_ROUND.has(family) && !SUPPORT_ENGINEER_TITLE.test(title ?? '');

function scopeText(id: LevelId, design: boolean, technical: boolean): string {
  switch (id) {
    case 'entry':
      return technical
        ? `At entry level, stories may come from internships, university projects and your first job: interviewers look for what you did yourself and how fast you learned, and the technical rounds weigh most${design ? '; a design round, if there is one, is usually a small object-oriented design rather than a large system' : ''}.`
        : 'At entry level, stories may come from internships, studies, part-time work or your first job: interviewers look for what you did yourself and how fast you learned.';
    case 'mid':
      return 'At mid-level, interviewers expect stories of work you owned from start to finish (a project, a system or a process), including the parts nobody had planned for, and how you brought your team along.';
    case 'senior':
      return `At a senior level, a story about your own task alone reads as too junior: bring work that spanned a team or several teams, problems you framed when nobody had, people you mentored, and results the business measured${design ? '; the design round goes deeper into trade-offs, operations and cost' : ''}.`;
    case 'principal':
      return 'At a principal level, stories should span several teams or a whole organisation and often years: a direction you set, senior people you won over without authority, and results that lasted. Expect the Bar Raiser to test the scope of every story.';
    case 'manager':
      return 'As a people manager, every story should show your team’s results and your part in them: people you hired and grew, a performance problem you handled, and how you delivered through others rather than doing the work yourself.';
    case 'unstated':
      return UNSTATED_LEVEL.scope;
    case 'senior-manager':
      return 'As a manager of managers, stories should be about running an organisation through other leaders: managers you hired, grew or replaced, a direction you set across teams, and how you know what is really happening two levels down.';
  }
}

const FIRST_LINE_OR_MANAGERS =
  'The title names a first-line manager, but the posting has the role lead other managers: ask your recruiter which level it is hired at. Prepare stories of your own team’s results (people you hired and grew, a performance problem you handled), and one or two of leading through other leaders.';

// The levels years alone cannot tell from the one below: the plan says the span and prepares for the higher.
const SPAN: Partial<Record<LevelId, string>> = { senior: 'mid-level to senior', principal: 'senior to principal' };

function spanScope(id: LevelId, design: boolean, years: string): string {
  const [lower, higher] = id === 'principal' ? ['senior', 'principal'] : ['mid-level', 'senior'];
  const size =
    id === 'principal'
      ? 'work that spanned several teams or a whole organisation, a direction you set, and senior people you won over without authority'
      : `work that spanned a team or several teams, problems you framed when nobody had, and results the business measured${design ? '; expect the design round to probe trade-offs, operations and cost' : ''}`;
  return `The title names no level, and ${years} fits a ${lower} or a ${higher} hire: ask your recruiter which, and prepare stories of ${higher} size: ${size}.`;
}

const WORD_NUMBER: Record<string, number> = { one: 1, two: 2, three: 3, four: 4, five: 5, six: 6, seven: 7, eight: 8, nine: 9, ten: 10, twelve: 12, fifteen: 15 };
// "5+ years of … experience", "minimum of 3 years' experience", "at least five years experience",
// "3-5 years of experience": the number and the clause up to "experience" (within one line and 90 characters).
const YEARS =
  /\b(?:(?:a )?minimum (?:of )?|at least )?(\d{1,2}|one|two|three|four|five|six|seven|eight|nine|ten|twelve|fifteen)(?:\s*(?:-|–|to)\s*\d{1,2})?\s*\+?\s*(?:\(\d{1,2}\)\s*)?(?:or more |plus )?(?:years?|yrs?)(?:['’]s?)?\b[^\n.;]{0,90}?\bexperience\b/gi;
// A qualification line that opens with the years ("2+ years of analyzing and interpreting data…", "5+ years
// delivering software…"): the experience is the line itself.
const LEADING_YEARS = /^[\s\-•·*]*(?:(?:a )?minimum (?:of )?|at least )?(\d{1,2}|one|two|three|four|five|six|seven|eight|nine|ten|twelve|fifteen)(?:\s*(?:-|–|to)\s*\d{1,2})?\s*\+?\s*(?:or more |plus )?(?:years?|yrs?)\b/i;

// A title's level words. "Principle" is a common misspelling of "Principal" in titles.
const TITLE_LEVEL: readonly [LevelId, RegExp][] = [
  ['senior-manager', /\b(?:(?:senior|sr\.?) (?:(?:software development|software dev|engineering) )?mana(?:n)?ger|director|head of|vice president|vp|general manager|gm)(?!\w)/i],
  ['principal', /\b(?:principal|principle|distinguished|senior principal|sr\.? principal)(?!\w)/i],
  ['senior', /\b(?:senior|sr\.?|staff|sde ?iii|iii|l6|level 6)(?!\w)/i],
  ['mid', /\b(?:ii|l5|level 5)(?!\w)/i],
  ['entry', /\b(?:entry[- ]level|junior|jr\.?|new grad(?:uate)?|graduate|i|l4|level 4|trainee)(?!\w)/i],
];
// "L7" and the like name the level outright.
const L_LEVEL = /\bL([4-8])\b/;
const L_IDS: Record<string, LevelId> = { '4': 'entry', '5': 'mid', '6': 'senior', '7': 'principal', '8': 'principal' };

// People management: the text says the role leads people, not only work.
const MANAGES_PEOPLE =
  /\b(?:people management|people manager|direct reports|(?:manage|managing|lead|leading|build|building|grow|growing|hire and develop|hiring and developing)(?: and (?:develop|grow|lead|manage))? (?:a |the |an? (?:high-performing |small |large |growing )?)?(?:team|teams|group|organi[sz]ation) of (?:\d+\+? )?(?:[\w-]+ ){0,3}(?:engineers|developers|scientists|analysts|managers|associates|specialists|architects|people|leaders|professionals)|(?:engineering|team|people) management experience|experience (?:managing|leading) (?:a )?(?:team|teams|people|engineers))\b/i;
// Managing managers: the organisation runs through other leaders.
const MANAGES_MANAGERS =
  /\b(?:manag(?:e|es|ing) (?:a team of |teams of )?(?:other )?(?:managers|leaders)|managers? of managers|leaders? of leaders|(?:team|organi[sz]ation) of (?:[\w-]+ ){0,3}managers|through (?:other |first-line |front-line )?managers|managing (?:multiple|several) (?:engineering )?teams|lead (?:multiple|several) (?:engineering )?teams)\b/i;
// Titles that name a people manager (and not an individual contributor with "Manager" in the title:
// product, program, account, risk managers and the like).
// Titles of individual contributors: a "people management experience" line in their qualifications
// is a preference, not the job.
const IC_TITLE = /\b(?:engineer|engr|developer|analyst|specialist|associate|architect|scientist|designer|consultant|representative|technician|expert)s?\b/i;
const MANAGER_TITLE = /\b(?:software development mana(?:n)?ger|sdm|engineering manager|manager,? (?:software|engineering)|area manager|(?<!product )operations manager|shift manager|site leader|supervisor|team lead(?:er)?)\b/i;

const IC_LEVELS: readonly LevelId[] = ['entry', 'mid', 'senior', 'principal'];
const DESCRIBED = /\b(Principal|Senior|Sr\.?|Staff|Junior)\s+((?:[A-Z][\w&-]*\s+){0,4}?)(Manager|Engineer|Architect|Scientist|Designer|Analyst|Developer|Specialist|Consultant)\b(?!s\b)/g;

function describedLevel(description: string, role: string): { id: LevelId; text: string } | null {
  const roleWords = new Set(role.toLowerCase().match(/[a-z]{3,}/g) ?? []);
  for (const m of description.matchAll(DESCRIBED)) {
    const noun = m[3]!.toLowerCase();
    if (!roleWords.has(noun)) continue;
    const others = (m[2]!.toLowerCase().match(/[a-z]{3,}/g) ?? []).filter((w) => roleWords.has(w));
    if (!others.length) continue;
    const word = m[1]!.toLowerCase();
    const id: LevelId = word === 'principal' ? 'principal' : word === 'junior' ? 'entry' : 'senior';
    return { id, text: m[0].replace(/\s+/g, ' ') };
  }
  return null;
}

function firstYears(lines: readonly string[], leading = false): { years: number; text: string } | null {
  let best: { years: number; text: string } | null = null;
  for (const line of lines) {
    const lead = leading ? LEADING_YEARS.exec(line) : null;
    for (const m of lead ? [lead] : line.matchAll(YEARS)) {
      const n = WORD_NUMBER[m[1]!.toLowerCase()] ?? Number(m[1]);
      if (!(n >= 0 && n <= 30)) continue;
      if (!best || n > best.years) best = { years: n, text: m[0] };
    }
  }
  return best;
}

function fromYears(years: number): LevelId {
  if (years >= 10) return 'principal';
  if (years >= 5) return 'senior';
  if (years >= 2) return 'mid';
  return 'entry';
}

/** "5+ years" as the qualification says it, for the reason. */
function yearsPhrase(text: string): string {
  const m = /^[\s\-•·*]*(?:(?:a )?minimum (?:of )?|at least )?\S+(?:\s*(?:-|–|to)\s*\d{1,2})?\s*\+?\s*(?:\(\d{1,2}\)\s*)?(?:or more |plus )?(?:years?|yrs?)\b/i.exec(text.trim());
  const phrase = (m?.[0] ?? text).replace(/^[\s\-•·*]+/, '').replace(/\s+/g, ' ').replace(/\byrs?\b/i, (y) => (y.length === 3 ? 'years' : 'year'));
  return phrase.charAt(0).toLowerCase() + phrase.slice(1);
}

/**
 * The posting's level, or null when nothing says it. Students and interns have no level to read
 * (their plan is about projects and studies already). The title decides when it names a level; the
 * years of experience the basic qualifications ask for decide otherwise (the description's, for a
 * posting without qualifications); managing people or managers, from the title or the text, makes it
 * a manager's level.
 */
export function readLevel(posting: Posting, family: RoleFamilyId, technical: boolean): Level | null {
  if (family === 'student-intern') return null;
  const title = (posting.title ?? '').replace(/\s+/g, ' ');
  const role = title.split(/,|\s[-–|]\s|\(/)[0] ?? title;
  // Level words may follow a dash ("Software Dev Engineer - II, RBS Tech"); only the team after the comma is left out.
  // A level alone after a comma ("Program Manager, Senior") is still the title's.
  const tail = /,\s*((?:senior|sr\.?|principal|staff|junior|jr\.?|i{1,3})\b\.?)\s*(?:,|$)/i.exec(title)?.[1];
  const lead = `${title.split(',')[0] ?? title}${tail ? ` ${tail}` : ''}`;
  const reasons: string[] = [];
  let id: LevelId | null = null;

  const l = L_LEVEL.exec(title);
  const titled = l ? ([L_IDS[l[1]!]!, l[0]] as const) : TITLE_LEVEL.map(([lid, re]) => [lid, re.exec(lead)?.[0]] as const).find(([, m]) => m);
  if (titled?.[1]) {
    id = titled[0];
    reasons.push(`the title says “${titled[1]}”`);
  }
  // The description naming this role with a level ("As a Senior Business Intelligence Engineer…"): the
  // same role noun as the title and another of its words, in the singular ("Principal Engineers" are colleagues).
  const named = describedLevel(posting.description ?? '', role);
  let mismatch: string | null = null;
  if (named && !titled?.[1]) {
    id = named.id;
    reasons.push(`the description says “${named.text}”`);
  } else if (named && id && named.id !== id && IC_LEVELS.includes(id) && IC_LEVELS.includes(named.id)) {
    mismatch = named.text;
    reasons.push(`the description says “${named.text}”`);
    if (IC_LEVELS.indexOf(named.id) > IC_LEVELS.indexOf(id)) id = named.id;
  }
  // The title outranks the years; the years place a title that names no level.

  const body = [posting.description ?? '', ...posting.responsibilities].join('\n');
  const quals = posting.basicQualifications;
  const years = firstYears(quals.length ? quals : body.split('\n')) ?? (quals.length ? firstYears(quals, true) : null);
  const yearsReason = years ? `the ${quals.length ? 'basic qualifications ask' : 'description asks'} for ${yearsPhrase(years.text)} of experience` : null;

  const text = [body, ...quals].join('\n');
  const managesManagers = MANAGES_MANAGERS.exec(text);
  const managerTitle = MANAGER_TITLE.exec(role);
  const managesPeople = IC_TITLE.test(role) && !/\b(?:manager|lead|head|director)\b/i.test(role) ? null : MANAGES_PEOPLE.exec(text);
  const engineeringManager = family === 'engineering-management';
  // A title that names an individual contributor's level ("Sr. Technical Program Manager") while only the
  // text has the role lead a team: the two disagree, so the plan keeps the title's level and asks.
  if (titled?.[1] && IC_LEVELS.includes(titled[0]) && managesPeople && !managesManagers && !managerTitle && !engineeringManager) {
    const titleLevel = titled[0];
    return {
      id: titleLevel,
      label: `${LABEL[titleLevel]}, or a people manager`,
      reason: `the title says “${titled[1]}”; the posting says “${managesPeople[0]}”, which the title does not: ask the recruiter which`,
      scope: `${scopeText(titleLevel, hasDesignRound(family, posting.title), technical)} The posting also has the role lead a team, which the title does not say: ask your recruiter whether it manages people, and keep one or two stories of people you hired, coached or managed.`,
    };
  }
  if (engineeringManager || managerTitle || managesPeople || id === 'senior-manager') {
    // A manager's years say little about whether they manage managers; the title or the text does.
    if (id === 'senior-manager') reasons.length = 1;
    else if (managesManagers) {
      reasons.length = 0;
      reasons.push(`the posting says “${managesManagers[0]}”`);
      id = 'senior-manager';
      // A first-line manager's title ("Area Manager") over text that has the role lead managers ("your team of
      // Shift Managers"): the two disagree, and stories two levels down would oversize a first-line hire.
      if (managerTitle) return { id, label: 'people manager or manager of managers', reason: `${reasons[0]}; the title says “${managerTitle[0]}”, a first-line manager’s title: ask the recruiter which`, scope: FIRST_LINE_OR_MANAGERS };
    } else {
      // A title's "II" or "Sr." says less than the team the role leads.
      reasons.length = 0;
      if (managerTitle) reasons.push(`the title says “${managerTitle[0]}”`);
      else if (managesPeople) reasons.push(`the posting says “${managesPeople[0]}”`);
      else reasons.push('the role manages engineers');
      id = 'manager';
    }
  } else if (!id && years) {
    id = fromYears(years.years);
    // Years alone do not separate neighbouring levels: 5+ years is asked of mid-level and senior hires alike.
    const span = SPAN[id];
    if (span) return { id, label: span, reason: `${yearsReason}; the title names no level: ask the recruiter which`, scope: spanScope(id, hasDesignRound(family, posting.title), yearsPhrase(years.text)) };
  }
  if (!id) return null;
  // The years corroborate a level read from the title, or are the whole reason.
  if (yearsReason) reasons.push(yearsReason);
  const differ = mismatch ? ` The title and the description name different levels (“${mismatch}”): ask your recruiter which it is, and prepare stories at the higher one.` : '';
  return { id, label: LABEL[id], reason: reasons.join('; '), scope: `${scopeText(id, hasDesignRound(family, posting.title), technical)}${differ}` };
}

/** The role's title part: before a comma, a spaced dash or bar, or a parenthesis. */
function titleRole(posting: Posting): string {
  const title = (posting.title ?? '').replace(/\s+/g, ' ');
  return title.split(/,|\s[-–|]\s|\(/)[0] ?? title;
}

/**
 * Whether the role manages people, as readLevel reads a manager's level (the title, the family, or the
 * text saying it leads a team of people) without reading the years; for an individual contributor's
 * title, whether the role might still lead a team it names (`individual: true`), which readLevel does
 * not count. Cheap: the ranking asks it of every posting.
 */
export function peopleManagement(posting: Posting, family: RoleFamilyId): { manager: boolean; individual: boolean } {
  if (family === 'student-intern') return { manager: false, individual: true };
  const role = titleRole(posting);
  if (family === 'engineering-management' || MANAGER_TITLE.test(role) || TITLE_LEVEL[0]![1].test(role)) return { manager: true, individual: false };
  const individual = IC_TITLE.test(role) && !/\b(?:manager|lead|head|director)\b/i.test(role);
  if (individual) return { manager: false, individual };
  const text = [posting.description ?? '', ...posting.responsibilities, ...posting.basicQualifications].join('\n');
  return { manager: MANAGES_PEOPLE.test(text), individual };
}
