// Text Amazon puts in every posting, or in every posting of a large organisation: the equal-opportunity,
// accommodation, privacy and pay paragraphs (recognised by how they open, boilerplate-openers.ts) and
// the recurring blocks (Why AWS, work/life balance, inclusive team culture, mentorship…), learned from
// the postings (scripts/learn-boilerplate.ts → boilerplate.data.ts): sentences that recur across many
// role families, and headings whose blocks are the same text wherever they appear. It mentions inventing, customers, mentoring
// and results, so counting it would rank every posting alike and quote company text as evidence.
import { BOILERPLATE_HEADINGS, BOILERPLATE_SENTENCES } from './boilerplate.data';
import { NOTICE_OPENERS } from './boilerplate-openers';
import { isCompanyOrPitch } from './sentence-subject';
import { isWhitespace } from './whitespace';

// What the quote and "&" replaces change.
const QUOTE_OR_AMPERSAND = /[’‘“”&]/;
// What the blank replace changes: a blank other than a space, or two spaces in a row.
const UNEVEN_BLANKS = /[^\S ]| {2}/;

const straightQuotes = (t: string) => t.replace(/[’‘]/g, "'").replace(/[“”]/g, '"');

/** How a sentence is compared: lower case, straight quotes, single spaces, no bullet or trailing space. */
export function normalizeSentence(s: string): string {
  let t = s.toLowerCase();
  // Each replace below runs only on a sentence it would change (most have no curly quote, no "&", no
  // blank but single spaces), so most sentences are not copied four times.
  if (QUOTE_OR_AMPERSAND.test(t)) t = straightQuotes(t).replace(/ & /g, ' and ');
  t = t.slice(leadLength(t));
  return (UNEVEN_BLANKS.test(t) ? t.replace(/\s+/g, ' ') : t).trim();
}

// A sentence ends at a line break, before an inline bullet ("…root causes quickly • Finds practical…":
// each bullet is a duty of its own), or at . ! ? followed by space and an upper-case letter, digit,
// quote or bullet; not at the dot of an initial or an abbreviation made of initials ("by J.D. Power",
// "e.g. Excel"). A sentence end with no space after it ("…while also diving deep.Are you…",
// "…simultaneously.The Senior TPM…") is one too, after a word of two or more lower-case letters, so not
// "Sr.Technical" or "e.g.Excel".
const SENTENCE_END = /\n|(?<![ \t])[ \t]+(?=[•·▪●◦‣∙][ \t])|[.!?](?<=[a-z]{2}.)(?=[A-Z][a-z])|(?<!(?:^|[\s(])(?:[A-Z]|[A-Za-z](?:\.[A-Za-z])+))[.!?]["”’)]*[ \t]+(?=[A-Z0-9"“(•·▪●◦‣∙])/g;
const SENTENCE_BREAK = new RegExp(SENTENCE_END.source);

/** True when sentenceSpans would split `text`: a line break, or a sentence end before a capital. */
export function hasSentenceBreak(text: string): boolean {
  return SENTENCE_BREAK.test(text);
}

// What a sentence's start leaves out: a blank, "-", "*" or a bullet (• · ▪ ● ◦ ‣ ∙).
function isLeadMark(c: number): boolean {
  return isWhitespace(c) || c === 0x2d || c === 0x2a || c === 0x2022 || c === 0xb7 || c === 0x25aa || c === 0x25cf || c === 0x25e6 || c === 0x2023 || c === 0x2219;
}

/** How many of `text`'s first characters are lead marks. */
function leadLength(text: string): number {
  let i = 0;
  while (i < text.length && isLeadMark(text.charCodeAt(i))) i++;
  return i;
}

/** [start, end) of each sentence or line of `text`, leading bullets and spaces excluded. */
export function sentenceSpans(text: string): [number, number][] {
  const out: [number, number][] = [];
  const push = (s: number, e: number) => {
    while (s < e && isLeadMark(text.charCodeAt(s))) s++;
    while (e > s && isWhitespace(text.charCodeAt(e - 1))) e--;
    if (e > s) out.push([s, e]);
  };
  let start = 0;
  SENTENCE_END.lastIndex = 0;
  for (let m = SENTENCE_END.exec(text); m; m = SENTENCE_END.exec(text)) {
    const end = m[0] === '\n' ? m.index : m.index + m[0].trimEnd().length;
    push(start, end);
    start = m.index + m[0].length;
  }
  push(start, text.length);
  return out;
}

/** A sub-head line: short, not a bullet, no closing punctuation ("Work/Life Balance", "Why AWS?"). */
export function isHeadingLine(line: string): boolean {
  const t = line.trim();
  return t.length > 0 && t.length <= 50 && !/[.,;!]$/.test(t) && !/^[-*•·▪●◦‣∙]/.test(t) && t.split(/\s+/).length <= 6;
}

const LEARNED = new Set(BOILERPLATE_SENTENCES);
// The first word of every learned sentence: most sentences start otherwise and skip normalising.
const FIRST_WORDS = new Set(BOILERPLATE_SENTENCES.map((s) => s.split(' ')[0]!));

/** normalizeSentence(s)'s first word, without normalising the whole sentence: after the lead marks, up to a blank. */
function firstWord(sentence: string): string {
  const s = leadLength(sentence);
  let e = s;
  while (e < sentence.length && !isWhitespace(sentence.charCodeAt(e))) e++;
  const word = sentence.slice(s, e).toLowerCase();
  return QUOTE_OR_AMPERSAND.test(word) ? straightQuotes(word) : word;
}
const HEADINGS = new Set(BOILERPLATE_HEADINGS);
// After any blanks (\s is what trimStart removes), without copying the sentence to trim it.
const OPENER = new RegExp(`^\\s*(?:${NOTICE_OPENERS.join('|')})`, 'i');

/** Is this one sentence standard text? */
export function isBoilerplateSentence(sentence: string): boolean {
  return OPENER.test(sentence) || (FIRST_WORDS.has(firstWord(sentence)) && LEARNED.has(normalizeSentence(sentence)));
}

/** A heading as compared: normalised, without the mark that may close it ("Why AWS?", "Work/Life Balance:"). */
export function headingKey(line: string): string {
  return normalizeSentence(line).replace(/[\s?:!.\-\u2013\u2014]+$/, '');
}

// Recruiting headings by their shape, in any posting however few share them: why/about the company,
// careers and growth, culture, benefits, balance ("Why AWS?", "Impact and Career Growth", "Work Hard,
// Have Fun"). "About the team" introduces the job's own team and is not one of them.
const EMPLOYER_HEADING =
  /^(?:why (?:aws|amazon|join|us|work)|about (?:aws|amazon|us\b|our (?!team\b))|work hard|have fun|make history|(?:our |team |inclusive |company )?culture$|(?:our |your )?benefits$|perks)|\b(?:career|work ?\/ ?life|work-life|life balance|divers(?:e|ity)|inclusi(?:ve|on)|mentorship)\b/;

/** A standard section heading: learned from the postings, or an employer heading by its shape. */
function isStandardHeading(key: string): boolean {
  return HEADINGS.has(key) || EMPLOYER_HEADING.test(key);
}

// Recruiting marketing, recognised by its shape rather than listed: what Amazon is or offers, a hook
// or an invitation, the candidate's own benefits. None says what the job demands of the candidate.
const MARKETING: readonly RegExp[] = [
  // A hook: "Want to make a billion-dollar impact?", "Do you love building things?"
  /\?["\u201d\u2019)]*$/,
  // An invitation: "Come innovate with us", "Join us…"
  /^(?:come|join)\b|\bcome join\b/i,
  // A pitch: "Why you want to be on the Amazon Photos team: We solve…", "Why join us?"
  /^why (?:you(?:['\u2019](?:ll|d))? (?:want|love|should|would)|join|work (?:at|with|on|for))\b/i,
  // The company describing itself: "Amazon strives to be…", "AWS is the world's…", "At Amazon, we hire…"
  /^(?:(?:at|here at) (?:amazon|aws)\b[^,]{0,40}?,? (?:we|our|it)\b|(?:amazon|aws|amazon web services)(?: \(aws\))? (?:is|are|has|have|was|strives|continues|commands|pioneered|offers|provides|hires|believes|values|invests)\b)/i,
  // What the candidate gets: growth, balance, values the team holds.
  /\b(?:your career|career (?:growth|progression|paths?|advancement)|work[- /]life|hav(?:e|ing) fun|competitive (?:salary|pay|compensation)|great benefits|talent from diverse|opportunit(?:y|ies) to (?:grow|learn)|(?:you will|you['\u2019]ll) (?:grow|learn)|we (?:care about|value|believe|embrace|celebrate|offer|invest in))\b/i,
];

// The company, team or product describing itself ("We pioneered cloud computing…", "Our team builds…",
// "Ring has been on a mission…", "It automatically detects…"): about them, not what the role demands.
// Only when nothing in it addresses the role: "We are looking for an engineer who dives deep" stays.
const SELF_SUBJECT =
  /^(?:(?:at|here at|in|within|with|since) [^,]{1,60}, )?(?:we|our|it|its|the team|this team|the [a-z0-9-]+ team|(?:amazon|aws)\b[^,]{0,40}?|[A-Z][A-Za-z0-9&'’.-]*(?: [A-Z][A-Za-z0-9&'’.-]*){0,3} (?:is|are|has|have|was|builds?|provides?|offers?|enables?|helps?|powers?|serves?|delivers?|operates?|owns?))\b/i;
const ROLE_ADDRESSED =
  /\b(?:you|your|you['’](?:ll|re|ve)|candidates?|applicants?|role|position|looking for|seeking|hiring|hire|join|someone|individuals?|persons?|(?:engineers?|scientists?|managers?|leaders?|people) (?:who|that|with|to))\b/i;
// Qualification openers and job nouns: "Must have…", "The Business Intelligence Engineer has…".
const NOT_A_SUBJECT =
  /^(?:must|should|will|can|may|need|experience|knowledge|ability|strong|excellent|proven)\b|\b(?:engineers?|scientists?|managers?|analysts?|architects?|consultants?|designers?|specialists?|recruiters?|developers?|interns?|associates?|technicians?|advocates?|partners?)\b(?! team)/i;
const NAMED_SUBJECT = /^[A-Z][A-Za-z0-9&'’.-]*(?: [A-Z][A-Za-z0-9&'’.-]*){0,3} (?:is|are|has|have|was|builds?|provides?|offers?|enables?|helps?|powers?|serves?|delivers?|operates?|owns?)\b/;

/** The company, team or product describing itself, with no word addressed to the role. */
export function isSelfDescription(sentence: string): boolean {
  const t = sentence.trim();
  // The anchored test first: most sentences fail it at once.
  if (!SELF_SUBJECT.test(t) || ROLE_ADDRESSED.test(t) || NOT_A_SUBJECT.test(t)) return false;
  // A capitalised subject must be a name, not the first word of a duty ("Design is…" is rare; "Build…" never matches).
  return (!/^[A-Z]/.test(t) || /^(?:(?:at|here at|in|within|with|since) |we\b|our\b|it\b|its\b|the\b|this\b|amazon|aws)/i.test(t) || NAMED_SUBJECT.test(t));
}

// The shapes as one pattern: a sentence is tested once, not once per shape (each test has a cost of its
// own, and most sentences are none of them). The hook's pattern has no letters, so "i" changes nothing.
const ANY_MARKETING = new RegExp(MARKETING.map((re) => `(?:${re.source})`).join('|'), 'i');

/** Is this sentence recruiting marketing (a tagline, hook, benefit or Amazon's self-description)? */
export function isMarketingSentence(sentence: string): boolean {
  return ANY_MARKETING.test(sentence.trim());
}

const INLINE_BULLET = /\s+[•·▪●◦‣∙]\s+/g;

/**
 * [start, end) of each piece of the sentences: a paragraph of inline bullets is one sentence span
 * ("…we'd love to hear from you. • Overseeing the operation…"), and each of its pieces is judged alone, so
 * a pitch opening it does not hide the duties after it.
 */
export function sentencePieces(text: string, spans: readonly (readonly [number, number])[]): [number, number][] {
  return spans.flatMap(([s, e]) => spanPieces(text, s, e));
}

/** The pieces of the one sentence span [s, e) (sentencePieces). */
export function spanPieces(text: string, s: number, e: number): [number, number][] {
  const out: [number, number][] = [];
  let from = s;
  for (const m of text.slice(s, e).matchAll(INLINE_BULLET)) {
    const to = s + m.index!;
    out.push([from, to]);
    from = to + m[0].length;
  }
  if (from < e) out.push([from, e]);
  return out;
}

/**
 * [start, end) of each recruiting pitch ("Imagine…", "Picture working on…", "Are you…?") and each line
 * whose subject is the company, org or team ("Alexa Music team is responsible for…", "AWS
 * Infrastructure Services owns the design…", "We are innovating…", "Our team owns…"), by the test the
 * questions to ask use (sentence-subject.ts). The ranking asks the same of the sentences its hits are in
 * (posting-sentences.ts): still read, quoted only where it names a principle ("We are customer-obsessed").
 */
export function companyLineRanges(text: string): [number, number][] {
  return sentencePieces(text, sentenceSpans(text)).filter(([s, e]) => isCompanyOrPitch(text.slice(s, e)));
}

// A sub-head, never evidence: a heading line in Title Case or closed by a colon ("Innovation",
// "Impact and Career Growth:"), not a requirement such as "Strong analytical skills".
function isSubHead(line: string): boolean {
  const t = line.trim();
  if (!isHeadingLine(t)) return false;
  if (/:$/.test(t)) return true;
  const words = t.replace(/[?:]$/, '').split(/\s+/);
  return words.length <= 5 && words.every((w) => w.length < 4 || /^[A-Z&/]/.test(w));
}

// Blocks under a standard heading: from the heading to the next heading line (or the end). A line
// that opens with a standard heading ("Inclusive Team Culture - Here at AWS…", "Why AWS? Amazon Web
// Services is…") is masked whole, and sub-heads are masked as lines.
function headedBlocks(text: string, out: [number, number][]): void {
  let block = -1;
  let at = 0;
  // A line holds a company paragraph's words only where the whole text does (most have none).
  const companyParagraph = isCompanyParagraph(text);
  for (const line of text.split('\n')) {
    const end = at + line.length;
    if (isHeadingLine(line)) {
      if (block >= 0) out.push([block, at - 1]);
      block = isStandardHeading(headingKey(line)) ? at : -1;
      if (block < 0 && isSubHead(line)) out.push([at, end]);
    } else if (block < 0) {
      const inline = INLINE_HEADING.exec(line);
      if ((inline && isStandardHeading(headingKey(inline[1]!))) || (companyParagraph && isCompanyParagraph(line))) out.push([at, end]);
    }
    at = end + 1;
  }
  if (block >= 0) out.push([block, text.length]);
}

// A paragraph introducing an Amazon company ("Ring is an Amazon company.", "Lab126 is part of the
// Amazon.com, Inc. group of companies"): about the company, wherever the source put it (often at the
// end of the preferred qualifications).
const COMPANY_PARAGRAPH = /\b(?:is an amazon company|group of companies|(?:a|an) (?:wholly[- ]owned )?subsidiary of amazon|an amazon subsidiary)\b/i;
// Every match of COMPANY_PARAGRAPH contains one of these; testing for them first is three times cheaper.
const COMPANY_PARAGRAPH_HINT = /compan|subsidiar/i;
const isCompanyParagraph = (text: string): boolean => COMPANY_PARAGRAPH_HINT.test(text) && COMPANY_PARAGRAPH.test(text);

// A heading run into its text on one line: up to six words, then " - ", ": " or "? ".
const INLINE_HEADING = /^[\s\-*•·▪●◦‣∙]*((?:[^\s:?]+\s+){0,5}?[^\s:?]+)(?:\s+[-\u2013\u2014]\s+|:\s+|\?\s+)/;

function merge(found: [number, number][], text: string): [number, number][] {
  found.sort((a, b) => a[0] - b[0]);
  const out: [number, number][] = [];
  for (const [s, e] of found) {
    const last = out[out.length - 1];
    if (last && (s <= last[1] || /^\s*$/.test(text.slice(last[1], s)))) last[1] = Math.max(last[1], e);
    else out.push([s, e]);
  }
  return out;
}

/** [start, end) ranges of standard text (notices, learned sentences and blocks), in order, merged. */
function standardRanges(text: string, spans: readonly (readonly [number, number])[]): [number, number][] {
  const found: [number, number][] = [];
  for (const [s, e] of spans) if (isBoilerplateSentence(text.slice(s, e))) found.push([s, e]);
  return found;
}

/**
 * [start, end) ranges of text that is never evidence, in order, overlapping and adjacent ones merged:
 * standard text, standard and employer-headed blocks, sub-heads and recruiting marketing.
 */
export function boilerplateRanges(text: string, spans: readonly (readonly [number, number])[] = sentenceSpans(text)): [number, number][] {
  const found = standardRanges(text, spans);
  headedBlocks(text, found);
  for (const [s, e] of spans) if (isMarketingSentence(text.slice(s, e))) found.push([s, e]);
  return merge(found, text);
}

/** True for a paragraph that is wholly Amazon boilerplate (standard text only, not marketing). */
export function isBoilerplate(text: string): boolean {
  const t = text.trim();
  if (t === '') return false;
  const found = standardRanges(t, sentenceSpans(t));
  if (HEADINGS.size > 0) learnedBlocks(t, found);
  const covered = merge(found, t).reduce((n, [s, e]) => n + (e - s), 0);
  return covered >= t.length * 0.8;
}

// Blocks under a learned standard heading only (what isBoilerplate has always masked).
function learnedBlocks(text: string, out: [number, number][]): void {
  let block = -1;
  let at = 0;
  // A line holds a company paragraph's words only where the whole text does (most have none).
  const companyParagraph = isCompanyParagraph(text);
  for (const line of text.split('\n')) {
    const end = at + line.length;
    if (isHeadingLine(line)) {
      if (block >= 0) out.push([block, at - 1]);
      block = HEADINGS.has(headingKey(line)) ? at : -1;
    }
    at = end + 1;
  }
  if (block >= 0) out.push([block, text.length]);
}
