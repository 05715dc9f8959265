// Question measures over the 418 external postings. Usage: npx tsx /tmp/q/measure.ts <repo root> [--list kind]
import { pathToFileURL } from 'node:url';
const root = process.argv[2] ?? '/work/wt-questions';
const listKind = process.argv.indexOf('--list') > 0 ? process.argv[process.argv.indexOf('--list') + 1] : null;
const { analyzePosting } = await import(pathToFileURL(`${root}/core/analyze-posting.ts`).href);
const { readExternal, externalPosting } = await import(pathToFileURL(`${root}/scripts/plans.ts`).href);
const { familyWords } = await import(pathToFileURL(`${root}/core/questions.ts`).href);

const STOCK_DD = 'Tell me about a time a metric looked fine but something was wrong underneath. How did you find it?';
const BULLET = /^\s*[-*•·▪●◦‣∙]\s*/;
// A pitch or a line whose subject is the company, org or team.
const PITCH = /^(?:are you|do you|want to|interested in|imagine|picture|envision|come |join |welcome|keep the cloud|if you|ready to|looking for)/i;
const COMPANY_SUBJECT = /^(?:(?:the|our|this|a) [\w\s&’'-]{0,50}?\b(?:team|teams|org|organi[sz]ation|group|business|company|department|initiative|program|mission)\b|we\b|our\b|amazon\b|aws\b|at amazon|project \w+|[A-Z][\w&-]*(?: [A-Z][\w&-]*)* (?:is|are|team|owns|builds)\b)/;
// The candidate is the subject, or the line is a duty.
const ROLE = /\b(?:you(?:'ll|’ll)?|your|this role|the role|this position|the position|the (?:successful |ideal )?candidate|in this role|responsibilities include)\b/i;

function sentences(text: string, duties: string[]): { s: string; bullet: boolean }[] {
  const out: { s: string; bullet: boolean }[] = [];
  const listed = new Set(duties.map((d) => d.trim().slice(0, 30)));
  // Bullets run inline ("…hear from you. • Overseeing… • Support your team…") are lines of their own.
  const lines = (text.match(/ • /g)?.length ?? 0) >= 2 ? text.replace(/ • /g, '\n• ') : text;
  for (const line of lines.split('\n')) {
    const bullet = BULLET.test(line) || listed.has(line.trim().slice(0, 30));
    for (const s of line.replace(BULLET, '').split(/(?<=[.!?])\s+(?=[A-Z])/)) if (s.trim()) out.push({ s: s.trim(), bullet });
  }
  return out;
}
/** Concrete: a duty bullet or a sentence about the candidate, and not a pitch or a company/team line. */
function concrete(x: { s: string; bullet: boolean }): boolean {
  if (PITCH.test(x.s)) return false;
  if (COMPANY_SUBJECT.test(x.s) && !ROLE.test(x.s)) return false;
  return x.bullet || ROLE.test(x.s);
}
const STAGE_RE: Record<string, RegExp> = {
  new: /\b(?:new (?:team|organi[sz]ation|business|initiative|program)|newly (?:formed|created|launched|established)|from (?:the ground up|scratch)|greenfield|zero to one|0 to 1|early[- ]stage|(?:build|building|launch|launching) (?:out )?(?:a|the) (?:brand[- ])?new)\b/i,
  growing: /\b(?:fast[- ]growing|rapidly growing|rapid(?:ly)? (?:growth|expanding)|hyper-?growth|high[- ]growth|explosive (?:business )?growth|growing (?:team|business|organi[sz]ation|portfolio)|(?:scale|scaling) (?:up|out)|expand(?:ing)? (?:into|to) new)\b/i,
  established: /\b(?:existing (?:systems?|processes|programs?|platforms?|services?)|legacy (?:systems?|code|platforms?)|mature (?:systems?|business|platform))\b/i,
};
function termsOf(kind: string, q: string): (string | RegExp)[] {
  const list = (s: string) => s.split(/,\s*|\s+and\s+/).map((t) => t.trim()).filter(Boolean);
  let m: RegExpExecArray | null;
  if (kind === 'focus') return [/\b(?:focused on|responsible for|charged with|building|dedicated to)\b/i];
  if (kind.startsWith('stage-')) return [STAGE_RE[kind.slice(6)]!];
  if (kind === 'metric' && (m = /goal for (.+?) this year/.exec(q))) return [m[1]!];
  if (kind === 'metric' && (m = /^Of (.+?), which is/.exec(q))) return list(m[1]!);
  if (kind === 'customers' && (m = /hear from (.+?), and what/.exec(q))) return list(m[1]!).map((t) => t.replace(/^the /, ''));
  if (kind === 'partners' && (m = /work with (.+?) day to day/.exec(q))) return list(m[1]!);
  if (kind === 'duty' && (m = /lists “(.+?)” among/.exec(q))) return [m[1]!.slice(0, 25)];
  return [];
}
function kindOf(q: string): string | null {
  if (/how far along is that work/.test(q)) return 'focus';
  if (/already have in place, and what would this role build from scratch/.test(q)) return 'stage-new';
  if (/^As .+ grows, what is starting to strain/.test(q)) return 'stage-growing';
  if (/^Which of the existing systems or processes most need rework/.test(q)) return 'stage-established';
  if (/goal for .+ this year|^Of .+, which is furthest/.test(q)) return 'metric';
  if (/^How does the team hear from /.test(q)) return 'customers';
  if (/^How does this role work with .+ day to day/.test(q)) return 'partners';
  if (/among the duties/.test(q)) return 'duty';
  return null;
}
const VAGUE_VERB = /^(?:engage|interface|liaise|coordinate|partner|collaborate|communicate|support|assist|participate|work|help|be|become|serve|act|contribute|drive (?:innovative|innovation)|present|escalate)\b/i;
// A noun phrase of the form "a X or (a) Y" standing where one piece of work should be.
const OR_NOUN = /\b(?:a|an|the) [\w-]+ or (?:an? )?[\w-]+(?= (?:whose|because|you|in|now|\(|\.|,|needed|is|was))/g;

const records = readExternal();
const c = { plans: records.length, ddTop: 0, ddStock: 0, ddDistinct: new Map<string, Set<string>>(), etDistinct: new Map<string, Set<string>>(), coDistinct: new Map<string, Set<string>>(),
  anchored: 0, introAnchored: 0, introPlans: 0, byKind: {} as Record<string, [number, number]>, focus: 0, goalFor: 0, goalForIntro: 0, vagueDuty: 0, withPartners: 0, orNouns: 0, orNounPlans: 0, researchProject: 0, practiceTotal: 0, orFillerPlans: 0, ddStockAnywhere: 0 };
const lists: string[] = [];
for (const r of records) {
  const posting = externalPosting(r);
  const a = analyzePosting(posting);
  const fam = a.roleFamily.id as string;
  const key = `${fam}`;
  for (const p of a.plan.principles) {
    const bucket = p.id === 'dive-deep' ? c.ddDistinct : p.id === 'earn-trust' ? c.etDistinct : p.id === 'customer-obsession' ? c.coDistinct : null;
    if (bucket) { if (!bucket.has(key)) bucket.set(key, new Set()); bucket.get(key)!.add(p.likelyQuestion); }
    if (p.id === 'dive-deep') { c.ddTop++; if (p.likelyQuestion === STOCK_DD) { c.ddStock++; if (listKind === 'stock') lists.push(`${r.job_id} ${fam} ${r.title}`); } }
  }
  const practice: string[] = a.plan.principles.flatMap((p: { practiceQuestions: string[] }) => p.practiceQuestions);
  c.practiceTotal += practice.length;
  if (practice.some((q) => /research project/.test(q))) c.researchProject++;
  const w = familyWords(fam, r.title);
  const fillers = [w.work, w.partner, w.handOver, w.customer].filter((x) => / or /.test(x));
  if (practice.some((q) => fillers.some((f) => q.includes(f)))) { c.orFillerPlans++; if (listKind === 'filler') lists.push(`${r.job_id} ${fam}: ${fillers.join(' | ')}`); }
  if (practice.includes(STOCK_DD)) c.ddStockAnywhere++;
  let orHere = 0;
  for (const q of [...practice, ...a.plan.questionsToAsk.map((x: { text: string }) => x.text)]) for (const m of q.matchAll(OR_NOUN)) { orHere++; if (listKind === 'or') lists.push(`${r.job_id} ${fam}: ${m[0]} :: ${q}`); }
  c.orNouns += orHere; if (orHere) c.orNounPlans++;
  const text = posting.description ?? posting.responsibilities.join('\n');
  const sents = sentences(text ?? '', posting.responsibilities);
  let intro = false;
  for (const { text: q } of a.plan.questionsToAsk) {
    const kind = kindOf(q);
    if (/with each other and with partners/.test(q) && fam !== 'software-engineering') c.withPartners++;
    if (!kind) continue;
    c.anchored++;
    c.byKind[kind] ??= [0, 0];
    c.byKind[kind]![0]++;
    if (kind === 'focus') c.focus++;
    if (/goal for .+ this year/.test(q)) c.goalFor++;
    if (kind === 'duty') { const d = /lists “(.+?)” among/.exec(q)![1]!; if (VAGUE_VERB.test(d)) { c.vagueDuty++; if (listKind === 'vague') lists.push(`${r.job_id} ${fam}: ${d}`); } }
    const terms = termsOf(kind, q);
    const stem = (x: string) => x.toLowerCase().replace(/s\b/g, '').replace(/operating expense/g, 'opex');
    const has = (s: string, t: string | RegExp) => (typeof t === 'string' ? stem(s).includes(stem(t)) : t.test(s));
    // Intro-anchored: some term the question names appears in no concrete sentence.
    const bad = kind === 'focus' || terms.some((t) => !sents.some((x) => has(x.s, t) && concrete(x)));
    if (bad) {
      c.introAnchored++; c.byKind[kind]![1]++; intro = true;
      if (/goal for .+ this year/.test(q)) c.goalForIntro++;
      if (listKind === 'intro') lists.push(`${r.job_id} ${fam} [${kind}]: ${q}\n      from: ${sents.filter((x) => terms.some((t) => has(x.s, t))).map((x) => x.s.slice(0, 140)).join(' | ')}`);
    }
  }
  if (intro) c.introPlans++;
}
const distinct = (m: Map<string, Set<string>>) => Object.fromEntries([...m].map(([k, v]) => [k, v.size]));
console.log(JSON.stringify({ ...c, ddDistinct: distinct(c.ddDistinct), etDistinct: distinct(c.etDistinct), coDistinct: distinct(c.coDistinct) }, null, 1));
if (lists.length) console.log(lists.join('\n'));
