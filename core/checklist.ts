// Qualification items as checkboxes: one requirement per box. Sources join several items into one
// line ("…SQL Ø Experience with…", "- Familiarity…"), wrap one item over two lines, or leave company
// text at the end of the list; this splits, joins and drops so each box is one thing to check.
import { hasSentenceBreak, isBoilerplate, isBoilerplateSentence } from './boilerplate';
import { cleanText, decodeEntities } from './plan-text';

// Markers that separate items inside one line. "-" only between sentences, before a capital.
const MARKER = /[Ø•·▪◦➢►✓✔§]/;
const INLINE_MARKERS = new RegExp(`\\s*${MARKER.source}\\s*`);
const LEADING_MARKS = /^(?:[-*–—•·▪◦Ø➢►✓✔§]\s*)+/;
const DASH_SPLIT = /\s[-–]\s(?=[A-Z])/;

// A long item of several whole sentences ("Bachelor's degree in … Must have one year of …") holds one
// requirement per sentence; a short one ("5+ years of X. Y preferred.") stays whole.
const LONG_ITEM = 200;

// "…at least one of the following: (1.) X; (2.) Y; or (3.) Z": one box per alternative, after the lead.
// Not a call or a footnote glued to a word ("alert(1)", "Python(3)"): an enumerator stands apart.
const ENUMERATOR = /\s*(?<![\p{L}\p{N}_])\((?:\d{1,2}|[a-h])[.)]?\)\s*/u;
// What an alternative keeps at its end from the enumeration ("X; or", "Y; and", "Z,").
const TRAILING_JOIN = /\s*[;,]\s*(?:(?:and|or)\s*)?$/i;

function splitEnumerated(p: string): string[] {
  const pieces = p.split(ENUMERATOR);
  // A lone "(1.)" enumerates nothing: the mark goes, the sentence stays whole.
  if (pieces.length === 2) return [pieces.map((x) => x.trim()).join(' ')];
  if (pieces.length < 3) return [p];
  return pieces.map((x, i) => (i === 0 ? x.trim() : x.replace(TRAILING_JOIN, '').trim())).filter((x) => /[\p{L}\p{N}]/u.test(x));
}

// A place listed among the qualifications ("Seattle, WA", "Arlington, VA / Washington, DC"): not a requirement.
const PLACE_LIST = /^(?:[A-Z][\p{L}.'’-]*(?: [A-Z][\p{L}.'’-]*){0,3}, [A-Z]{2,3})(?:\s*[/;]\s*[A-Z][\p{L}.'’-]*(?: [A-Z][\p{L}.'’-]*){0,3}, [A-Z]{2,3})*$/u;

// Two items run together without a mark ("…Excel skills Strong critical thinking skills…", "…tools Strong
// communication skills…"): a lower-case word, then a capitalised word that opens qualification items.
// A join word before it ("and Demonstrated", "such as Advanced…") or a proper noun after it stays whole.
const RUN_ON_OPENER = /(?:Strong|Excellent|Experience|Ability|Knowledge|Proficiency|Demonstrated|Proven|Solid|Familiarity|Bachelor['’]s|Must|Understanding|Outstanding|Exceptional|Fluency|Willingness)\b/;
const RUN_ON = new RegExp(`(?<=\\b(?!(?:and|or|with|in|of|for|to|the|an?|as|such|including|like|on|by|from|at|via|using|into|than|both|either|any|etc)\\b)[a-z]{2,}) (?=${RUN_ON_OPENER.source})`);
// RUN_ON's lookbehind is tried at every character; most items have no opener after a space and skip it.
const RUN_ON_HINT = new RegExp(` ${RUN_ON_OPENER.source}`);

// A paragraph that opens as the company ("At Audible, we…", "Since its founding in 2013, Ring…", "We'll expect
// you…"); a requirement paragraph may say "our" later ("…to determine our e-Business suite's configuration").
const COMPANY_VOICE = /^(?:at|since)\b|^[^.!?]*?\b(?:we|we['’](?:re|ll|ve|d)|our|us|mission)\b/i;
// Between two sentences of one item: ". " or "; " after a lower-case letter, digit or bracket, before a capital.
const SENTENCE_END = /(?<=[a-z0-9)][.;])\s+(?=[A-Z])/;

// Each split below is tried only on text that has what it splits at (most items have none).

function splitOne(item: string): string[] {
  let parts = (MARKER.test(item) ? item.split(INLINE_MARKERS) : [item]).flatMap((p) => (p.includes('(') ? splitEnumerated(p) : [p]));
  parts = parts.flatMap((p) => {
    if (!RUN_ON_HINT.test(p)) return [p];
    const pieces = p.split(RUN_ON);
    return pieces.length > 1 && pieces.every((x) => x.trim().length >= 12) ? pieces : [p];
  });
  parts = parts.flatMap((p) => {
    if (p.length < LONG_ITEM) return [p];
    const pieces = p.split(/(?<=[a-z)][.;])\s+(?=(?:Must|Experience|Bachelor|Master|Knowledge|Ability|Demonstrated|Proficiency|[0-9]+\+? years)\b)/);
    if (pieces.length > 1 && pieces.every((x) => x.trim().length >= 30)) return pieces;
    // A paragraph of requirements in the posting's voice, not the company's ("Candidates must have… Excellent
    // problem solving skills. Interact with business customers…"): one box per sentence, where company text
    // (below) would otherwise drop the whole paragraph.
    const sentences = p.split(SENTENCE_END);
    return sentences.length >= 3 && !COMPANY_VOICE.test(p) && sentences.every((x) => x.trim().length >= 12) ? sentences : [p];
  });
  // "Familiarity with X - Experience with Y - Knowledge of Z": only when it is clearly a list.
  parts = parts.flatMap((p) => {
    if (!p.includes('-') && !p.includes('–')) return [p];
    const pieces = p.split(DASH_SPLIT);
    return pieces.length >= 3 && pieces.every((x) => x.trim().length >= 12) ? pieces : [p];
  });
  return parts.map((p) => cleanText(p).replace(LEADING_MARKS, '').trim()).filter((p) => /[\p{L}\p{N}]/u.test(p));
}

// Company or team text that ended up in the list: several sentences, or a short "About …" sub-head.
function isCompanyText(item: string): boolean {
  if (/^about\b/i.test(item) && item.length <= 40) return true;
  if (PLACE_LIST.test(item)) return true;
  // "Lab126 is part of the Amazon.com, Inc. group of companies and is an Equal Opportunity…"
  if (/\bequal opportunity\b|\bgroup of companies\b|\bis an amazon company\b/i.test(item)) return true;
  // Amazon's template lines every loop checks anyway ("Meets/exceeds Amazon’s leadership principles requirements").
  if (/^meets\s*\/\s*exceeds amazon['’]s\b/i.test(item)) return true;
  if (item.length > 300 && COMPANY_VOICE.test(item) && item.split(/[.!?](?:\s|$)/).filter((s) => s.trim().length > 20).length >= 3) return true;
  // Standard closing text is whole sentences; a short requirement never is. One sentence is looked up
  // directly (what isBoilerplate would do after splitting it, without the splitting).
  if (item.length < 60) return false;
  return hasSentenceBreak(item) ? isBoilerplate(item) : isBoilerplateSentence(item);
}

/** Each item one requirement: split joined lists, join wrapped lines, drop company text. */
export function checklistItems(items: readonly string[]): string[] {
  const split = items.flatMap(splitOne);
  const joined: string[] = [];
  for (const it of split) {
    const prev = joined.at(-1);
    // A line that starts in lower case continues one that ended mid-sentence.
    if (prev !== undefined && /^[a-z]/.test(it) && !/[.;:!?)]$/.test(prev)) joined[joined.length - 1] = `${prev} ${it}`;
    else joined.push(it);
  }
  // A source that lists the same item twice shows it once.
  const seen = new Set<string>();
  return joined.filter((it) => {
    const key = it.toLowerCase();
    if (seen.has(key) || isCompanyText(it)) return false;
    seen.add(key);
    return true;
  });
}

// A requirement that says itself it is optional: "… is a plus", "… is highly desirable", "Previous work
// experience preferred.", "nice to have".
const NICE_TO_HAVE = /(?:\b(?:is|are|would be)\s+(?:an?\s+)?(?:(?:big|huge|strong|definite|real)\s+)?(?:plus|bonus|advantage)|\b(?:is|are)\s+(?:highly\s+|very\s+)?(?:desirable|preferred)|\bpreferred|\bnice to have)\s*[.;!]?$/i;
// Every match of NICE_TO_HAVE contains one of these.
const NICE_WORDS = /plus|bonus|advantage|desirable|preferred|nice to have/i;

/**
 * The basic qualifications' boxes, with what the posting itself calls optional moved out: an item that
 * is a plus, or the sentence of an item that says so ("… field. Advanced degree is a plus."), goes with
 * the preferred qualifications, first.
 */
export function sortRequirements(basic: readonly string[], preferred: readonly string[]): { basic: string[]; preferred: string[] } {
  const required: string[] = [];
  const optional: string[] = [];
  for (const item of checklistItems(basic)) {
    // A willingness to work shifts, travel or physical work is a condition of the job, shown there (conditionItems), not a skill.
    if (isQualificationCondition(item)) continue;
    // Most items have none of NICE_TO_HAVE's words and stay whole without being split.
    if (!NICE_WORDS.test(item)) {
      required.push(item);
      continue;
    }
    const sentences = item.split(SENTENCE_END);
    const keep = sentences.filter((x) => !NICE_TO_HAVE.test(x.trim()));
    const move = sentences.filter((x) => NICE_TO_HAVE.test(x.trim()));
    if (keep.length) required.push(move.length ? keep.join(' ') : item);
    optional.push(...move.map((x) => x.trim().replace(/;$/, '')));
  }
  return { basic: required, preferred: [...optional, ...checklistItems(preferred).filter((it) => !isQualificationCondition(it))] };
}

// The conditions a qualification line can state ("Willingness and ability to travel 50-75% of the year",
// "Must be able to work on a ladder"): shown with the other conditions, one box per line.
const QUALIFICATION_KINDS: ReadonlySet<string> = new Set(['Travel', 'On-call', 'Physical work']);

/** The kind of condition a qualification line states, if any (shifts apart: SHIFT_QUALIFICATION). */
function qualificationConditionKind(item: string): string | null {
  // A long line holds other requirements too ("Master's degree … one year of experience …"): it stays a requirement.
  if (item.length > 200 || !mayStateCondition(item)) return null;
  return CONDITIONS.find(([kind, re]) => QUALIFICATION_KINDS.has(kind) && re.test(item))?.[0] ?? null;
}

function isQualificationCondition(item: string): boolean {
  return SHIFT_QUALIFICATION.test(item) || qualificationConditionKind(item) !== null;
}

// A qualification that is a condition of the job: "Willingness to work flexible schedules/shifts/areas".
const SHIFT_QUALIFICATION = /^(?:willing(?:ness)?|able|ability|availab(?:le|ility))\b[^.]{0,30}\bwork\b[^.]{0,30}\b(?:flexible (?:schedules?|shifts?|hours)|shifts?|nights?|weekends?|holidays|overtime)\b/i;

// Conditions of the job that descriptions state outside the qualifications: who may be hired (export
// control, citizenship, clearance), travel, shifts and on-call, physical work. A candidate should see
// them before the loop, not after an offer.
// Each with the words one of which every match contains, as written once entities are decoded
// (cleanText only changes spacing besides, so a blank inside them is any run of blanks): a sentence
// with none of any kind's words is skipped before it is cleaned.
export const CONDITIONS: readonly [kind: string, re: RegExp, words: RegExp][] = [
  ['Eligibility', /\bexport control\b|\bU\.S\. (?:citizen|person)|\bcitizenship\b|\bsecurity clearance\b|\bright to work\b|\bwork authori[sz]ation\b/i, /export|u\.s\.|citizen|clearance|right[\s\u200b]+to[\s\u200b]+work|authori[sz]ation/i],
  ['Travel', /\btravel\b[^.\n]{0,40}\d{1,3}\s*%|\d{1,3}\s*%[^.\n]{0,30}\btravel\b|\btravel (?:up to|of up to|about|approximately|roughly) \d|\b(?:extended|extensive|frequent|significant|overnight) travel\b|\btravel\b[^.\n]{0,40}\b(?:is|will be|may be) required\b|^(?:willing(?:ness)?|able|ability)\b[^.\n]{0,20}\bto travel\b|\b(?:be|is|are) (?:required|expected) to travel\b|\btravel to (?:clients?|customers?|partners?|vendors?)(?:['’]s?)? (?:sites?|locations?|offices?|premises|facilities)\b|\bas long as (?:they|you) (?:can|are able to|are willing to) travel\b/i, /travel/i],
  ['Shifts', /\b(?:rotating|night|weekend|overnight) (?:shifts?|schedules?)|\b\d{1,2}[- ]hour shifts?|\bshifts? (?:up to|of) \d{1,2} hours|\bwork schedule varies\b/i, /shift|schedule/i],
  ['On-call', /\bon-?call (?:rotation|responsibilit\w+|duty|duties|shifts?)\b/i, /on-?call/i],
  // Where else the role can sit ("This position can also be located at our Ottawa, ON location"); "is located in" only repeats the location.
  ['Location', /\b(?:position|role|job)\b[^.\n]{0,20}\b(?:can|could|may) (?:also )?be (?:located|based)\b|\bcan be based in\b/i, /located|based/i],
  ['Physical work', /\b(?:lift|carry|move)\b[^.\n]{0,40}\b\d{2,3}\s*(?:lbs?|pounds|kg)\b|\bwork on a ladder\b|\barms above (?:the )?head\b|\bstand(?:ing)? for (?:long periods|\d+ hours)/i, /\d[\s\u200b]*(?:lb|pound|kg)|ladder|arms[\s\u200b]+above|stand(?:ing)?[\s\u200b]+for/i],
];
// A qualification line, or an item inside one ("Preferred locations: Seattle, WA • Dallas, TX").
const LINE_OR_MARKER = new RegExp(`\\n+|${INLINE_MARKERS.source}`);
const CONDITION_WORDS = new RegExp(CONDITIONS.map(([, , words]) => words.source).join('|'), 'i');

/** Might this text (as written) state a condition? False only when no condition can match it once cleaned. */
export function mayStateCondition(raw: string): boolean {
  return CONDITION_WORDS.test(raw.includes('&') ? decodeEntities(raw) : raw);
}

const figures = (s: string): string => s.match(/\d+/g)?.join('-') ?? '';

// How the qualifications state a condition: the first line that does, whole when short ("Ability to travel,
// including out of state, up to 35% of the time"), else the words that matched.
function qualificationSaying(re: RegExp, quals: string): string | null {
  for (const line of quals.split('\n')) {
    const m = re.exec(line);
    if (m) return line.length <= 120 ? cleanText(line).replace(LEADING_MARKS, '').replace(/[.;,]$/, '').trim() : m[0];
  }
  return null;
}

// A condition in the company's voice ("We are responsible for our on-call rotation", "…located at our Ottawa,
// ON location") is quoted as the posting's, so the plan does not seem to speak for the team.
function postingWords(clause: string): string {
  const text = `${clause.charAt(0).toUpperCase()}${clause.slice(1)}`;
  return /\b(?:[Ww]e|[Oo]ur|us)\b/.test(text) ? `the posting says “${text}”` : text;
}

/**
 * The conditions a description states ("Travel: This role requires domestic travel up to 25%"), one box
 * each, kind first, in the posting's words cut to the clause that says it. Headings ("Export Control
 * Requirement:") and conditions the qualifications already list are left out.
 */
export function conditionItems(description: string | null, qualifications: readonly string[] = []): string[] {
  const quals = qualifications.join('\n');
  const out: string[] = [];
  const kinds = new Set<string>();
  const sentences = description && mayStateCondition(description) ? description.split(/\n+|(?<=[.!?])\s+(?=[A-Z“"])/) : [];
  for (const raw of sentences) {
    if (!mayStateCondition(raw)) continue;
    const sentence = cleanText(raw).replace(LEADING_MARKS, '').trim();
    // A heading, not a condition: ends in a colon, or a few words without a verb ("On-Call Responsibility").
    if (!sentence || /:$/.test(sentence) || sentence.split(/\s+/).length < 5) continue;
    // A title-case heading ("Work/Life Balance and On-Call Responsibility").
    if (!/[.!?]$/.test(sentence) && sentence.split(/[\s/]+/).filter((w) => w.length > 3).every((w) => /^[A-Z]/.test(w))) continue;
    // One box per sentence, under the first kind it states.
    for (const [kind, re] of CONDITIONS) {
      if (kinds.has(kind)) continue;
      const m = re.exec(sentence);
      if (!m) continue;
      // The clause that says it, when the sentence joins several ("We are passionate …, and we are responsible for our on-call rotation …").
      const clauses = sentence.split(/,\s+(?:and|but)\s+|;\s+/);
      let clause = clauses.find((c) => re.test(c)) ?? sentence;
      if (clause.length > 240) clause = `${clause.slice(0, clause.lastIndexOf(' ', 237))}…`;
      clause = clause.replace(/[.;,]$/, '');
      // The qualifications say it too: with the same figure (or the description gives none) their line is the
      // box (below); with another figure both show and the difference is said.
      const inQuals = qualificationSaying(re, quals);
      if (inQuals && (inQuals.toLowerCase().includes(m[0].toLowerCase()) || !/\d/.test(m[0]) || figures(inQuals) === figures(m[0]))) continue;
      const differs = inQuals ? ` (the qualifications say “${inQuals}”: ask the recruiter which holds)` : '';
      kinds.add(kind);
      out.push(`${kind}: ${postingWords(clause)}${differs}`);
      break;
    }
  }
  // Conditions the qualifications state: a willingness to work shifts (moved out of Basic by
  // sortRequirements), and a list of places ("Preferred locations:" then "Seattle, WA", "Dallas, TX").
  const items = qualifications.flatMap((q) => q.split(LINE_OR_MARKER)).map((q) => cleanText(q).replace(LEADING_MARKS, '').trim());
  // Travel, on-call and physical work a qualification line states, when the description has not said it already.
  for (const q of items) {
    const kind = qualificationConditionKind(q);
    if (kind && !kinds.has(kind)) out.push(`${kind}: ${postingWords(q.replace(/[.;,]$/, ''))}`);
  }
  const shift = items.find((q) => SHIFT_QUALIFICATION.test(q));
  if (shift && !kinds.has('Shifts')) out.push(`Shifts: ${shift.replace(/[.;,]$/, '')}`);
  const places = items.filter((q) => PLACE_LIST.test(q));
  if (places.length && !kinds.has('Location')) out.push(`Location: The posting lists ${places.join('; ')} (ask the recruiter where the team sits)`);
  return out;
}
