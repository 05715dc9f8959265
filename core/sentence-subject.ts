// Who a sentence of a posting is about: the candidate and the role ("You will…", "In this role…", "The
// Solutions Architect will…"), or the company, org, team or product ("AWS Infrastructure Services owns…",
// "Alexa Music team is responsible for…", "We are innovating…", "Our team…"), or no one but the reader
// of a recruiting pitch ("Imagine…", "Picture working on…", "Are you…?", "Join us…"). Shared by the
// questions to ask (ask-facts.ts reads facts only from role lines) and the evidence (boilerplate.ts:
// a company line or a pitch is never quoted as evidence of what the role demands).

// A recruiting pitch, by how it opens. "You'll get to use the full power of AWS…", "You will be part of a
// team where innovation is encouraged", "This builder position will join the … team focused on…" offer
// the team, not a duty; "You will be able to learn from … the brightest technical minds" offers a chance
// to learn or work with people (review 6, K1), not what the role does.
const PITCH =
  /^(?:are you|do you|did you|would you|want to|interested in|imagine|picture|envision|come |join |welcome|keep the cloud|if you|ready to|looking for|it is (?:still )?day|you(?:['’]ll| will)? get to\b|you(?:['’]ll| will) (?:join|be (?:a )?part of) (?:a|an|the|our)\b|you(?:['’]ll| will) (?:be able to|have (?:the|an?) (?:opportunity|chance) to) (?:learn|grow|collaborate|work (?:with|alongside))\b|(?:this|the) [\w -]{0,40}\b(?:role|position) (?:will )?joins?\b)/i;
// Amazon's culture, addressed to anyone who works there: "At AWS, you are encouraged to think big, invent
// and take ownership…", "At Amazon, you'll say it often…", "Here at AWS, it's in our nature to learn and be
// curious". It names principles, but as the company's, not as what this role demands.
const CULTURE = /^(?:here )?at (?:amazon|aws)\b[^,]{0,40}, (?:you|we|it|our|there|everyone)\b/i;
// The company, org, team or product as the subject. The named form ("Alexa Music team is…", "AWS
// Infrastructure Services owns…") never starts with a verb of a duty ("Own AWS team relationships",
// "Lead Kuiper team reviews") or a qualification's opener ("Experience is…", "Knowledge of Python is…").
const COMPANY_SUBJECT =
  /^(?:(?:the|our|this|a|an) (?:(?!(?:will|role|position|person|individual|candidate|you|your|with|to|in|for|(?:engineer|manager|architect|analyst|scientist|specialist|associate|technician|consultant|recruiter|administrator|researcher|intern)s?(?:-\w+)?)\b)[\w&’'./()-]+ ){0,7}?(?:team|teams|org|organi[sz]ation|group|business|company|department|division|initiative|program|mission|services?|platform|products?)\b|we\b|we['’]|our\b|amazon\b|aws\b|at amazon|at aws)/i;
const NAMED_SUBJECT =
  /^Project [A-Z]|^(?!(?:You|Your|This|In|As|The|A|An|Own|Lead|Drive|Manage|Build|Develop|Design|Create|Support|Partner|Work|Use|Deliver|Run|Help|Define|Establish|Experience|Knowledge|Proficiency|Familiarity|Ability|Bachelor['’]?s|Master['’]?s|Degree|Must|Strong|Excellent|Preferred|Required)\b)[A-Z][\w&’'.-]*(?: (?:[A-Z(][\w&’'.()-]*|of|and|for|by|&))* (?:is|are|team|owns|builds|provides|helps|serves|offers)\b/;
// The candidate as the subject, or the role named: "You will…", "In this role…", "The Solutions
// Architect will…", "As a Financial Analyst, you…".
const ROLE_SUBJECT = /\b(?:you(?:['’]ll)?|your|this role|the role|this position|the position|the (?:successful |ideal |right )?candidate|responsibilities include)\b/i;
const ROLE_NAMED =
  /^(?:as (?:a|an|the) [^,.]{0,60}?\b(?:engineer|manager|architect|analyst|scientist|designer|specialist|associate|technician|consultant|recruiter|lead|leader|representative|developer|administrator|expert|writer|researcher|member|owner|intern|director|head)s?\b[^,.]{0,40},|(?:the|a|an) (?:successful |ideal |right )?[\w\s&/.-]{0,50}?\b(?:engineer|manager|architect|analyst|scientist|designer|specialist|associate|technician|consultant|recruiter|lead|leader|representative|developer|administrator|expert|writer|researcher)s? (?:will|is responsible|owns|leads|is expected|should|must|needs?)\b|(?:our|at amazon, ) ?(?:[\w-]+ ){0,4}?(?:engineer|manager|architect|analyst|scientist|designer|specialist|associate|technician|consultant|recruiter|developer|administrator|expert|writer|researcher|intern)s (?:\([A-Za-z]+\) )?(?:are|will|use|apply|work|own|build|design|lead)\b)/i;
// The company saying whom it hires, in its own main clause ("We are looking for an engineer who…",
// "The Alexa team is seeking…"): a requirement, not the company describing itself. Not a hire named at
// the end of a long company line ("…provides customers the best experience possible and are looking
// for a top-notch Senior…").
const HIRING =
  /^(?:\S+\s+){0,6}?(?:(?:is|are|we|\S*['’]re)\s+(?:currently\s+|now\s+)?(?:looking|seeking|hiring|searching|recruiting)|we seek|(?:\S+\s+)?(?:seeks|looks for))\b|^[^.]{0,80}\bseeks (?:an?|the)\b/i;

/** Amazon's culture addressed to anyone there ("At AWS, you are encouraged to think big…"): never quoted, even where it names a principle. */
export function isCultureLine(sentence: string): boolean {
  const s = sentence.trim();
  return CULTURE.test(s) && !HIRING.test(s);
}

/** A recruiting pitch: "Imagine…", "Picture working on…", "Are you…?", "Join us…", "Do you want to…". */
export function isPitch(sentence: string): boolean {
  return PITCH.test(sentence.trim());
}

/** The company, org, team or product is the subject ("Alexa Music team is…", "We…", "Our team…", "AWS…"), not the role. */
export function hasCompanySubject(sentence: string): boolean {
  const s = sentence.trim();
  return (COMPANY_SUBJECT.test(s) || NAMED_SUBJECT.test(s)) && !ROLE_NAMED.test(s);
}

/**
 * A pitch, or a company line that says nothing of what the candidate does: no "you", no role named, and
 * not the company saying whom it hires. Never evidence of what the role demands.
 */
export function isCompanyOrPitch(sentence: string): boolean {
  const s = sentence.trim();
  if (isPitch(s) || isCultureLine(s)) return true;
  return hasCompanySubject(s) && !ROLE_SUBJECT.test(s.replace(YOU_AS_OBJECT, '')) && !HIRING.test(s);
}

// "you" as the object of the company's offer ("we will give you the tools", "help you grow"): not the
// candidate doing something.
const YOU_AS_OBJECT = /\b(?:give|gives|offer|offers|help|helps|provide|provides|support|supports|equip|empower|enable|for|with) you\b/gi;

/** A sentence about the role: a duty line, or one whose subject is the candidate; never a pitch or a company line. */
export function isRoleLine(sentence: string, duty: boolean): boolean {
  const s = sentence.trim();
  if (isPitch(s)) return false;
  if (hasCompanySubject(s)) return false;
  return duty || ROLE_SUBJECT.test(s) || ROLE_NAMED.test(s);
}
