// Ranks all 16 Leadership Principles for a posting, each with the phrases that support it. A score is
// the posting's own evidence (knowledge-base signals, weighed by section and strength, a principle
// named outright strongest) on a 0..1 scale, plus the role family's learned prior (family-priors.ts):
// thin text leans on the family, rich text on its own words.
//
// What never counts as evidence: the title (it names the job), Amazon's standard text (boilerplate.ts),
// team and product names, numbers, and words the title already uses ("Learning" in "Learning
// Experience Designer"). One sentence supports at most one principle, the one it fits best; a sentence
// of coordinated clauses with their own subjects counts each clause for its own, quoted for one only.
import type { Posting } from './posting';
import type { Evidence } from './evidence';
import { evidenceContext, readablePhrase } from './evidence-context';
import { LEARNED_PRIORS, familyPrior, type FamilyPriors } from './family-priors';
import { MAX_SECTION_CHARS, SECTIONS, descriptionRangesWithoutResponsibilities, sectionText, type Section } from './posting-sections';
import { PRINCIPLE_IDS, compiledSignals, type PrincipleId } from './principles';
import { detectRoleFamily, type RoleFamily, type RoleFamilyId } from './role-family';
import { postingSentences, type PostingSentences } from './posting-sentences';
import { sentenceClauses } from './sentence-clauses';
import { peopleManagement } from './seniority';
import { signalMatches, type SectionScan } from './signal-scan';
import { WordStarts } from './word-starts';
import { LEXICON_ENTRIES } from './principle-lexicon.data';
import { lexiconScores, stem, stemsOf, type Lexicon } from './principle-lexicon';

/** The readers' word → principle weights (scripts/learn-lexicon.ts). */
export const LEARNED_LEXICON: Lexicon = new Map(LEXICON_ENTRIES);

export type { Evidence };
/** Evidence as the ranking gives it (the one shape, core/evidence.ts). */
export type RankedEvidence = Evidence;

export interface RankedPrinciple {
  id: PrincipleId;
  score: number;
  /** Made when first read (rankPrinciples): an own, enumerable property, so copies and JSON carry it. */
  readonly evidence: RankedEvidence[];
}

// Where a phrase appears says how central it is to the job: the duties are the job, the description
// mixes job and team marketing, the preferred list is nice-to-have. The title is never scanned.
// The readers rarely took their evidence for a top-3 principle from the preferred list (8 of 296
// quotes, while 14% of the ranking's kept hits sat there): it weighs 0.4 (was 0.6; 0.2-0.4 all
// raise the held-out rows, 0.4 lowers none).
export const SECTION_WEIGHT: Record<Section, number> = {
  title: 0,
  responsibilities: 1.3,
  basicQualifications: 1.2,
  description: 1,
  preferredQualifications: 0.4,
};

/** The same phrase repeated adds little: its nth repeat is worth REPEAT^n. */
const REPEAT = 0.4;
/** Quotes shown per principle: two right ones say more than two right ones padded with four weak ones (review 5, class 4). */
export const MAX_EVIDENCE = 2;

interface Hit {
  id: PrincipleId;
  section: Section;
  start: number;
  end: number;
  value: number;
  /** The signal's own weight (5 = names the principle). */
  weight: number;
  phrase: string;
  /** False in a sentence where the company or team describes itself: counted, never quoted. */
  quotable: boolean;
}

/** Signals of this weight name the principle ("ownership", "dive deep"): exempt from the name rules. */
const NAMED = 5;
/** What a principle named outright keeps of its hit in a sentence another principle owns. */
const NAMED_SHARE = 0.5;
/** In a sentence where the company or team describes itself, only signals this strong are quoted. */
const SELF_QUOTABLE = 3;

// Terms that contain a signal's word but name a technology or thing, not a way of working ("scikit-learn",
// "RF emissions", "building automation systems"), other people ("data owners", "product owner": whom the
// candidate works with, not what they own), a level of experience ("hands-on (professional) experience
// with X"), or running a test (RUN_TEST: "executing compliance testing", "execute test scripts").
// Every match of TERMS contains one of these: most sections contain none, and skip its scan.
const TERM_WORDS = ['learn', 'explorer', 'emission', 'building', 'cost', 'standard', 'transform', 'complian', 'owner', 'hands'];
const TERMS = /\b(?:machine|deep|reinforcement|federated|supervised|unsupervised|self-supervised|transfer|active|online|e-|statistical) ?learning\b|\blearning (?:models?|algorithms?|rate|management system)\b|\binternet explorer\b|\bscikit-learn\b|\b(?:rf|emi|emc|electromagnetic|radiated|conducted|spurious) emissions?\b|\bemissions? \((?:emi|emc)\)|\bbuilding (?:automation|management) systems?\b|\bcost (?:accounting|accountants?|cent(?:er|re)s?|codes?|of goods(?: sold)?)\b|\bstandard (?:operating procedures?|work|deviations?|library|libraries|cells?|parts?)\b|\b(?:transform(?:s|ed|ing)? (?:the )?data|data transformations?|(?:pre-?)?compliance (?:testing|tests?|certifications?))\b|\b(?:data|product|business|process|system|service|application|content|program|feature|site|asset|control|risk) owners?\b|\bhands[- ]on (?:(?:technical|professional|engineering|programming|coding|practical|industry) )?(?:experience|knowledge|expertise|skills?|familiarity|exposure)\b/gi;
// Running a test is not getting a result (Deliver Results): scanned only where both words occur.
const RUN_TEST = /\bexecut(?:e|es|ed|ing|ion of) (?:[\w-]+ ){0,2}?(?:tests?|testing|test (?:plans?|cases?|scripts?))\b/gi;

// Amazon's mission in its own words ("Earth's most customer-centric company", "Amazon's customer focused
// culture", "customer obsession is part of our company DNA"): the company's identity, written into postings
// of every kind, not a demand of this role. The readers left Customer Obsession out of the top 3 of 5 of
// the 6 labelled postings that say it (2798990, 3050744, 1375470, 1374953, 1374978; 3002023 kept it for
// its own duties), so it is masked like a term: never evidence, never quoted.
const COMPANY_IDENTITY = /\b(?:(?:most|amazon['’]s) (?:customer|client)[- ](?:centric|obsessed|focused)(?: (?:company|culture|brand|organi[sz]ation))?|(?:customer|client)[- ](?:centric|obsessed|focused) (?:company|culture|brand)|customer[- ]obsession is (?:part of|in) our (?:company |cultural )?dna)\b/gi;
const IDENTITY_WORDS = ['centric', 'obsess', 'focused'];

// A field of computing named ("computer vision", "vision language models"): not a vision for the work.
// Counted as before (removing it moves one held-out posting's third pick either way) but never quoted.
const FIELD_TERMS = /\b(?:computer|machine|robot(?:ic)?) vision\b|\bvision[- ](?:language|transformers?)\b/gi;
const FIELD_HINT = /vision/i;

/** Appends [start, end) of every match of `pattern` (global) in `text` to `out`. */
function pushMatchRanges(pattern: RegExp, text: string, out: [number, number][]): void {
  pattern.lastIndex = 0;
  for (let m = pattern.exec(text); m; m = pattern.exec(text)) out.push([m.index, m.index + m[0].length]);
}

function fieldRanges(text: string): [number, number][] {
  const out: [number, number][] = [];
  if (FIELD_HINT.test(text)) pushMatchRanges(FIELD_TERMS, text, out);
  return out;
}

// A sentence asking for a language ("fluent in German", "communicate fluently in English and
// Portuguese", "bilingual") is a requirement of the job, not a way of working: never evidence.
const LANGUAGE = /\b(?:fluen(?:t|tly|cy)|bilingual|multilingual|native(?:[ -]level)? (?:speaker|proficiency|fluency)|proficien(?:t|cy) in (?:english|german|french|spanish|italian|portuguese|japanese|mandarin|chinese|korean|arabic|hindi|dutch|polish|turkish|swedish|[a-z]+ and english))\b/i;

const LANGUAGE_HINT = /fluen|lingual|native|proficien/i;

/** The sentences `test` holds for; none without a `hint` match anywhere in the text (most texts have none). */
function sentencesMatching(text: string, spans: readonly (readonly [number, number])[], hint: RegExp, test: RegExp): [number, number][] {
  const out: [number, number][] = [];
  if (!hint.test(text)) return out;
  for (const [s, e] of spans) if (test.test(text.slice(s, e))) out.push([s, e]);
  return out;
}

function termRanges(text: string, names: readonly string[]): [number, number][] {
  const out: [number, number][] = [];
  const lower = text.toLowerCase();
  if (TERM_WORDS.some((w) => lower.includes(w))) pushMatchRanges(TERMS, text, out);
  if (lower.includes('execut') && lower.includes('test')) pushMatchRanges(RUN_TEST, text, out);
  if (IDENTITY_WORDS.some((w) => lower.includes(w))) pushMatchRanges(COMPANY_IDENTITY, text, out);
  for (const name of names) {
    for (let at = lower.indexOf(name); at >= 0; at = lower.indexOf(name, at + name.length)) out.push([at, at + name.length]);
  }
  return out.sort((a, b) => a[0] - b[0]);
}

// The team or product a posting names ("…, Customer Trust", team "Trustworthy Shopping"): matched as
// a name wherever it appears, never as a principle's word.
function teamNames(posting: Posting): string[] {
  const fromTitle = (posting.title ?? '').split(',').slice(1).map((t) => t.trim());
  return [...fromTitle, posting.team ?? '']
    .map((t) => t.toLowerCase())
    // amazon.jobs sometimes stores an internal slug ("team-sde-primary"): not a name in the text.
    .filter((t) => t.length >= 4 && /[a-z]/.test(t) && !/^team-|^[a-z0-9]+-[a-z0-9-]+$/.test(t));
}

function scanRanges(posting: Posting, section: Section, sentences: PostingSentences, names: readonly string[]): [number, number][] {
  // `text` is already cut at MAX_SECTION_CHARS (scoreEvidence), so `sentences` are its sentences.
  const { text, spans } = sentences;
  const base: [number, number][] =
    section === 'description' ? descriptionRangesWithoutResponsibilities(posting) : [[0, text.length]];
  const masked = [...sentences.masked, ...termRanges(text, names), ...sentencesMatching(text, spans, LANGUAGE_HINT, LANGUAGE)].sort((a, b) => a[0] - b[0]);
  const out: [number, number][] = [];
  for (const [s0, e0] of base) {
    let s = s0;
    const e = Math.min(e0, MAX_SECTION_CHARS);
    for (const [bs, be] of masked) {
      if (be <= s || bs >= e) continue;
      if (bs > s) out.push([s, bs]);
      s = Math.max(s, be);
    }
    if (s < e) out.push([s, e]);
  }
  return out;
}

interface Scan extends SectionScan {
  section: Section;
  /**
   * The section's sentences, judged where a hit asks (posting-sentences.ts). A sentence where the company
   * or team describes itself is counted, quoted only for a strong cue; a pitch or a line whose subject is
   * the company, org or team, only where a principle is named; Amazon's culture addressed to anyone there
   * ("At AWS, you are encouraged to think big…"), never.
   */
  sentences: PostingSentences;
  /** Years-of-experience lines ("5+ years of analyzing and interpreting data…"): counted, quoted only where a principle is named. */
  yearsLines: readonly (readonly [number, number])[];
  /** Fields of computing named (FIELD_TERMS): counted, never quoted. */
  fields: readonly (readonly [number, number])[];
  /** SECTION_WEIGHT of the section. */
  value: number;
}

const CAPITALISED = /^[A-Z][A-Za-z0-9'’&-]*$/;

// A hit inside a run of capitalised words mid-text is part of a name ("Customer Trust team",
// "Creative Manager"), not the principle's word; so is one made only of the title's own words.
function isName(text: string, start: number, end: number, titleWords: ReadonlySet<string>): boolean {
  const words = text.slice(start, end).split(/[\s\-\u2010-\u2015/]+/).filter(Boolean);
  if (words.length > 0 && words.every((w) => titleWords.has(w.toLowerCase()))) return true;
  if (!words.every((w) => CAPITALISED.test(w))) return false;
  const before = /([A-Za-z0-9'’&-]+)[ \t]+$/.exec(text.slice(Math.max(0, start - 40), start))?.[1] ?? '';
  const after = /^[ \t]+([A-Za-z0-9'’&-]+)/.exec(text.slice(end, end + 40))?.[1] ?? '';
  return CAPITALISED.test(before) || CAPITALISED.test(after);
}

// `matches`: signalMatches of each scan, in the same order.
function collectHits(id: PrincipleId, scans: readonly Scan[], matches: readonly (readonly (readonly number[] | undefined)[])[], titleWords: ReadonlySet<string>, out: Hit[]): void {
  for (const signal of compiledSignals(id)) {
    for (let k = 0; k < scans.length; k++) {
      const found = matches[k]![signal.index];
      if (!found) continue;
      const scan = scans[k]!;
      const value = signal.weight * scan.value;
      for (let i = 0; i < found.length; i += 2) {
        const start = found[i]!;
        const end = found[i + 1]!;
        // Numbers and years of experience are never evidence ("5+ years", "millions of").
        if (/\d/.test(scan.text.slice(start, end))) continue;
        if (signal.weight < NAMED && isName(scan.text, start, end, titleWords)) continue;
        // A team naming a principle or a strong cue for it ("Customer obsession is in our DNA") says
        // what the loop will probe; a stem ("innovating", "customers") does not. But a pitch, or a line
        // whose subject is the company, org or team ("AWS Infrastructure Services owns the design…",
        // "We work backwards…", "Picture working on… the decision-making process"), says nothing of what
        // the candidate does: quoted only where it names the principle ("We are customer-obsessed").
        if (signal.weight < NAMED && inExampleList(scan.text, start)) continue;
        const inside = ([s, e]: readonly [number, number]) => s < end && start < e;
        const { sentences } = scan;
        const quotable =
          (signal.weight >= SELF_QUOTABLE || !sentences.touches('self-description', start, end)) &&
          (signal.weight >= NAMED || (!sentences.touches('company-line', start, end) && !scan.yearsLines.some(inside))) &&
          !sentences.touches('culture', start, end) &&
          !scan.fields.some(inside) &&
          (signal.weight >= NAMED || !isNotTheWork(id, scan.section, scan.text, start, end));
        out.push({ id, section: scan.section, start, end, value, weight: signal.weight, phrase: signal.phrase, quotable });
      }
    }
  }
}

// A hit inside a list of examples, from "such as", "e.g." or "for example" to the end of the clause or
// the bracket ("languages such as SQL, and … statistical analysis tools", "(e.g. internal audit,
// compliance)"): an item named, not a way of working (review 3, class 3). A principle named outright
// still counts.
const EXAMPLE_OPENER = /(?:\bsuch as|\be\.g\.|\bfor example)[^.;:()\n]*$|\((?:e\.g\.|for example|such as|i\.e\.)[^()\n]*$/i;
function inExampleList(text: string, start: number): boolean {
  return EXAMPLE_OPENER.test(text.slice(Math.max(0, start - 80), start));
}

// A line asking for years of experience ("5+ years of analyzing and interpreting data", "10+ years
// experience … with external customers", "7+ year's … large-scale"): it asks for time spent on a kind of
// work, not a way of working, so its keywords are counted but never quoted (review 4, class 3) unless
// the line names the principle outright.
const YEARS = /\b\d+(?:\.\d+)?\s*\+?\s*(?:(?:-|to|–)\s*\d+\s*\+?\s*)?(?:years?|yrs?)\b|\b(?:one|two|three|four|five|six|seven|eight|nine|ten|several) \+?\s*years?\b/i;
const YEARS_HINT = /year|yrs?\b/i;

// A cue whose words name a thing, a size or a piece of knowledge rather than how the candidate works
// (review 6, K1): counted, never quoted.
function isNotTheWork(id: PrincipleId, section: Section, text: string, start: number, end: number): boolean {
  // The kind of thing a list of examples names ("customer-facing publications such as whitepapers")
  // qualifies the items, not a way of working.
  if (isExampleListHead(text, end)) return true;
  const cue = text.slice(start, end);
  switch (id) {
    // "large scale" says how big a system is ("large scale SIEM", "large scale distributed systems"),
    // not that the candidate thinks big.
    case 'think-big':
      return LARGE_SCALE.test(cue);
    // The innovation the work makes possible for others ("…24/7—the foundation enabling continuous
    // customer innovation"): the team's pitch for its work, not the candidate inventing.
    case 'invent-and-simplify':
      return /^innovat/i.test(cue) && OTHERS_INNOVATION.test(text.slice(Math.max(0, start - 60), start));
    // A qualification asking for "in-depth understanding of satellite communications link budgets" asks
    // what the candidate knows, not for digging into problems.
    case 'dive-deep':
      return !DUTIES.has(section) && DEEP_KNOWLEDGE.test(cue);
    // So is "Knowledge of programming languages…": knowing is not learning, unless it is knowledge
    // gained ("gain expertise in…").
    case 'learn-and-be-curious':
      return !DUTIES.has(section) && KNOWLEDGE_OF.test(cue) && !KNOWLEDGE_GAINED.test(text.slice(Math.max(0, start - 30), start));
    default:
      return false;
  }
}

const LARGE_SCALE = /^large[\s-]+scale$/i;
const OTHERS_INNOVATION = /\b(?:enabl|accelerat|support|power|fuel)\w* (?:[\w-]+ ){0,2}(?:customer|business|partner)s?['’]? $/i;
const KNOWLEDGE_OF = /^(?:knowledge|expertise) (?:about|of|in)$/i;
const KNOWLEDGE_GAINED = /\b(?:gain|gaining|build|building|develop|developing|acquire|acquiring|deepen|deepening|expand|expanding|grow|growing|broaden|broadening)\s+(?:\w+\s+)?$/i;
const DEEP_KNOWLEDGE = /^(?:deep|in[\s-]+depth) (?:understanding|knowledge|expertise)$/i;

// A hit that qualifies the noun just before an example list: "customer-facing publications such as
// whitepapers", "customer-facing materials, e.g. …". Exactly one word (the noun) between. Not "including":
// that follows a duty's object as often as a kind of thing ("support decision making, including…").
const EXAMPLE_LIST_HEAD = /^[ \t]+[A-Za-z][\w-]*,?[ \t]+(?:such as|e\.g\.)/i;
function isExampleListHead(text: string, end: number): boolean {
  return EXAMPLE_LIST_HEAD.test(text.slice(end, end + 60));
}

/** Index of the last sentence starting at or before `at` (binary search over ascending spans). */
function sentenceIndex(spans: readonly (readonly [number, number])[], at: number): number {
  let lo = 0;
  let hi = spans.length - 1;
  while (lo < hi) {
    const mid = (lo + hi + 1) >> 1;
    if (spans[mid]![0] <= at) lo = mid;
    else hi = mid - 1;
  }
  return lo;
}

/** The readers' lexicon as it reads one sentence or clause at a time: its scores land in `lex` (per principle). */
interface UnitReader {
  lexicon: Lexicon;
  /** Stems left out (the title's words). */
  exclude: ReadonlySet<string>;
  lex: Float64Array;
  /** The unit's stems, as lexiconScores leaves them. */
  stems: string[];
  parts: [number, number][];
}

function unitReader(lexicon: Lexicon, exclude: ReadonlySet<string>): UnitReader {
  return { lexicon, exclude, lex: new Float64Array(PRINCIPLE_IDS.length), stems: [], parts: [] };
}

/**
 * Reads the words of scan.text[ss, se) outside masked text into reader.lex (scan.ranges are ascending,
 * as are the sentences; `from` is the first range that may reach the unit). Returns the factor its score
 * is to be scaled by: the score sums the unit's words, so past LEXICAL.words words it is √(words / n),
 * and a long sentence's many words do not outvote its stronger signal ("…to execute joint go to market
 * programs, owning the day-to-day interactions with … customers to identify needs…").
 */
function readUnit(reader: UnitReader, scan: Scan, from: number, ss: number, se: number): number {
  const { parts, stems } = reader;
  parts.length = 0;
  let k = from;
  while (k < scan.ranges.length && scan.ranges[k]![1] <= ss) k++;
  for (; k < scan.ranges.length && scan.ranges[k]![0] < se; k++) parts.push([Math.max(scan.ranges[k]![0], ss), Math.min(scan.ranges[k]![1], se)]);
  lexiconScores(scan.text, parts, reader.lexicon, reader.lex, stems, reader.exclude);
  return stems.length > LEXICAL.words ? Math.sqrt(LEXICAL.words / stems.length) : 1;
}

// One sentence supports one principle. When a sentence's signal hits are for one principle, it is that
// one's. When they are for several, the readers' lexicon (principle-lexicon.ts) reads the sentence's own
// words once and settles it: each contender scores its strongest hit's value plus LEXICAL.mu times the
// lexicon's score for it (a score under LEXICAL.min counts as 0; a sentence of more than LEXICAL.words
// words has its score scaled down towards that length's); ties go to the stronger signal, then
// the principle's order. Every other principle's hits in that sentence are dropped, except in a sentence
// of coordinated clauses with subjects of their own (sentence-clauses.ts: "…bold ideas are welcomed, and
// you own projects to completion"): each clause is settled the same way and counts for its owner, and
// the sentence is quoted for the sentence's owner only.
function oneSentenceOnePrinciple(
  hits: readonly Hit[],
  scans: readonly Scan[],
  sentences: ReadonlyMap<Section, readonly (readonly [number, number])[]>,
  lexicon: Lexicon | null,
  exclude: ReadonlySet<string>,
): Hit[] {
  const P = PRINCIPLE_IDS.length;
  const reader = lexicon ? unitReader(lexicon, exclude) : null;
  const lex = reader?.lex ?? new Float64Array(P);
  const best = new Float64Array(P);
  const bestWeight = new Float64Array(P);
  const index = new Map<PrincipleId, number>(PRINCIPLE_IDS.map((id, i) => [id, i]));
  const sentenceOf = hits.map((h) => sentenceIndex(sentences.get(h.section) ?? [], h.start));
  const owner = new Map<string, number>();
  // Per hit, the owner of its clause where the sentence has coordinated clauses (sentence-clauses.ts).
  const clauseOwner = new Map<number, number>();
  // The principle that owns scan.text[ss, se) given its hits `mine`, or -1. `from`: the first of
  // scan.ranges that may reach [ss, se) (the ranges before it end at or before ss).
  const ownerOf = (scan: Scan, from: number, mine: readonly Hit[], ss: number, se: number): number => {
    best.fill(0);
    bestWeight.fill(0);
    let contested = false;
    for (const h of mine) {
      const p = index.get(h.id)!;
      if (h.value > best[p]! || (h.value === best[p]! && h.weight > bestWeight[p]!)) {
        best[p] = h.value;
        bestWeight[p] = h.weight;
      }
      if (h.id !== mine[0]!.id) contested = true;
    }
    lex.fill(0);
    if (reader && contested) {
      const scale = readUnit(reader, scan, from, ss, se);
      if (scale < 1) for (let p = 0; p < P; p++) lex[p] = lex[p]! * scale;
    }
    // A unit that names a principle outright is one of the named principles' ("a quality focused,
    // customer obsessed industry background… ambiguous environment" is Customer Obsession's).
    let named = false;
    for (let p = 0; p < P; p++) if (bestWeight[p]! >= NAMED) named = true;
    let o = -1;
    let top = 0;
    for (let p = 0; p < P; p++) {
      if (best[p] === 0 || (named && bestWeight[p]! < NAMED)) continue;
      const v = best[p]! + (lex[p]! >= LEXICAL.min ? LEXICAL.mu * lex[p]! : 0);
      if (v > top || (v === top && bestWeight[p]! > bestWeight[o]!)) {
        top = v;
        o = p;
      }
    }
    return o;
  };
  for (const scan of scans) {
    const spans = sentences.get(scan.section) ?? [];
    const inSentence: number[][] = spans.map(() => []);
    hits.forEach((h, i) => {
      if (h.section === scan.section) inSentence[sentenceOf[i]!]!.push(i);
    });
    let r = 0;
    for (let si = 0; si < spans.length; si++) {
      const mine = inSentence[si]!;
      if (mine.length === 0) continue;
      const [ss, se] = spans[si]!;
      while (r < scan.ranges.length && scan.ranges[r]![1] <= ss) r++;
      owner.set(`${scan.section}:${si}`, ownerOf(scan, r, mine.map((i) => hits[i]!), ss, se));
      if (!TUNING.clauses || mine.every((i) => hits[i]!.id === hits[mine[0]!]!.id)) continue;
      // A sentence of coordinated clauses whose hits are for several principles: each clause is its
      // own demand, owned as a sentence is.
      const clauses = sentenceClauses(scan.text, ss, se);
      if (clauses.length < 2) continue;
      for (const [cs, ce] of clauses) {
        const inClause = mine.filter((i) => hits[i]!.start >= cs && hits[i]!.start < ce);
        if (inClause.length === 0) continue;
        const o = ownerOf(scan, r, inClause.map((i) => hits[i]!), cs, ce);
        for (const i of inClause) clauseOwner.set(i, o);
      }
    }
  }
  // A sentence that names several principles outright ("You will collaborate, deliver results, and earn
  // trust") is evidence for each of them: the others keep NAMED_SHARE of the hit's value and the
  // naming, and the sentence is quoted for its owner only.
  const out: Hit[] = [];
  hits.forEach((h, i) => {
    const p = index.get(h.id);
    const ofSentence = owner.get(`${h.section}:${sentenceOf[i]}`) === p;
    // In a sentence of coordinated clauses a hit counts for its clause's owner; the sentence is quoted
    // for the sentence's owner only.
    if (clauseOwner.has(i) ? clauseOwner.get(i) === p : ofSentence) out.push(ofSentence ? h : { ...h, quotable: false });
    else if (h.weight >= NAMED) out.push({ ...h, value: h.value * NAMED_SHARE, quotable: false });
  });
  return out;
}

function overlaps(a: Hit, b: Hit): boolean {
  return a.section === b.section && a.start < b.end && b.start < a.end;
}

function scoreHits(hits: Hit[]): { score: number; kept: Hit[] } {
  hits.sort((a, b) => b.value - a.value || a.start - b.start);
  // One stretch of text is one piece of evidence, credited to its strongest reading.
  const kept: Hit[] = [];
  for (const h of hits) if (!kept.some((k) => overlaps(k, h))) kept.push(h);
  const repeats = new Map<string, number>();
  const values = kept.map((h) => {
    const n = repeats.get(h.phrase) ?? 0;
    repeats.set(h.phrase, n + 1);
    return h.value * REPEAT ** n;
  });
  values.sort((a, b) => b - a);
  const score = values.reduce((sum, v, i) => sum + v * TUNING.decay ** i, 0);
  return { score, kept };
}

/** The least signal weight of a quote that shows a demand of the job rather than a generic word ("customers", "communication"). */
const STRONG_CUE = 2;
const DUTIES: ReadonlySet<Section> = new Set(['responsibilities', 'description']);

// A strong quote names the principle, or is a duty of the role (the responsibilities, or the description's
// own lines) with a cue for it, not a generic word: "deliver in-store technology on time", "Act as technical
// liaison". A qualification's keyword ("Excellent written and verbal communication skills") or a generic
// word is weak: shown only when the principle has nothing stronger. Display only: the score is unchanged.
function isStrong(h: Hit): boolean {
  return h.weight >= NAMED || (h.weight >= STRONG_CUE && DUTIES.has(h.section));
}

const sameWords = (s: string) => s.toLowerCase().replace(/[\s\-\u2010-\u2015]+/g, ' ');

// Scoring is done on the raw matches; what is shown is each one as a reader would quote it, in its
// clause, at most MAX_EVIDENCE of them. Strong quotes (isStrong) come first and, when there is one, no
// weak one follows; within each, the strongest cue first: a phrase naming the principle ("diving deep")
// before a word that only points to it ("metrics"), then by value (section). A phrase already shown (the same
// content-word stems: "variance analyses" after "variance analysis"), or a clause already quoted, is
// shown once.
// `claimed`: contexts already quoted for a higher-ranked principle. A long sentence can be cut into
// different windows; a window overlapping one quoted elsewhere is left out (one sentence, one principle).
function readableEvidence(kept: readonly Hit[], texts: ReadonlyMap<Section, string>, claimed: RankedEvidence[]): RankedEvidence[] {
  const out: RankedEvidence[] = [];
  const keys: string[] = [];
  // Content-word stems of each quoted context, made only when a second quote is weighed (nearDuplicate).
  const words: (Set<string> | undefined)[] = [];
  const byCue = [...kept].sort((a, b) => +isStrong(b) - +isStrong(a) || b.weight - a.weight || b.value - a.value || a.start - b.start);
  let strong = false;
  for (const h of byCue) {
    if (out.length === MAX_EVIDENCE) break;
    if (!h.quotable) continue;
    // The strong quotes come first: once one is shown, a weak one would only pad it.
    if (strong && !isStrong(h)) break;
    const text = texts.get(h.section) ?? '';
    const [start, end] = readablePhrase(text, h.start, h.end);
    const phrase = text.slice(start, end);
    // Widening may reach a number ("knowledge of 5"): quote the match as found instead.
    if (/\d/.test(phrase) && !/\d/.test(text.slice(h.start, h.end))) continue;
    const context = evidenceContext(text, start, end);
    const key = stemsOf(phrase).sort().join(' ') || sameWords(phrase);
    const overlaps = (o: RankedEvidence) => o.section === h.section && o.context.start < context.end && context.start < o.context.end;
    // A phrase naming the principle in other words is shown again in another sentence ("earn trust",
    // then "High aptitude for earning trust with clients…"): the same name, a different demand.
    const again = keys.includes(key) && (h.weight < NAMED || out.some((o) => sameWords(o.text) === sameWords(phrase)));
    const repeated = again || out.some(overlaps) || claimed.some(overlaps) || nearDuplicate(context.text, out, words);
    if (!repeated) {
      out.push({ section: h.section, start, end, text: phrase, context });
      keys.push(key);
      strong ||= isStrong(h);
    }
  }
  claimed.push(...out);
  return out;
}

/** Share of content words two quotes may have in common (of the shorter one's) before the later one is a repeat. */
const NEAR_DUPLICATE = 0.6;

// The same point made twice under one principle, in the description and again in the preferred list
// ("be comfortable with ambiguity … fast-paced and entrepreneurial environment" and "Comfortable with
// ambiguity … fast-paced, highly collaborative and entrepreneurial environment"): the later is a repeat.
function nearDuplicate(context: string, out: readonly RankedEvidence[], words: (Set<string> | undefined)[]): boolean {
  if (out.length === 0) return false;
  const mine = new Set(stemsOf(context));
  if (mine.size === 0) return false;
  for (let i = 0; i < out.length; i++) {
    const theirs = (words[i] ??= new Set(stemsOf(out[i]!.context.text)));
    if (theirs.size === 0) continue;
    let shared = 0;
    for (const w of mine) if (theirs.has(w)) shared++;
    if (shared > NEAR_DUPLICATE * Math.min(mine.size, theirs.size)) return true;
  }
  return false;
}

export interface RankOptions {
  /** The role-family priors (default: the learned ones; the eval passes leave-one-out priors). */
  priors?: FamilyPriors;
  /** The readers' lexicon (default: the learned one; the eval passes leave-one-out lexicons, or null for none). */
  lexicon?: Lexicon | null;
}

/** How the readers' lexicon settles a sentence several principles' signals contend for: mu scales its
 *  score against the hits' values, min is the least score that counts (oneSentenceOnePrinciple). A
 *  sentence no signal matched counts for the principle its words fit best when that score reaches vote,
 *  from voteStems stems at least, none more than voteShare of it,
 *  at voteValue of its section's weight (lexiconVotes). */
export const LEXICAL = { mu: 0.5, min: 1, words: 12, vote: 2.5, voteValue: 0.5, voteStems: 2, voteShare: 0.6 };

/** How the evidence and the family prior combine (see combine()). Exported for the eval's sweeps. */
/** `exclusive` (one sentence, one principle) and `clauses` (one clause, one principle) are switchable only so the eval can measure what they cost. */
// decay: each further piece of evidence for the same principle counts this much less than the one before.
// named: added to a principle the posting names outright ("strong sense of ownership", "dive deep"):
// the strongest evidence there is, whatever the family's prior says.
// feature: how much of a posting feature's learned lift (POSTING_FEATURES, e.g. manages people) is added to the prior.
// unseenFamily: the share of priorWeight a family with no labelled postings of its own gets. Its prior is
// its group's or the overall rate, a weaker guess at what its loop probes, so its own words count for
// more. Chosen by nested leave-one-family-out (scripts/tune-unseen-weight.ts): each held-out family's
// weight picked on the other families lands at 0.5-0.6, and 0.55 is best over all of them (0.633 at 0.7).
export const TUNING = { priorWeight: 2, evidenceFloor: 3, exclusive: true, decay: 0.75, named: 0.4, feature: 1, unseenFamily: 0.55, clauses: true };

// Evidence is put on a 0..1 scale against the posting's strongest principle, with a floor, so a thin
// posting (little evidence anywhere) leans on its family's prior and a rich one on its own words.
// `priorWeight`: TUNING.priorWeight, less for a family the labels have never seen.
function combine(evidence: number, strongest: number, prior: number, priorWeight: number): number {
  return evidence / Math.max(strongest, TUNING.evidenceFloor) + priorWeight * prior;
}

/** One principle's own evidence before the family prior is added. */
export interface PrincipleEvidence {
  id: PrincipleId;
  /** Summed hit values (decayed), 0 when the posting says nothing for it. */
  score: number;
  /** The strongest signal weight among its kept hits (5: the posting names the principle). */
  strongest: number;
  kept: Hit[];
}

/**
 * What a posting says about the job as a whole, beyond any one sentence's principle: `manages-people`,
 * the role leads a team (a manager's level by the title or the text, core/seniority.ts, or a duty to
 * lead or manage a team of people, or direct reports). The priors learn how each feature moves the
 * readers' choices (scripts/learn-priors.ts).
 */
export const POSTING_FEATURES = ['manages-people', 'sustainability'] as const;
export type PostingFeature = (typeof POSTING_FEATURES)[number];

const LEADS_A_TEAM = /\b(?:(?:lead|leads|leading|manage|manages|managing|supervise|supervises|supervising) (?:a |an |the )?(?:[\w-]+ ){0,3}(?:team|teams) of\b|direct reports\b)/gi;

const SUSTAINABILITY = /\b(?:sustainab\w*|climate|decarboni\w*|renewable energy|net[- ]zero)\b/gi;

// How often a pattern (global) matches outside Amazon's standard text of the duty sections, up to `enough`.
function mentions(posting: Posting, pattern: RegExp, enough: number): number {
  let n = 0;
  for (const section of ['description', 'responsibilities', 'basicQualifications'] as const) {
    const text = sectionText(posting, section).slice(0, MAX_SECTION_CHARS);
    pattern.lastIndex = 0;
    let masked: readonly (readonly [number, number])[] | null = null;
    for (let m = pattern.exec(text); m; m = pattern.exec(text)) {
      masked ??= postingSentences(text).masked;
      if (!masked.some(([s, e]) => s <= m!.index && m!.index < e) && ++n >= enough) return n;
    }
  }
  return n;
}

export function postingFeatures(posting: Posting, family: RoleFamilyId): PostingFeature[] {
  const out: PostingFeature[] = [];
  const people = peopleManagement(posting, family);
  // An individual contributor's title ("Analyst") leading a team leads a working group, not reports.
  if (people.manager || (!people.individual && mentions(posting, LEADS_A_TEAM, 1) > 0)) out.push('manages-people');
  // The work is about sustainability (the title says so, or the text, again and again; a passing
  // "and sustainability" or the company's Climate Pledge is not the job).
  SUSTAINABILITY.lastIndex = 0;
  if (SUSTAINABILITY.test(posting.title ?? '') || mentions(posting, SUSTAINABILITY, 3) >= 3) out.push('sustainability');
  return out;
}

// A sentence no signal matched can still be about a principle in the words the readers quote for it
// ("They solve problems at their root, stepping back to understand the broader context", "Own the
// delivery of a piece of a system"): the readers' lexicon reads its words as it reads a contested
// sentence (outside masked text, the title's words left out, a long sentence scaled down) and, when its
// best principle scores LEXICAL.vote or more, the sentence counts for that one principle at
// LEXICAL.voteValue of its section's weight: a weak piece of evidence, counted, never quoted (no cue in
// it says which words to quote). One stem is not enough (LEXICAL.voteStems, LEXICAL.voteShare): a word
// learned from a few quotes in another sense ("degree" from "a high degree of judgment") would otherwise
// vote the same principle in nearly every posting's "Bachelor's degree" line. Held out (lexicon learned
// without the scored posting), 28% of the votes name a principle in a reader's top 3 and 70% one in a
// reader's relevant set; without the two-stem rule, 15% and 44%, no better than chance.
function lexiconVotes(scans: readonly Scan[], hits: readonly Hit[], lexicon: Lexicon, exclude: ReadonlySet<string>): Hit[] {
  const out: Hit[] = [];
  const reader = unitReader(lexicon, exclude);
  const { lex, stems } = reader;
  for (const scan of scans) {
    const { spans } = scan.sentences;
    const matched = new Uint8Array(spans.length);
    for (const h of hits) if (h.section === scan.section) matched[sentenceIndex(spans, h.start)] = 1;
    let r = 0;
    for (let si = 0; si < spans.length; si++) {
      const [ss, se] = spans[si]!;
      while (r < scan.ranges.length && scan.ranges[r]![1] <= ss) r++;
      if (matched[si]) continue;
      const scale = readUnit(reader, scan, r, ss, se);
      let best = 0;
      for (let p = 1; p < lex.length; p++) if (lex[p]! > lex[best]!) best = p;
      if (lex[best]! * scale < LEXICAL.vote || !spreadOver(stems, lexicon, exclude, best, lex[best]!)) continue;
      out.push({ id: PRINCIPLE_IDS[best]!, section: scan.section, start: ss, end: se, value: LEXICAL.voteValue * scan.value, weight: 1, phrase: `lexicon:${scan.section}:${ss}`, quotable: false });
    }
  }
  return out;
}

/** Do at least LEXICAL.voteStems distinct stems of `stems` weigh for principle `p`, none more than LEXICAL.voteShare of `total`? */
function spreadOver(stems: readonly string[], lexicon: Lexicon, exclude: ReadonlySet<string>, p: number, total: number): boolean {
  let n = 0;
  for (let k = 0; k < stems.length; k++) {
    const st = stems[k]!;
    if (exclude.has(st) || stems.indexOf(st) < k) continue;
    const pairs = lexicon.get(st);
    if (!pairs) continue;
    for (let q = 0; q < pairs.length; q += 2) {
      if (pairs[q] !== p) continue;
      if (pairs[q + 1]! > LEXICAL.voteShare * total) return false;
      n++;
    }
  }
  return n >= LEXICAL.voteStems;
}

/** Each principle's evidence in the posting, in PRINCIPLE_IDS order (no prior). */
export function scoreEvidence(posting: Posting, lexicon: Lexicon | null = LEARNED_LEXICON): { scored: PrincipleEvidence[]; texts: Map<Section, string> } {
  const scans: Scan[] = [];
  const sentences = new Map<Section, readonly (readonly [number, number])[]>();
  const names = teamNames(posting);
  for (const section of SECTIONS) {
    if (section === 'title') continue;
    // A prefix keeps offsets valid while bounding the work on a huge paste.
    const text = sectionText(posting, section).slice(0, MAX_SECTION_CHARS);
    if (text.trim() === '') continue;
    const read = postingSentences(text);
    sentences.set(section, read.spans);
    scans.push({
      section,
      text,
      value: SECTION_WEIGHT[section],
      words: new WordStarts(text),
      ranges: scanRanges(posting, section, read, names),
      sentences: read,
      yearsLines: sentencesMatching(text, read.spans, YEARS_HINT, YEARS),
      fields: fieldRanges(text),
    });
  }
  const texts = new Map(scans.map((s) => [s.section, s.text] as const));
  const titleWords = new Set((posting.title ?? '').toLowerCase().split(/[^a-z0-9'’&]+/).filter((w) => w.length > 2));
  const all: Hit[] = [];
  const matches = scans.map(signalMatches);
  for (const id of PRINCIPLE_IDS) collectHits(id, scans, matches, titleWords, all);
  const byPrinciple = new Map<PrincipleId, Hit[]>(PRINCIPLE_IDS.map((id) => [id, []]));
  const exclude = new Set<string>();
  for (const w of titleWords) exclude.add(stem(w));
  if (lexicon) all.push(...lexiconVotes(scans, all, lexicon, exclude));
  for (const h of TUNING.exclusive ? oneSentenceOnePrinciple(all, scans, sentences, lexicon, exclude) : all) byPrinciple.get(h.id)!.push(h);
  const scored = PRINCIPLE_IDS.map((id) => {
    const { score, kept } = scoreHits(byPrinciple.get(id)!);
    return { id, score, kept, strongest: kept.reduce((m, h) => Math.max(m, h.weight), 0) };
  });
  return { scored, texts };
}

/** All 16 principles, best first, each with its strongest evidence. Never throws on a valid Posting. */
export function rankPrinciples(posting: Posting, family: RoleFamily = detectRoleFamily(posting), options: RankOptions = {}): RankedPrinciple[] {
  const priors = options.priors ?? LEARNED_PRIORS;
  const { scored, texts } = scoreEvidence(posting, options.lexicon === undefined ? LEARNED_LEXICON : options.lexicon);
  const strongest = Math.max(...scored.map((s) => s.score));
  const features = priors.features ? postingFeatures(posting, family.id) : [];
  const priorWeight = TUNING.priorWeight * (priors.families[family.id] ? 1 : TUNING.unseenFamily);
  const ranked = scored.map(({ id, score, kept, strongest: top }, order) => {
    let prior = familyPrior(family.id, id, priors);
    for (const f of features) prior += TUNING.feature * (priors.features?.[f]?.[id] ?? 0);
    const total = combine(score, strongest, prior, priorWeight) + (top >= NAMED ? TUNING.named : 0);
    return { id, score: Math.round(total * 1000) / 1000, kept, order };
  });
  ranked.sort((a, b) => b.score - a.score || a.order - b.order);
  // A principle's quotes are made when first read, and those of every principle above it first (each
  // leaves out what a higher-ranked one quotes, so the order is the same): a plan reads only its top
  // principles' quotes, and most of the others are never made.
  const claimed: RankedEvidence[] = [];
  const quotes: RankedEvidence[][] = [];
  const quotesOf = (rank: number): RankedEvidence[] => {
    while (quotes.length <= rank) quotes.push(readableEvidence(ranked[quotes.length]!.kept, texts, claimed));
    return quotes[rank]!;
  };
  return ranked.map(({ id, score }, rank) => ({
    id,
    score,
    get evidence() {
      return quotesOf(rank);
    },
  }));
}
