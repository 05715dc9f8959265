// Technical topics to revise, taken from what the posting names, plus the usual fundamentals of the
// role family. Only topics the posting mentions are quoted as "from the posting".
import type { Posting } from './posting';
import { MAX_SECTION_CHARS, SECTIONS, sectionText } from './posting-sections';
import type { RoleFamilyId } from './role-family';

export interface TechnicalTopic {
  topic: string;
  source: 'posting' | 'role family';
  /** The posting's words that named it, when it came from the posting. */
  quote?: string;
}

const LEXICON: readonly [string, RegExp][] = [
  ['SQL', /\b(?:sql|mysql|postgres(?:ql)?|nosql)\b/i],
  ['Python', /\bpython\b/i],
  ['Java', /\bjava\b(?!script)/i],
  ['C / C++', /\bc\+\+|\bc\/c\+\+/i],
  ['Scala', /\bscala\b/i],
  ['R', /\bR\b(?=[,)\s]|$)(?![-'’])/],
  ['JavaScript / TypeScript', /\b(?:javascript|typescript|react|node\.?js)\b/i],
  ['HTML / CSS', /\b(?:html|css)\b/i],
  ['Spark / Hadoop / EMR', /\b(?:spark|hadoop|emr|hive|pyspark)\b/i],
  ['AWS services', /\b(?:aws|ec2|s3|lambda|dynamodb|redshift|sagemaker|glue|kinesis)\b/i],
  ['Data warehousing and data modelling', /\b(?:data warehous\w*|data model\w*|redshift|dimensional model\w*)\b/i],
  ['ETL and data pipelines', /\b(?:etl|data pipelines?|pipelines)\b/i],
  ['Dashboards and visualisation (Tableau, QuickSight, Power BI)', /\b(?:tableau|quicksight|power ?bi|dashboards?|data visuali[sz]ation)\b/i],
  ['Excel', /\bexcel\b/i],
  ['Statistics and experiment design (A/B tests)', /\b(?:statistic\w*|a\/b test\w*|experiment design|design of experiments|hypothesis test\w*|regression)\b/i],
  ['Machine learning', /\b(?:machine learning|ml\b|deep learning|neural network\w*)/i],
  ['Natural language processing / LLMs', /\b(?:nlp|natural language|llms?|large language models?|generative ai|genai)\b/i],
  ['Computer vision', /\b(?:computer vision|image recognition)\b/i],
  ['Optimisation and operations research', /\b(?:optimi[sz]ation|operations research|linear programming|forecasting)\b/i],
  ['Distributed systems', /\b(?:distributed systems?|scalab\w+ systems?|high[- ]availability|microservices?)\b/i],
  ['System design and architecture', /\b(?:system design|architecture|design patterns?|scalable)\b/i],
  ['Data structures and algorithms', /\b(?:data structures?|algorithms?)\b/i],
  ['Object-oriented design', /\b(?:object[- ]oriented|ood)\b/i],
  ['Testing and CI/CD', /\b(?:unit test\w*|testing|ci\/cd|continuous (?:integration|delivery|deployment))\b/i],
  ['Operating systems and Linux', /\b(?:linux|unix|operating systems?)\b/i],
  ['Networking', /\b(?:networking|tcp\/ip|dns)\b/i],
  ['Security', /\b(?:security|cryptograph\w*|iam)\b/i],
  ['Design tools and prototyping (Figma, Sketch)', /\b(?:figma|sketch|photoshop|illustrator|invision|wireframes?|prototyp\w*)\b/i],
];

const DEFAULTS: Partial<Record<RoleFamilyId, string[]>> = {
  'software-engineering': ['Data structures and algorithms', 'System design and architecture', 'Coding in the language you know best'],
  'engineering-management': ['System design and architecture', 'Operational excellence: on-call, incidents, metrics'],
  'science-research': ['Machine learning', 'Statistics and experiment design (A/B tests)', 'Coding in the language you know best'],
  'data-bi': ['SQL', 'Data warehousing and data modelling', 'Dashboards and visualisation (Tableau, QuickSight, Power BI)'],
  'student-intern': ['Data structures and algorithms', 'Coding in the language you know best'],
};

/** Topics for technical families, and for others only what the posting itself names. */
export function technicalTopics(posting: Posting, family: RoleFamilyId, technical: boolean): TechnicalTopic[] {
  const text = SECTIONS.filter((s) => s !== 'title')
    .map((s) => sectionText(posting, s).slice(0, MAX_SECTION_CHARS))
    .join('\n');
  const found: TechnicalTopic[] = [];
  for (const [topic, re] of LEXICON) {
    const m = re.exec(text);
    if (m) found.push({ topic, source: 'posting', quote: m[0] });
  }
  // An internship is technical when its posting names technical topics.
  if (!technical && !(family === 'student-intern' && found.length > 0)) return found;
  for (const topic of DEFAULTS[family] ?? []) {
    if (!found.some((t) => t.topic === topic)) found.push({ topic, source: 'role family' });
  }
  return found;
}
