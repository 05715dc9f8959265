// What a posting says about the team's work that a candidate can ask the hiring manager about: what
// the team is focused on, what stage it is at (new, growing, established), the numbers the work is
// measured by, who it serves or works with, and a concrete duty. Read from the description and the
// responsibilities only, never the qualifications (asking about a qualification points the interviewer
// at the candidate's gap), and never from Amazon's standard text. Every fact is the posting's own words
// (whole words, as written), so a question built on it is about this job and no other.
import type { Posting } from './posting';
import { boilerplateRanges, sentenceSpans } from './boilerplate';
import { cleanText } from './plan-text';

export type TeamStage = 'new' | 'growing' | 'established';

export interface AskFacts {
  /** "focused on building out Amazon Music’s digital component", with its verb as the posting has it. */
  focus: string | null;
  stage: TeamStage | null;
  /** Up to three measures the work is judged by, most specific first ("forecast accuracy", "latency"). */
  metrics: string[];
  /** Up to two groups the team serves ("internal customers", "sellers"). */
  customers: string[];
  /** Up to two groups the role works with outside the team ("suppliers", "hiring managers"). */
  partners: string[];
  /** A concrete duty, short enough to quote whole. */
  duty: string | null;
}

// A clause that says what the team does: "The X team is focused on …", "Our organization is responsible
// for …", "We are building …". The clause stops at the sentence's end or where a second thought starts.
const FOCUS =
  /\b(?:team|group|organi[sz]ation|org|we)\s+(?:is|are)\s+((?:focused on|responsible for|charged with|building|dedicated to)\s+[^.;:!?\n]{12,400})/gi;
const FOCUS_CUT = /,\s*(?:while|which|where|so that|and (?:is|are|we|it)|as well as)\b|\s+including\b|\s+(?:in a way that|so that|while)\b|\s+[–—-]\s+/i;
// Pronouns read wrong in the candidate's mouth ("…building our platform"); a clause about people
// joining the team is the standard mentorship paragraph, not the team's work.
const FOCUS_REJECT = /\b(?:we|our|us|you|your|i|company|new (?:team )?members|new hires|supporting new)\b/i;

const STAGE: readonly [TeamStage, RegExp][] = [
  [
    'new',
    /\b(?:new (?:team|organi[sz]ation|business|initiative|program)(?![- ]?(?:members?|mates?|hires?))|newly (?:formed|created|launched|established)|from (?:the ground up|scratch)|greenfield|zero to one|0 to 1|early[- ]stage|(?:build|building|launch|launching) (?:out )?(?:a|the) (?:brand[- ])?new)\b/i,
  ],
  [
    'growing',
    /\b(?:fast[- ]growing|rapidly growing|rapid(?:ly)? (?:growth|expanding)|hyper-?growth|high[- ]growth|explosive (?:business )?growth|growing (?:team|business|organi[sz]ation|portfolio)|(?:scale|scaling) (?:up|out)|expand(?:ing)? (?:into|to) new)\b/i,
  ],
  ['established', /\b(?:existing (?:systems?|processes|programs?|platforms?|services?)|legacy (?:systems?|code|platforms?)|mature (?:systems?|business|platform))\b/i],
];

// Measures a hiring manager answers for, most specific first, each with the name a question uses
// (the posting's "OpEx" and "operating expense" are one measure). A bare "KPIs" or "metrics" names no
// measure and is not one of them.
const METRIC_TERMS: readonly [RegExp, string | null][] = [
  [/\bforecast accuracy\b/i, null],
  [/\b(?:operating expenses?|OpEx)\b/i, 'operating expenses'],
  [/\b(?:free cash flow|gross margin|cost per unit|unit economics)\b/i, null],
  [/\b(?:latency|page load times?|error rates?|throughput|uptime|downtime|mean time to (?:recovery|repair|detect)|MTTR|MTBF)\b/i, null],
  [/\b(?:on-time delivery|delivery speed|units per hour|cycle time|lead time|fill rate|inventory accuracy|first[- ]pass yield|safety incidents|injury rates?|recordables?)\b/i, null],
  [/\b(?:conversion rates?|click-through rates?|churn|return on ad spend|ROAS|net promoter score|NPS|customer satisfaction|CSAT|handle time|resolution time|contact rate)\b/i, null],
  [/\b(?:time to (?:hire|fill)|offer acceptance(?: rates?)?|hiring (?:goals|targets)|candidate experience|attrition)\b/i, null],
  [/\b(?:model accuracy|precision and recall|false positive rates?|detection rates?)\b/i, null],
];
// Words that name a measure only in a sentence about moving or tracking it: "availability" of a
// service is one, "availability of data" need not be; "engagement strategies" and "build capacity" are not.
const MEASURED_TERMS = /\b(?:availability|adoption|engagement|retention|utili[sz]ation|capacity|revenue|cost|savings|pipeline|yield|conversion)\b/gi;
const MEASURE_CUE = /\b(?:improv\w*|reduc\w*|increas\w*|lower\w*|grow\w*|maximi[sz]\w*|minimi[sz]\w*|measur\w*|track\w*|optimi[sz]\w*|KPIs?|metrics?|goals?|targets?)\b/i;
const ANY_METRIC_ONCE = new RegExp(METRIC_TERMS.map(([re]) => re.source).join('|'), 'i');
const ANY_METRIC = new RegExp(ANY_METRIC_ONCE.source, 'gi');

// Who the team serves. Matched whole, as the posting writes them.
// A customer segment the posting names is the most telling ("DNB customers", "Non-Profit Institutions").
const SEGMENTS =
  /\b(?:(?:enterprise|strategic|public sector|government|startup|DNB|digital native(?: business)?|industrial|multi-national|ISV|non-?profit|healthcare|financial services|B2B) customers|non-?profit (?:organi[sz]ations|institutions)|small (?:and medium(?:[- ]sized)? )?businesses)\b/gi;
const CUSTOMERS =
  /\b(?:internal (?:customers|clients)|(?:global|retail|business|external) customers|selling partners|sellers|advertisers|brands|developers|students|learners|patients|shoppers|Prime members|travell?ers|merchants)\b/gi;
// Amazon describing its own reach ("used by hundreds of thousands of developers, governments and
// businesses around the world") says nothing about whom this team serves.
const COMPANY_REACH = /\b(?:hundreds of thousands|millions of|around the world|worldwide)\b/i;
// Who the role works with outside the team, as partners rather than customers.
const PARTNERS =
  /\b(?:hiring managers|hiring leaders|client groups|suppliers|vendors|carriers|delivery (?:service )?partners|third[- ]party (?:service )?providers|contractors|manufacturers|system integrators|consulting partners|channel partners|finance partners|HR business partners|HRBPs)\b/gi;

// A duty worth asking about: a concrete task, short enough to quote whole, not a slogan, company text
// or a duty every job has ("Partner with cross-functional teams…").
const VAGUE_DUTY =
  /^(?:you will|you'll|we |our |partner|participate|collaborate|work (?:closely )?with|communicate|support |assist|be |become|serve as|act as|other duties|help |contribute)|\b(?:amazon|we|our|us|you|your)\b/i;

// The posting's own text: the description (which holds the duties), or the duties alone, without
// Amazon's standard sentences and blocks. Kept sentences are joined one per line.
function ownText(posting: Posting): string {
  const text = posting.description ?? posting.responsibilities.join('\n');
  const spans = sentenceSpans(text);
  const masked = boilerplateRanges(text, spans);
  const out: string[] = [];
  for (const [s, e] of spans) if (!masked.some(([ms, me]) => s < me && e > ms)) out.push(text.slice(s, e));
  return out.join('\n');
}

function focusOf(text: string): string | null {
  for (const m of text.matchAll(FOCUS)) {
    let clause = m[1]!;
    const cut = FOCUS_CUT.exec(clause);
    if (cut) clause = clause.slice(0, cut.index);
    clause = cleanText(clause).replace(/[\s,]+$/, '');
    if (clause.length > 110) {
      // A long list: keep its first items, up to a comma, when what is left still says something.
      const comma = clause.lastIndexOf(',', 110);
      clause = comma > 40 ? clause.slice(0, comma) : '';
    }
    if (clause.length >= 25 && !FOCUS_REJECT.test(clause) && !/\band$|\bor$|\bthe$|\bof$/.test(clause)) return clause;
  }
  return null;
}

/** A term as the posting writes it: acronyms kept, other words in lower case ("OpEx", "forecast accuracy"). */
function asWritten(term: string): string {
  // A name the posting writes in title case ("Non-Profit Institutions") stays as it is.
  if (/^[A-Z][\w-]*(?: [A-Z][\w-]*)+$/.test(term)) return term;
  return term
    .split(' ')
    .map((w) => (/[A-Z].*[A-Z]|^Prime$/.test(w) ? w : w.toLowerCase()))
    .join(' ');
}

function collect(text: string, re: RegExp, max: number): string[] {
  const seen = new Map<string, string>();
  for (const m of text.matchAll(re)) {
    const t = asWritten(m[0]);
    const key = t.toLowerCase().replace(/s$/, '');
    if (!seen.has(key)) seen.set(key, t);
    if (seen.size >= max) break;
  }
  return [...seen.values()];
}

function metricsOf(text: string): string[] {
  const found: { tier: number; at: number; name: string }[] = [];
  for (const m of text.matchAll(ANY_METRIC)) {
    const tier = METRIC_TERMS.findIndex(([re]) => re.test(m[0]));
    found.push({ tier, at: m.index, name: METRIC_TERMS[tier]?.[1] ?? asWritten(m[0]) });
  }
  // A word that names a measure only where its line is about moving or tracking something.
  if (found.length < 3)
    for (const m of text.matchAll(MEASURED_TERMS)) {
      const line = text.slice(text.lastIndexOf('\n', m.index) + 1, (text.indexOf('\n', m.index) + 1 || text.length + 1) - 1);
      if (MEASURE_CUE.test(line)) found.push({ tier: METRIC_TERMS.length, at: m.index, name: asWritten(m[0]) });
    }
  found.sort((a, b) => a.tier - b.tier || a.at - b.at);
  const out: string[] = [];
  for (const f of found) if (out.length < 3 && !out.some((o) => o.toLowerCase().replace(/s$/, '') === f.name.toLowerCase().replace(/s$/, ''))) out.push(f.name);
  return out;
}

function dutyOf(posting: Posting, text: string): string | null {
  const listed = posting.responsibilities.map(cleanText);
  // Without a responsibilities list, the description's bullet lines are its duties.
  const bullets = listed.length
    ? listed
    : (posting.description ?? '')
        .split('\n')
        .filter((l) => /^\s*[-*•·▪●◦‣∙]\s*/.test(l))
        .map((l) => cleanText(l.replace(/^\s*[-*•·▪●◦‣∙]\s*/, '')));
  const ok = (r: string) => r.length >= 30 && r.length <= 95 && /^[A-Z][a-z]/.test(r) && !VAGUE_DUTY.test(r) && text.includes(r.slice(0, 20));
  // A duty that is a list ("Generate schematics, PCB layout, Bills of Materials…") is asked about by its first item.
  const candidates = bullets.filter(ok).map((r) => (r.split(', ').length >= 3 ? r.slice(0, r.indexOf(', ')) : r)).filter((r) => r.length >= 15 && r.includes(' '));
  // One that names a measure is the most specific to ask about.
  return candidates.find((r) => ANY_METRIC_ONCE.test(r)) ?? candidates[0] ?? null;
}

function customersOf(text: string): string[] {
  const own = text
    .split('\n')
    .filter((line) => !COMPANY_REACH.test(line))
    .join('\n');
  const segments = collect(own, SEGMENTS, 2);
  return segments.length >= 2 ? segments : [...segments, ...collect(own, CUSTOMERS, 2 - segments.length)];
}

export function askFacts(posting: Posting): AskFacts {
  const text = ownText(posting);
  if (!text) return { focus: null, stage: null, metrics: [], customers: [], partners: [], duty: null };
  return {
    focus: focusOf(text),
    stage: STAGE.find(([, re]) => re.test(text))?.[0] ?? null,
    metrics: metricsOf(text),
    customers: customersOf(text),
    partners: collect(text, PARTNERS, 2),
    duty: dutyOf(posting, text),
  };
}
