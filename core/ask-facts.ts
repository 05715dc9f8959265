// What a posting says about this role's work that a candidate can ask the hiring manager about: what
// stage the work is at (new, growing, established), the numbers the role is measured by, who it serves
// or works with, and a concrete duty. Read only from the lines about the role itself: its duties (the
// responsibilities, the description's bullets) and sentences whose subject is the candidate ("You
// will…", "In this role…", "The successful candidate…"). Never from the team's mission or intro, a
// company line ("AWS…", "Our team is…", "We…") or a recruiting pitch ("Imagine…", "Join us…"): a
// question built on those asks a financial analyst how far along the product build is, or an RF
// engineer about the satellite network's latency. Never from the qualifications either (asking about
// one points the interviewer at the candidate's gap), nor from Amazon's standard text. Every fact is
// the posting's own words (whole words, as written), so a question built on it is about this job.
import type { Posting } from './posting';
import { cleanText } from './plan-text';
import { postingSentences } from './posting-sentences';
import { isRoleLine } from './sentence-subject';

export type TeamStage = 'new' | 'growing' | 'established';

export interface AskFacts {
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
  [/\b(?:on-time delivery|delivery on time|first[- ]time delivery success|delivery speed|units per hour|cycle time|lead time|fill rate|inventory accuracy|first[- ]pass yield|safety incidents|injury rates?|recordables?)\b/i, null],
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
  /\b(?:internal (?:customers|clients)|(?:global|retail|business|external) customers|selling partners|sellers|advertisers|brands|(?<!\b(?:AWS|Amazon|our|internal|service) )developers|students|learners|patients|shoppers|Prime members|travell?ers|merchants)\b/gi;
// (The company's own developers, "feedback to AWS developers", build the service; they are not its customers.)
// Amazon describing its own reach ("used by hundreds of thousands of developers, governments and
// businesses around the world") says nothing about whom this team serves.
const COMPANY_REACH = /\b(?:hundreds of thousands|millions of|around the world|worldwide)\b/i;
// Who the role works with outside the team, as partners rather than customers.
const PARTNERS =
  /\b(?:hiring managers|hiring leaders|client groups|suppliers|vendors|carriers|delivery (?:service )?partners|third[- ]party (?:service )?providers|contractors|manufacturers|system integrators|consulting partners|channel partners|finance partners|HR business partners|HRBPs)\b/gi;

// A duty worth asking about: a concrete task, short enough to quote whole, not a slogan, company text
// or a duty every job has ("Partner with cross-functional teams…", "Engage with an experienced staff
// to drive innovative capabilities", "Interface with key leaders to present progress reports").
const VAGUE_DUTY =
  /^(?:you will|you'll|we |our |partner|participate|collaborate|work (?:closely )?(?:with|alongside)|communicate|support |assist|be |become|serve as|act as|as an? |other duties|help |contribute|engage|interface|liaise|escalate|present|influence|ensure|find opportunities|capture|drive (?:innovati\w*|strategic|high-level)|maintain(?:ing)? (?:current |up[- ]to[- ]date )?(?:technical )?knowledge|keep(?:ing)? up\b|represent|insist|demonstrate|embody|exemplify|uphold|foster|promote|champion|strive|thrive|think big|dive deep|earn trust|deliver results|raise the bar|actively)|\b(?:amazon|we|our|us|you|your)\b/i;
// A qualification some postings list under their duties ("Experience programming with at least one
// language"): asking about it points at the candidate's gap.
const QUALIFICATION =
  /^(?:\d+\+? (?:years?|yrs)|experience (?:with|in|of|using|programming|working|building|leading)|experienced\b|knowledge of|proficien\w*|familiarity|bachelor|master|degree|ability to|strong |excellent |demonstrated |(?:has|have|possess\w*|proven|solid|deep|in-depth)\b|\w+ing by\b)/i;
// Verbs of a task the candidate does and can be judged on: such a duty is asked about before others.
const CONCRETE_VERB =
  /^(?:design|build|develop|author|analy[sz]e|conduct|lead|launch|define|implement|test|deploy|run|own|plan|forecast|investigate|troubleshoot|diagnose|perform|automate|improve|reduce|optimi[sz]e|establish|produce|review|audit|source|recruit|train|coach|evaluate|research|measure|operate|install|repair|calibrate|validate|streamline|drive|manage|maintain|monitor|identify|deliver|architect|model|track|resolve|respond|inspect|annotate|label|translate|educate|teach|assemble|generate|use|using|leverag|apply|hire|hiring|mentor|guide|guiding|prepar|provid|solv|code|coding|program|debug|configur|integrat|migrat|scale|scaling|set up|setting up|understand|defining|creat|writ|support|execut|organi[sz]|schedul|coordinat|negotiat|mak)\w*\b/i;
// Where a duty's own task ends and its purpose or an aside begins ("Lead needs analyses to highlight
// current gaps in order to improve…", "Drive requirements…, working across engineering").
const DUTY_TAIL =
  /(?<!\b(?:e\.g|i\.e|etc))\.\s+(?=[A-Z])|\s+(?:in order to|so as to|so that|to (?:ensure|enable|allow|transfer)|ensuring|such as|which|while)\b|,\s*(?:working|accelerating|ensuring|including|while|and (?:help|participate|work|partner|collaborate))\b|\s+[–—]\s+/i;

const BULLET = /^\s*[-*•·▪●◦‣∙]\s*/;
// Bullets some descriptions run inline ("…we'd love to hear from you. • Overseeing the operation… • Support
// your team…"): two or more on a line are each a line of their own.
const INLINE_BULLET = / • (?=\S)/g;

/** The description, its inline bullets on lines of their own (most descriptions have none). */
function descriptionOf(posting: Posting): string | null {
  const d = posting.description;
  if (!d || d.indexOf(' • ') === d.lastIndexOf(' • ')) return d;
  return d.replace(INLINE_BULLET, '\n• ');
}

// The lines about the role in the posting's own text (the description, which holds the duties, or the
// duties alone): its duties and the sentences about the candidate, one per line, without Amazon's
// standard sentences and blocks.
function roleText(posting: Posting): string {
  const text = descriptionOf(posting) ?? posting.responsibilities.join('\n');
  const { masked } = postingSentences(text);
  const listed = new Set(posting.responsibilities.map((r) => cleanText(r).slice(0, 40)));
  const out: string[] = [];
  let at = 0;
  for (const line of text.split('\n')) {
    const lineStart = at;
    at += line.length + 1;
    const body = line.replace(BULLET, '');
    if (!body.trim()) continue;
    const duty = BULLET.test(line) || listed.has(cleanText(body).slice(0, 40));
    let from = lineStart + (line.length - body.length);
    for (const sentence of body.split(/(?<=[.!?])\s+(?=[A-Z“"])/)) {
      const start = text.indexOf(sentence, from);
      const end = start + sentence.length;
      from = end;
      if (masked.some(([ms, me]) => start < me && end > ms)) continue;
      if (isRoleLine(sentence, duty)) out.push(sentence.trim());
    }
  }
  return out.join('\n');
}

/** A term as the posting writes it: acronyms kept, other words in lower case ("OpEx", "forecast accuracy"). */
function asWritten(term: string): string {
  // A name the posting writes in title case ("Non-Profit Institutions") stays as it is.
  if (/^[A-Z][\w-]*(?:(?:,? (?:and|or|&) |, | )[A-Z][\w-]*)+$/.test(term)) return term;
  return term
    .split(' ')
    .map((w) => (/[A-Z].*[A-Z]|^Prime$/.test(w) ? w : w.toLowerCase()))
    .join(' ');
}

// The items a segment's head noun is shared with ("Government, Educational, HealthCare and Non-Profit
// Institutions"): the group is the whole list, not its last item.
const SHARED_HEAD_LIST = /(?:[A-Z][\w-]*,\s+)+[A-Z][\w-]*,?\s+(?:and|or|&)\s+$/;

function collect(text: string, re: RegExp, max: number, skip?: (before: string) => boolean, whole?: boolean): string[] {
  const seen = new Map<string, string>();
  for (const m of text.matchAll(re)) {
    const before = text.slice(Math.max(0, m.index - 60), m.index);
    if (skip?.(before)) continue;
    const list = whole ? SHARED_HEAD_LIST.exec(before)?.[0] : undefined;
    const t = asWritten(`${list ?? ''}${m[0]}`);
    // "selling partners" and "sellers" are one group.
    const key = t.toLowerCase().replace(/s$/, '').replace(/^selling partner$/, 'seller');
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

// Where a duty too long to quote whole can end and still say what the task is: before a participle
// that adds a second task ("…search status reports, leading status reviews…"), "as well as", a
// relative clause ("Write product requirements and specifications that translate…"), where it is done
// ("…cybersecurity threats across Amazon’s infrastructure"), or a colon before the task's parts ("Own the
// complete software development lifecycle: defining requirements, …").
const DUTY_SOFT_END = /:\s|,\s*(?:[a-z]+ing)\b|\s+as well as\b|\s+(?:that|which|who|across|throughout)\b/g;
const DUTY_MAX = 95;
const DUTY_MIN = 30;

/** A duty short enough to quote whole, or up to its first soft end that leaves enough of the task; null if neither. */
function quotable(r: string): string | null {
  if (r.length <= DUTY_MAX) return r;
  for (const m of r.matchAll(DUTY_SOFT_END)) if (m.index >= DUTY_MIN) return m.index <= DUTY_MAX ? r.slice(0, m.index) : null;
  return null;
}

// The task a role sentence gives the candidate ("As an AWS Security Data Scientist, you’ll help to build
// and manage services that detect…", "You will translate strategic initiatives in the account plan into
// executable actions"): the words after "you will", as written. "Help to" and "have the opportunity to"
// lead into the task itself; "get to" offers a perk and is no duty (see sentence-subject.ts's PITCH).
const YOU_WILL_TASK = /\byou(?: will|['’]ll)\s+(?:also\s+)?(?:(?:help(?: to)?|have the opportunity to)\s+)?(?=[a-z])/i;

// A description's bullets are duties unless the line that leads into them speaks of the company or the
// team's mission and not of the role ("Our mission is to provide … that includes:" before "Build solutions
// that reach millions of new customers…", 1374648, whose duties follow "Some of the key job functions … are:").
const ORG_LEAD = /\b(?:our (?:mission|vision|goal|charter|purpose)|we (?:seek|aim|strive|exist)|(?:mission|vision) is)\b/i;
const ROLE_LEAD = /\b(?:you|your|role|job|responsibilit\w*|duties|functions|position|candidate)\b/i;

function descriptionDuties(description: string): string[] {
  const out: string[] = [];
  let orgList = false;
  for (const line of description.split('\n')) {
    if (!BULLET.test(line)) {
      if (line.trim()) orgList = ORG_LEAD.test(line) && !ROLE_LEAD.test(line);
      continue;
    }
    if (!orgList) out.push(cleanText(line.replace(BULLET, '')));
  }
  return out;
}

function dutyOf(posting: Posting, text: string): string | null {
  const listed = posting.responsibilities.map(cleanText);
  // Without a responsibilities list, the description's bullet lines are its duties.
  const bullets = listed.length ? listed : descriptionDuties(descriptionOf(posting) ?? '');
  // The task itself, without its purpose clause or an aside.
  const task = (r: string) => {
    const cut = DUTY_TAIL.exec(r);
    const t = cut && cut.index >= 25 ? r.slice(0, cut.index) : r;
    // An aside in brackets that the cut left open is dropped whole.
    const open = t.lastIndexOf('(');
    return (open > t.lastIndexOf(')') ? t.slice(0, open) : t).replace(/[\s,;:]+$/, '');
  };
  // A duty opens with its verb; a listed one may be written in lower case ("building data pipelines…").
  const ok = (r: string) =>
    r.length >= DUTY_MIN && r.length <= DUTY_MAX && /^[A-Za-z][a-z]/.test(r) && !VAGUE_DUTY.test(r) && !QUALIFICATION.test(r) && text.includes(r.slice(0, 20));
  const tasks = bullets.filter((r) => text.includes(r.slice(0, 20))).map(task);
  const isList = (r: string) => r.split(', ').length >= 3;
  // A duty quoted whole reads best; then one cut at a soft end (too long whole); then a list's first
  // item ("Generate schematics, PCB layout, Bills of Materials…" is asked about as "Generate schematics").
  const whole = tasks.filter(ok);
  const shortened = tasks.map((r) => (r.length > DUTY_MAX ? quotable(r) : null)).filter((r): r is string => r !== null && ok(r));
  // A first item that is only an adjective ("Write high-quality, maintainable, and robust code") says nothing.
  const candidates = [...whole.filter((r) => !isList(r)), ...shortened.filter((r) => !isList(r)), ...whole.filter(isList).map((r) => r.slice(0, r.indexOf(', ')))].filter(
    (r) => r.length >= 15 && r.includes(' ') && !/(?:-quality|\bhigh|robust|scalable|maintainable|reliable|efficient|secure|clean|highly \w+|available)$/i.test(r),
  );
  // One that names a measure is the most specific to ask about, then one whose verb is a task the
  // candidate does ("Lead needs analyses…" before "Use project management tools…").
  // A line that does not start with a verb is not a duty: a perk ("Modern offices in…"), a trait
  // ("Enjoys working side by side…", "Consistent focus on…").
  const concrete = candidates.filter((r) => CONCRETE_VERB.test(r));
  const found = concrete.find((r) => ANY_METRIC_ONCE.test(r)) ?? concrete[0];
  if (found) return found;
  // A posting that lists no duty may give them in prose: the first task a role sentence gives "you".
  for (const line of text.split('\n')) {
    const m = YOU_WILL_TASK.exec(line);
    if (!m) continue;
    const t = quotable(task(cleanText(line.slice(m.index + m[0].length))));
    if (t && ok(t) && CONCRETE_VERB.test(t) && !isList(t)) return t;
  }
  return null;
}

function customersOf(text: string): string[] {
  // Lines are dropped only when the text has such a line at all (most have none).
  const own = COMPANY_REACH.test(text)
    ? text
        .split('\n')
        .filter((line) => !COMPANY_REACH.test(line))
        .join('\n')
    : text;
  // People the role works alongside ("working closely with Product Managers and Software Developers")
  // are colleagues, not the people the team serves.
  const colleague = (before: string) => /\b(?:work(?:s|ing)?(?: closely| directly)?(?: with| alongside)|alongside|partner(?:s|ing)? with|collaborat\w* with)\s+(?:[\w&-]+,?\s+){0,4}$/i.test(before);
  const segments = collect(own, SEGMENTS, 2, colleague, true);
  return segments.length >= 2 ? segments : [...segments, ...collect(own, CUSTOMERS, 2 - segments.length, colleague)];
}

export function askFacts(posting: Posting): AskFacts {
  const text = roleText(posting);
  if (!text) return { stage: null, metrics: [], customers: [], partners: [], duty: null };
  return {
    stage: STAGE.find(([, re]) => re.test(text))?.[0] ?? null,
    metrics: metricsOf(text),
    customers: customersOf(text),
    partners: collect(text, PARTNERS, 2),
    duty: dutyOf(posting, text),
  };
}
