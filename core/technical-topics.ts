// Topics to revise: what the posting itself names (in the sense it means them), then what is usual
// for the role family. A word counts only in its technical sense: "networking skills" is not
// Networking, "information architecture" is not system design, "home security" is not Security, and
// a mechanical engineer's "prototypes" are not a design tool.
import type { Posting } from './posting';
import { literalHints } from './literal-hints';
import { fold, isWordChar, key3 } from './word-starts';
import type { RoleFamilyId } from './role-family';
import { MAX_SECTION_CHARS, SECTIONS, sectionText } from './posting-sections';
import { isBoilerplateSentence } from './boilerplate';
import { missionBullets } from './ask-facts';
import { BUSINESS_APP_SUITE, BUSINESS_APP_TITLE, CATEGORY_TITLE, CODE_REQUIRED, DEPLOYMENT_TITLE, POST_SALES_TITLE, SUPPORT_ENGINEER_TITLE } from './interview-loop';

export interface TechnicalTopic {
  topic: string;
  source: 'posting' | 'role family';
  /** The posting's words that named it, when it came from the posting. */
  quote?: string;
  /** One of what the family's interviews test (listed first), as opposed to a skill only the posting names. */
  core?: boolean;
}

interface Entry {
  topic: string;
  re: RegExp;
  /** Only for these families (a word that means something else elsewhere). */
  only?: readonly RoleFamilyId[];
  /** Never for these families ("dashboards" at a data centre are not a BI tool to revise). */
  except?: readonly RoleFamilyId[];
  /** Not when the words just before say it is another thing ("electrical CAD" is schematics, not mechanical CAD). */
  notAfter?: RegExp;
  /** Only when the 90 characters before end like this ("builds … SDKs"): a lookbehind would run at every position. */
  after?: RegExp;
  /** The name to show for the posting's own word, when the topic covers several ("JavaScript" for "JavaScript / TypeScript"). */
  label?: (quote: string) => string;
}

const HARDWARE: readonly RoleFamilyId[] = ['hardware-operations-engineering'];
const DATA_WORK: readonly RoleFamilyId[] = ['data-bi', 'science-research'];
const DASHBOARDS = 'Dashboards and visualisation (Tableau, QuickSight, Power BI)';
const FINANCE_PROCESS = /\b(?:cash application|accounts? (?:receivable|payable)|order[- ]to[- ]cash|procure[- ]to[- ]pay|receivables|payables|lockbox|bank reconciliation)\b/i;
const FINANCE_PROCESS_TOPIC = 'Finance processes: order to cash (invoices, cash application, receivables) and procure to pay (payables), and the data each step leaves in the ledger';
const OPS: readonly RoleFamilyId[] = ['operations', 'hardware-operations-engineering'];
const CONTENT: readonly RoleFamilyId[] = ['general', 'operations', 'support-customer-service', 'learning-development', 'marketing'];

const LEXICON: readonly Entry[] = [
  { topic: 'SQL', re: /\b(?:sql|mysql|postgres(?:ql)?)\b/i },
  { topic: 'NoSQL databases', re: /\b(?:nosql|dynamodb|cassandra|mongodb)\b/i },
  { topic: 'Python', re: /\bpython\b/i },
  { topic: 'Java', re: /\bjava\b(?!script)/i },
  { topic: 'C / C++', re: /\bc\+\+|\bc\/c\+\+/i },
  { topic: 'Scala', re: /\bscala\b/i },
  { topic: 'R', re: /\bR\b(?=[,)\s]|$)(?![-'’&])/ },
  { topic: 'JavaScript / TypeScript', re: /\b(?:javascript|typescript|node\.?js)\b|\bReact(?:\.js| Native)?\b/i, label: (q) => (/typescript/i.test(q) ? 'TypeScript' : /node/i.test(q) ? 'JavaScript (Node.js)' : /react/i.test(q) ? 'JavaScript (React)' : 'JavaScript') },
  { topic: 'Mobile development (iOS, Android)', re: /\b(?:ios|android|mobile (?:apps?|applications?|development|software development))\b/i },
  // Case-sensitive: "SWIFT" is a bank network and "swift" an adjective; "Swift" mid-sentence is the language.
  { topic: 'Swift / Objective-C', re: /\b(?:Swift(?:UI)?|Objective[- ]?C)\b/ },
  { topic: 'Kotlin', re: /\bkotlin\b/i },
  { topic: 'HTML / CSS', re: /\b(?:html5?|css3?)\b/i },
  { topic: 'Spark / Hadoop / EMR', re: /\b(?:apache spark|pyspark|hadoop|hive)\b|\b(?:Spark|EMR)\b/ },
  { topic: 'AWS services', re: /\b(?:ec2|s3|dynamodb|redshift|sagemaker|aws glue|kinesis|cloudformation)\b|\bLambda\b/i },
  { topic: 'Cloud architecture', re: /\bcloud (?:architecture|infrastructure|computing|technolog\w+|solutions)\b|\bmigrat\w+ [\w\s,]{0,40}to the cloud\b/i },
  { topic: 'Data warehousing and data modelling', re: /\b(?:data warehous\w*|data model\w*|dimensional model\w*|star schema)\b/i },
  { topic: 'ETL and data pipelines', re: /\b(?:etl|elt|data pipelines?|data ingestion)\b/i },
  // A dashboard is a BI tool to revise only in data and science work; elsewhere ("Build monitoring metrics dashboard"
  // for a support engineer) only a named tool is.
  { topic: DASHBOARDS, re: /\b(?:tableau|quicksight|power ?bi|dashboards?|data visuali[sz]ation)\b/i, only: DATA_WORK },
  { topic: DASHBOARDS, re: /\b(?:tableau|quicksight|power ?bi)\b/i, except: [...HARDWARE, ...DATA_WORK] },
  { topic: 'Excel', re: /(?<!(?:Office|Word)\b[^.\n]{0,40})\bExcel\b(?! at\b)/ },
  // "statistical systems or big data platforms" names no method; "statistical methods (t-test…)" does.
  { topic: 'Statistics (hypothesis tests, regression)', re: /\b(?:statistics|statistical (?:analys[ie]s|methods?|model\w*|techniques|tests?|testing|significance|inference|algorithms?|packages?|software|tools)|hypothesis test\w*|regression(?! test))\b/i },
  { topic: 'Experiment design (A/B tests)', re: /\b(?:a\/b test\w*|experiment(?:al)? design|design of experiments|causal inference)\b/i },
  { topic: 'Machine learning', re: /\b(?:machine learning|deep learning|neural networks?|\bml\b models?)/i },
  { topic: 'Natural language processing / LLMs', re: /\b(?:nlp|natural language processing|llms?|large language models?|generative ai|genai)\b/i },
  { topic: 'Computer vision', re: /\b(?:computer vision|image recognition)\b/i },
  { topic: 'Optimisation, forecasting and operations research', re: /\b(?:operations research|linear programming|mathematical optimi[sz]ation|optimi[sz]ation (?:models?|algorithms?|methods)|forecasting models?|stochastic)\b/i },
  { topic: 'Distributed systems', re: /\b(?:distributed systems?|distributed computing|distributed applications?|high[- ]availability|microservices?|scalable (?:systems|services|software))\b/i },
  { topic: 'System design and architecture', re: /\b(?:system design|software architecture|systems? architecture|service[- ]oriented architecture|design patterns?|architect(?:ing|ure of) (?:scalable|distributed|large[- ]scale)\w*)\b/i },
  { topic: 'Data structures and algorithms', re: /\b(?:data structures?|algorithm design|algorithms and)\b/i, only: ['software-engineering', 'engineering-management', 'science-research', 'student-intern', 'security'] },
  { topic: 'Object-oriented design', re: /\b(?:object[- ]oriented|ood)\b/i },
  { topic: 'Software testing and CI/CD', re: /\b(?:sqa|software quality assurance|qa methodolog\w*|quality assurance (?:engineering|methodolog\w*|testing)|unit test\w*|integration test\w*|test automation|automated test\w*|software testing|test[- ]driven|ci\/cd|continuous (?:integration|delivery|deployment))\b/i },
  { topic: 'Operating systems and Linux', re: /\b(?:linux|unix|operating systems?)\b/i },
  {
    topic: 'Networking',
    re: /\b(?:tcp\/ip|dns|bgp|ospf|vpcs?|routing and switching|lan\/wan|load balanc\w+|network (?:protocols?|infrastructure|architecture|design|engineering|technolog\w+))\b|\bnetworking\b(?! (?:skills?|events?|opportunit\w+|abilit\w+|with))/i,
  },
  {
    topic: 'Security',
    re: /\b(?:information security|cyber ?security|application security|network security|cloud security|security (?:engineering|architecture|controls?|best practices|assessments?|reviews?|tools)|cryptograph\w*|encryption|threat model\w*|vulnerabilit\w+|penetration test\w*|identity and access|iam)\b/i,
  },
  { topic: 'Interaction design for connected hardware: a physical device, its screens and its app as one experience', re: /\b(?:connected (?:hardware|devices?)|between hardware and software|hardware and software interactions?|interaction (?:design )?for (?:connected )?hardware)\b/i, only: ['design-ux'] },
  { topic: 'Information architecture: structuring content, navigation and labels', re: /\binformation architecture\b/i, only: ['design-ux'] },
  { topic: 'Design tools (Figma, Sketch)', re: /\b(?:figma|invision|adobe xd|axure)\b|\bSketch\b/ },
  { topic: 'Wireframing and prototyping', re: /\b(?:wireframes?|prototyp\w*|mock-?ups?)\b/i, only: ['design-ux'] },
  // "e-learning|elearning", not "e-?learning": literalHints reads its openings, so it is tried only at the words that open so.
  { topic: 'Instructional design (ADDIE, adult learning)', re: /\b(?:instructional design|addie|adult learning|articulate (?:storyline|360|rise)|e-learning|elearning|learning management system|lms|kirkpatrick)\b/i },
  { topic: 'Circuit design and PCB layout', re: /\b(?:pcbs?|schematics?|circuit design|analog|mixed-signal|altium|orcad|signal integrity|power electronics)\b/i },
  { topic: 'RF and wireless systems', re: /\b(?:RF|radio frequency|antennas?|SATCOM|satellite communications?|link budgets?|TT&C)\b/ },
  { topic: 'Satellite bands and propagation: Ka- and V-band, rain fade and link margin', re: /\b(?:Ka|Ku|Q|V)(?:[- ]band\b| and (?:Ka|Ku|Q|V)[- ]band\b)|\brain fade\b/, only: HARDWARE },
  { topic: 'Satellite orbits and ground tracking (LEO/MEO passes, Doppler, antenna pointing)', re: /\b(?:low[- ]earth[- ]orbit|mid[- ]earth[- ]orbit|medium[- ]earth[- ]orbit|LEO|MEO|NGSO|ground tracking|tracking antennas?)\b/i, only: HARDWARE },
  { topic: 'Spectrum monitoring and interference: finding and resolving a source of interference', re: /\b(?:spectrum (?:monitoring|analy[sz]\w+|management)|interference (?:hunting|mitigation|analysis|detection))\b/i, only: HARDWARE },
  { topic: 'Mechanical design and CAD', re: /\b(?:solidworks|creo|catia|cad|gd&t|tolerance analysis|mechanical design|finite element|fea|enclosure design)\b/i, notAfter: /\b(?:electrical|electronic|ecad|pcb)\s+$/i },
  { topic: 'Embedded systems and firmware', re: /\b(?:embedded (?:systems?|software|c)|firmware|microcontrollers?|rtos)\b/i },
  { topic: 'Controls and automation (PLC, SCADA)', re: /\b(?:plcs?|scada|controls engineering|industrial (?:automation|control systems?)|building (?:management|automation) systems?|hmi|ladder logic)\b/i, only: HARDWARE },
  { topic: 'Electrical power systems', re: /\b(?:switchgear|transformers?|ups|generators?|power distribution|substations?|arc flash|nfpa 70e)\b/i, only: HARDWARE },
  { topic: 'Mechanical and cooling systems (HVAC)', re: /\b(?:hvac|chillers?|cooling towers?|crahs?|ahus?|heat exchangers?)\b/i, only: HARDWARE },
  { topic: 'Prototyping and validation testing', re: /\b(?:prototyp\w*|compliance testing|validation testing|emc|emi|esd|reliability testing|dvt|evt)\b/i, only: HARDWARE },
  { topic: 'Safety (incident investigation, risk assessment)', re: /\b(?:osha|ehs|safety|incident investigation|risk assessments?|ergonomic\w*)\b/i, only: OPS },
  { topic: 'Lean and process improvement', re: /\b(?:Lean|lean (?:manufacturing|principles|six sigma)|six sigma|kaizen|continuous improvement|process improvement|root[- ]cause)\b/, only: [...OPS, 'support-customer-service'] },
  { topic: 'Labour planning and productivity metrics', re: /\b(?:labou?r planning|throughput|productivity|units per hour|capacity planning)\b/i, only: ['operations'] },
  { topic: 'Financial modelling and forecasting', re: /\b(?:financial model\w*|forecast\w*|budget\w*|variance analysis|p&l|profit and loss)\b/i, only: ['finance-accounting'] },
  { topic: 'Accounting standards and controls (GAAP, IFRS, SOX)', re: /\b(?:gaap|ifrs|sox|reconciliations?|general ledger|journal entries)\b/i, only: ['finance-accounting', 'legal-corporate'] },
  { topic: 'Offer negotiation and closing a candidate', re: /\b(?:negotiation skills|negotiat(?:e|ing) offers?|offer (?:negotiation|management|acceptance)|closing candidates)\b/i, only: ['hr-recruiting'] },
  { topic: 'Passive and diversity sourcing: finding people who are not looking', re: /\b(?:passive (?:talent|candidates?)|diversity (?:sourcing|recruiting|hiring))\b/i, only: ['hr-recruiting'] },
  { topic: 'Headcount and OpEx planning: the annual plan, the monthly forecast and the variance between them', re: /\b(?:headcount (?:tracking|planning|forecast\w*)|opex|operating expenses?|annual operating plan)\b/i, only: ['finance-accounting'] },
  { topic: 'Demand forecasting and inventory planning: forecast accuracy (error and bias), S&OP, and the stock and orders a forecast drives', re: /\b(?:demand (?:forecast\w*|planning|planners?)|forecast accuracy|inventory (?:planning|management|optimi[sz]ation)|S&OP|sales and operations planning|safety stock|supply planning)\b/i, only: ['operations'] },
  { topic: 'Delivery KPIs: on-time delivery and first-time delivery success, and what moves them', re: /\b(?:delivery on time|on[- ]time delivery|first[- ]time delivery success)\b/i, only: ['operations'] },
  { topic: 'Managing delivery partners: their performance, capacity and quality', re: /\b(?:[Dd]elivery [Ss]ervice (?:[Pp]roviders?|[Pp]artners?)|DSPs?)\b/, only: ['operations'] },
  { topic: 'E-learning authoring tools (Articulate 360, Storyline, Captivate)', re: /\b(?:articulate ?(?:360|storyline|rise)|storyline|captivate|lectora)\b/i },
  { topic: 'Video editing (Premiere Pro, Camtasia, Final Cut)', re: /\b(?:premiere(?: pro)?|camtasia|final cut|after effects|video editing)\b/i },
  { topic: 'SDK and framework design: a public API other apps build on, versioning and backward compatibility', re: /\b(?:frameworks and SDKs|SDKs?)\b/, after: /\b(?:build|develop|design|own)(?:s|ed|ing)?\b[^.\n]{0,60}$/, only: ['software-engineering'] },
  { topic: 'Sourcing and recruiting pipelines', re: /\b(?:sourcing|boolean search|applicant tracking|full[- ]cycle recruit\w*|talent pipelines?)\b/i, only: ['hr-recruiting'] },
  { topic: 'Employee relations and employment practice', re: /\b(?:employee relations|employment law|labou?r law|workplace investigations?)\b/i },
  // Content and data work, in the families whose postings describe it (AI content experts, data associates, quality specialists).
  { topic: 'Annotation and data labelling: applying guidelines consistently, and the edge cases', re: /\b(?:annotat(?:e|ion|ions|ing)|data (?:markup|labell?ing)|labell?ing (?:guidelines|tasks))\b/i, only: CONTENT },
  { topic: 'Writing to a style guide, and adapting it to the reader', re: /\b(?:style guide(?:line)?s?|writing style|business writing|copy-?edit\w*|proofread\w*)\b/i, only: CONTENT },
  { topic: 'Research and synthesis: checking sources, citing them, avoiding plagiarism', re: /\b(?:research skills|synthesi[sz](?:e|es|ing) (?:information|multiple|relevant)|plagiarism|academic integrity|fact-?check\w*)\b/i, only: CONTENT },
  { topic: 'Media and video workflows: ingest, transcoding, packaging, playout and streaming (live and on demand)', re: /\b(?:playout|broadcast (?:environments?|solutions?|workflows?)|transcod\w+|OTT (?:video|streaming)|SVOD|media (?:supply chain|processing|workflows?))\b/i },
  { topic: 'Broadcast-grade video in the cloud: compressed and uncompressed streams, low latency, bandwidth per stream and 99.999 % availability', re: /\b(?:broadcast(?:ing)?[- ]grade|uncompressed video)\b/i },
  // What detection and investigation work reads: a SIEM, host and network telemetry, the ATT&CK framework ("Mitre ATTandCK" where a source dropped the "&").
  { topic: 'Security detection data: SIEM, host and network telemetry, and the MITRE ATT&CK framework', re: /\b(?:SIEM|MITRE ATT(?:&|and)CK|(?:host|network|endpoint) telemetry|NetFlow)\b/i, only: ['security', 'science-research'] },
  // Compliance regimes a customer-facing or security role works within: named, they are a topic to revise.
  { topic: 'Compliance frameworks the customers work under, and what each asks of a solution', re: /\b(?:FedRAMP|FISMA|NIST(?: (?:SP )?800-\d+| CSF)?|HIPAA|PCI[- ]DSS|ISO 27001|SOC 2)\b/ },
  // The finance processes a finance team or its systems run ("Receivables (OTC)", "e-business suite applications: accounts Receivable").
  { topic: FINANCE_PROCESS_TOPIC, re: FINANCE_PROCESS, only: ['software-engineering', 'engineering-management', 'finance-accounting'] },
  { topic: 'Digital marketing channels and measurement', re: /\b(?:seo|sem|paid (?:search|social)|attribution|email marketing|marketing analytics)\b/i },
];

// What the family's interviews test, first in the list: the role's core, in the words a candidate can
// prepare from. A variant is chosen by the title (a data scientist is not a research scientist, an
// account manager does not whiteboard an architecture); `covers` names the posting topics (LEXICON) a
// core topic already includes, so the posting's own word for it is quoted beside it rather than listed
// again; `needs` keeps a topic to postings that say it ("safety" for an engineer off the site floor).
interface CoreTopic {
  topic: string;
  covers?: readonly string[];
  needs?: RegExp;
  /** The posting's word for the topic itself, quoted before any covered topic's ("metrics" rather than "dashboards"). */
  anchor?: RegExp;
  /** `needs` may be met by the title alone (a team named for its process: "…, Cash Application"). */
  needsOrTitle?: boolean;
}
interface CoreVariant {
  title?: RegExp;
  /** The variant also (or only) applies when the posting's job text says so (a mobile engineer whose title says only "Software Development Engineer"). */
  when?: (posting: Posting) => boolean;
  topics: readonly CoreTopic[];
}

const SQL_BY_HAND: CoreTopic = { topic: 'SQL by hand: joins, aggregation and window functions on a realistic schema', covers: ['SQL'] };
const DATA_MODEL: CoreTopic = { topic: 'Data modelling: fact and dimension tables for a business process', covers: ['Data warehousing and data modelling'] };
const METRICS_MOVED: CoreTopic = { topic: 'Metrics: define a business metric, then explain why it moved', anchor: /\b(?:metrics?|kpis?)\b/i };
const CODING: CoreTopic = { topic: 'Coding: data structures and algorithms, written and tested in the language you know best', covers: ['Data structures and algorithms'] };
const SYSTEM_DESIGN: CoreTopic = { topic: 'System design: a service end to end, with its APIs, data, scaling and failure modes', covers: ['System design and architecture', 'Distributed systems'] };
const CUSTOMER_SCENARIO: CoreTopic = { topic: 'Customer scenarios: a role-played meeting with discovery, objections and agreed next steps' };
const ROOT_CAUSE: CoreTopic = { topic: 'Root-cause analysis of a failure, and the fix that kept it from coming back', covers: ['Lean and process improvement'] };
const SAFE_WORK: CoreTopic = { topic: 'Safe working: procedures, lockout, change control and when you stop the job', covers: ['Safety (incident investigation, risk assessment)'], needs: /\b(?:safe(?:ty|ly)?|osha|ehs|hazard\w*|lockout|loto)\b/i };
// What every learning role revises; designers and facilitators differ in the third.
const LEARNING_CORE: readonly CoreTopic[] = [
  { topic: 'Instructional design: from needs analysis to a finished program (ADDIE, adult learning)', covers: ['Instructional design (ADDIE, adult learning)'] },
  { topic: 'Measuring learning impact beyond completion rates' },
];

const SECURITY_FUNDAMENTALS: CoreTopic = { topic: 'Security fundamentals: web and cloud vulnerabilities, identity, encryption, least privilege', covers: ['Security'] };
const THREAT_MODELLING: CoreTopic = { topic: 'Threat modelling: review a design and say what you would change first' };
const INCIDENT_RESPONSE: CoreTopic = { topic: 'Incident response: investigate an incident from its logs' };

const CORE: Record<RoleFamilyId, readonly CoreVariant[]> = {
  'software-engineering': [
    {
      title: SUPPORT_ENGINEER_TITLE,
      topics: [
        { topic: 'Troubleshooting a production service: from the ticket or alarm through logs, metrics and recent changes to the root cause', covers: ['Lean and process improvement'] },
        { topic: 'Scripting and small programs by hand (shell, Python, Perl or Java): parse a log, automate a manual task', covers: ['Python', 'Java', 'Data structures and algorithms'], anchor: /\b(?:perl|shell scripts?|scripting)\b/i },
        { topic: 'Linux tools and SQL: finding what a service and its data are doing', covers: ['Operating systems and Linux', 'SQL'] },
      ],
    },
    {
      title: BUSINESS_APP_TITLE,
      when: (p) => BUSINESS_APP_SUITE.test(p.basicQualifications.join('\n')),
      topics: [
        { topic: 'The business application and its data: the modules you know (Oracle E-Business Suite, Salesforce or the like), their tables or objects, and configuration against custom code' },
        { topic: 'SQL by hand, and the platform’s own code (PL/SQL, or Apex and SOQL)', covers: ['SQL'], anchor: /\b(?:sql|pl\/?sql)\b/i },
        { topic: 'Gap analysis: a business requirement taken to a configuration, a customisation or a change of process' },
        { topic: FINANCE_PROCESS_TOPIC, covers: [FINANCE_PROCESS_TOPIC], needs: FINANCE_PROCESS, needsOrTitle: true },
      ],
    },
    {
      title: /\b(?:mobile|ios|android)\b/i,
      when: mobileRole,
      topics: [
        CODING,
        { topic: 'Mobile app design: an app end to end, with its screens and state, offline use and sync, the API it calls, and a slow or lost network', covers: ['Mobile development (iOS, Android)'] },
        { topic: 'Platform depth: the language and frameworks of your platform (Swift or Objective-C for iOS, Kotlin or Java for Android), app lifecycle, threading, memory and battery', covers: ['Swift / Objective-C', 'Kotlin'] },
      ],
    },
    { title: /\b(?:test|sdet|qa|quality)\b/i, topics: [{ topic: 'Test design: what to test in a feature, the edge cases, and how to automate it', covers: ['Software testing and CI/CD'] }, CODING, SYSTEM_DESIGN] },
    { title: /\bfront[- ]?end\b|\bfull[- ]?stack\b|\bui\b|\bweb\b/i, topics: [CODING, { topic: 'Front-end design: components, state, performance and accessibility of a web app', covers: ['JavaScript / TypeScript', 'HTML / CSS'] }, SYSTEM_DESIGN] },
    { topics: [CODING, SYSTEM_DESIGN, { topic: 'Object-oriented design: model a small system in classes with clear interfaces', covers: ['Object-oriented design'] }] },
  ],
  'engineering-management': [
    { topics: [{ topic: 'People management: hiring, coaching and managing performance' }, { topic: 'System design at your team’s scale, and the trade-offs you would make', covers: ['System design and architecture', 'Distributed systems'] }, { topic: 'Operational excellence: on-call, incident reviews and the metrics you watch' }] },
  ],
  'data-bi': [
    { title: /^(?!.*\bbusiness intel).*\bdata engineer\b/i, topics: [SQL_BY_HAND, DATA_MODEL, { topic: 'Data pipelines: design one end to end, with late, missing and bad data', covers: ['ETL and data pipelines'] }] },
    { topics: [SQL_BY_HAND, DATA_MODEL, METRICS_MOVED] },
  ],
  'science-research': [
    {
      title: /\bdata scien/i,
      when: (p) => DETECTION.test(jobText(p)),
      topics: [
        { topic: 'Detection models: anomaly detection and classifiers for rare, imbalanced labels, judged by precision and recall at the alert volume a team can handle', covers: ['Machine learning'] },
        { topic: 'Statistics: tests, confidence and the base rates behind false alarms', covers: ['Statistics (hypothesis tests, regression)', 'Experiment design (A/B tests)'] },
        { topic: 'Coding for analysis: SQL and Python or R, by hand', covers: ['SQL', 'Python', 'R'] },
      ],
    },
    { title: /\bdata scien|\banalyst\b/i, topics: [{ topic: 'Statistics and experiment design: tests, confidence and the pitfalls of A/B tests', covers: ['Statistics (hypothesis tests, regression)', 'Experiment design (A/B tests)'] }, { topic: 'Machine learning: choose, train and evaluate a model for a business problem', covers: ['Machine learning'] }, { topic: 'Coding for analysis: SQL and Python or R, by hand', covers: ['SQL', 'Python', 'R'] }] },
    { title: /\beconomist/i, topics: [{ topic: 'Econometrics and causal inference: identify an effect from observational data', covers: ['Statistics (hypothesis tests, regression)', 'Experiment design (A/B tests)'] }, { topic: 'Your research: a paper or project you can present, with its method and limits' }, { topic: 'Turning an economic result into a business recommendation' }] },
    { topics: [{ topic: 'The science round: depth in your field (machine learning, statistics or your speciality), worked from first principles', covers: ['Machine learning'] }, { topic: 'Your research and publications: present one piece of work, its method, results and what you would do differently' }, { topic: 'Coding: algorithms and model code in the language you know best', covers: ['Data structures and algorithms'] }] },
  ],
  'product-program-management': [
    { title: /\btechnical program|\btpm\b/i, topics: [{ topic: 'Program execution: milestones, dependencies, risks, and recovering a slipping date' }, { topic: 'System design: enough to weigh architecture trade-offs with the engineers you lead', covers: ['System design and architecture', 'Distributed systems'] }, { topic: 'Program metrics: how you show whether a program is healthy' }] },
    { title: /\bproduct manag|\bproduct owner|\bpm\b/i, topics: [{ topic: 'Product sense: take a customer problem to a feature, and say what you would not build' }, { topic: 'Metrics: choose and read the metrics of a launch' }, { topic: 'Writing: a one-page narrative or press release for a new feature' }] },
    { topics: [{ topic: 'Program execution: milestones, dependencies, risks, and recovering a slipping date' }, { topic: 'Metrics: the few numbers that show whether a program works' }, { topic: 'Writing: a one-page plan or narrative for leaders' }] },
  ],
  'sales-account-solutions': [
    {
      title: CATEGORY_TITLE,
      topics: [
        { topic: 'Running a category: selection, price, in-stock and margin, and how they trade off' },
        { topic: 'Vendor negotiation: terms, supply and promotions, and what you give for what you get' },
        { topic: 'Excel and the category’s numbers: a weekly business review you could explain line by line', covers: ['Excel'] },
      ],
    },
    {
      title: POST_SALES_TITLE,
      topics: [
        { topic: 'Customer adoption: a customer’s path from signature to full use, its milestones, and what you do when it stalls' },
        { topic: 'Running a customer program across their teams and yours: the plan, the risks, escalations and executive reviews' },
        { topic: 'Presenting progress and a business case to a customer’s leaders' },
      ],
    },
    { title: /\barchitect|\bsolutions? engineer|\bconsultant\b|\bsolutions? architecture\b/i, topics: [{ topic: 'Architecture whiteboarding: design a solution for a customer’s requirements and defend its trade-offs (availability, security, cost)', covers: ['Cloud architecture', 'System design and architecture', 'Distributed systems'] }, CUSTOMER_SCENARIO, { topic: 'Core cloud services and migrations: compute, storage, databases, and how you would move a workload', covers: ['AWS services', 'NoSQL databases'] }, { topic: 'Presenting a technical solution to technical and business listeners at once' }] },
    { topics: [CUSTOMER_SCENARIO, { topic: 'Account planning and pipeline: territory, forecast, and how you move a deal forward' }, { topic: 'Presenting a business case to a customer’s leaders' }] },
  ],
  operations: [
    { title: /\banalyst\b|\bplann(?:er|ing)\b|\bspecialist\b|\bprocurement\b|\bquality\b/i, topics: [{ topic: 'Data analysis: find why a process metric missed, in Excel or SQL', covers: ['Excel', 'SQL'] }, { topic: 'Process metrics: throughput, quality and cost, and how they trade off', covers: ['Labour planning and productivity metrics'] }, { topic: 'Process improvement: a change you made and how you made it stick', covers: ['Lean and process improvement'] }] },
    { title: /\barea manager|\boperations manager|\bshift\b|\bsite\b|\bfulfil|\bwarehouse|\bsort|\bdelivery station|\bfacility\b/i, topics: [{ topic: 'Site safety: running a safe shift, near misses and incident follow-up', covers: ['Safety (incident investigation, risk assessment)'] }, { topic: 'Process metrics: rates, quality and labour planning against volume', covers: ['Labour planning and productivity metrics'] }, { topic: 'Lean and root-cause problem solving on the floor', covers: ['Lean and process improvement'] }] },
    { topics: [{ topic: 'Site safety: running a safe shift, near misses and incident follow-up', covers: ['Safety (incident investigation, risk assessment)'], needs: SAFE_WORK.needs! }, { topic: 'Process metrics: rates, quality and labour planning against volume', covers: ['Labour planning and productivity metrics'] }, { topic: 'Lean and root-cause problem solving on the floor', covers: ['Lean and process improvement'] }] },
  ],
  'hardware-operations-engineering': [
    {
      title: DEPLOYMENT_TITLE,
      topics: [
        { topic: 'Troubleshooting on site: a network, power or device fault, step by step', covers: ['Networking', 'Operating systems and Linux'] },
        { topic: 'Installation: structured and low-voltage cabling, power and network gear, and checking an install against its drawings', anchor: /\b(?:structured cabling|low[- ]voltage cabling|cabling)\b/i },
        { topic: 'Running a launch to a date: the schedule, vendors and contractors, risks and escalation' },
        SAFE_WORK,
      ],
    },
    { title: /^(?!.*\bgfocc\b).*(?:\btechnician\b|\btech\b)|\bdco\b|\bdatatech\b|\blinux\b|\btrainee\b/i, topics: [{ topic: 'Troubleshooting servers and network hardware step by step', covers: ['Operating systems and Linux', 'Networking'] }, SAFE_WORK, { topic: 'The metrics of the work: tickets closed, repair time and quality' }] },
    { title: /\bdata cent(?:er|re)\b|\bdceo\b|\bfacilit|\bcritical\b|\bgfocc\b/i, topics: [{ topic: 'Critical facility systems: power (switchgear, UPS, generators, ATS/STS transfer) and cooling (chillers, CRAH units), redundancy (N+1, 2N), how they fail and how they are maintained', covers: ['Electrical power systems', 'Mechanical and cooling systems (HVAC)'] }, { ...SAFE_WORK, topic: 'Safe working and change control: method of procedure (MOP), standard and emergency procedures (SOP, EOP), lockout, and when you stop the job' }, ROOT_CAUSE] },
    { title: /\boperations engineer|\bprocess engineer|\bindustrial\b|\bcontrols?\b|\bmechatronic|\bmanufactur|\breliability\b|\bautomation\b/i, topics: [{ topic: 'Site and process metrics: throughput, downtime, quality and cost' }, { topic: 'Safety in equipment and process changes', covers: ['Safety (incident investigation, risk assessment)'], needs: SAFE_WORK.needs! }, { topic: 'Root-cause analysis and process improvement (Lean, Six Sigma)', covers: ['Lean and process improvement'] }] },
    { title: /\brf\b|\bsatcom\b|\bantenna|\bwireless\b|\bradio\b/i, topics: [{ topic: 'RF fundamentals worked aloud: link budgets, antennas, noise and interference', covers: ['RF and wireless systems'] }, { topic: 'A system you integrated and tested: requirements, verification and what failed', covers: ['Prototyping and validation testing'] }, { topic: 'Failure analysis: tracing a fault in the field or on the bench to its cause' }] },
    { title: /\belectrical\b|\belectronics?\b|\bhardware (?:design )?engineer/i, topics: [{ topic: 'Circuit fundamentals worked aloud: analog and digital design, power, signal integrity', covers: ['Circuit design and PCB layout'] }, { topic: 'A board you designed: schematic to bring-up, its test results and the trade-offs', covers: ['Embedded systems and firmware'] }, { topic: 'Compliance and validation: EMC/EMI, safety testing and failure analysis', covers: ['Prototyping and validation testing'] }] },
    { title: /\bmechanical\b/i, topics: [{ topic: 'Mechanics and materials worked aloud: stress, tolerances, thermal', covers: ['Mechanical design and CAD'] }, { topic: 'A part or assembly you designed: requirements, analysis, tests and the trade-offs' }, { topic: 'Failure analysis and validation testing', covers: ['Prototyping and validation testing'] }] },
    { topics: [{ topic: 'Engineering fundamentals of your discipline, worked out aloud' }, { topic: 'A design you owned: requirements, calculations, test results and the trade-off you chose' }, { topic: 'Failure analysis and validation testing', covers: ['Prototyping and validation testing'] }] },
  ],
  security: [
    {
      when: (p) => CODE_REQUIRED.test(p.basicQualifications.join('\n')),
      topics: [
        SECURITY_FUNDAMENTALS,
        THREAT_MODELLING,
        INCIDENT_RESPONSE,
        { topic: 'Coding for security work, in the language you know best: parse and enrich logs, automate a check or a mitigation', covers: ['Python', 'Java', 'JavaScript / TypeScript', 'C / C++', 'Data structures and algorithms'] },
      ],
    },
    { topics: [SECURITY_FUNDAMENTALS, THREAT_MODELLING, INCIDENT_RESPONSE] },
  ],
  'design-ux': [
    { title: /\bresearch/i, topics: [{ topic: 'Portfolio review: two or three studies as question, method, finding and what changed' }, { topic: 'Research methods: when to use interviews, surveys, usability tests or data' }, { topic: 'A study plan for a product question, live or take-home' }] },
    { topics: [{ topic: 'Portfolio review: two or three projects as problem, process and result' }, { topic: 'A design exercise: frame the problem, sketch options, explain the trade-offs', covers: ['Wireframing and prototyping'] }, { topic: 'Working through pushback from product and engineering' }] },
  ],
  'hr-recruiting': [
    { title: /\brecruit|\bsourc|\btalent acquisition\b/i, topics: [{ topic: 'Recruiting pipeline: a sourcing plan and its funnel (time to fill, pass-through, offer acceptance)', covers: ['Sourcing and recruiting pipelines'] }, { topic: 'Hiring-manager scenarios: agreeing on the role, holding the bar, closing a candidate' }, { topic: 'Candidate experience: a declined offer or an unhappy candidate' }] },
    { topics: [{ topic: 'Employee relations: an investigation or hard conversation handled fairly', covers: ['Employee relations and employment practice'] }, { topic: 'People data: attrition and engagement, and what you would change' }, { topic: 'Coaching a manager through a people decision' }] },
  ],
  'finance-accounting': [
    { title: /\baccount(?:ant|ing)\b|\bcontroller\b|\baudit|\btax\b/i, topics: [{ topic: 'Accounting treatment of real transactions, and the controls around them', covers: ['Accounting standards and controls (GAAP, IFRS, SOX)'] }, { topic: 'Month-end close and reconciliations: finding what does not tie' }, { topic: 'Excel', covers: ['Excel'] }] },
    { topics: [{ topic: 'Financial modelling and forecasting: build a forecast and defend it', covers: ['Financial modelling and forecasting'] }, { topic: 'Variance analysis: explain why a number moved against plan' }, { topic: 'Excel, and SQL where the team uses it', covers: ['Excel', 'SQL'] }] },
  ],
  'legal-corporate': [
    { topics: [{ topic: 'Issue spotting: the risks in a realistic business case' }, { topic: 'Clear written advice for non-specialists' }, { topic: 'Judging and escalating risk' }] },
  ],
  marketing: [
    { topics: [{ topic: 'Campaign planning: audience, message, channels and budget' }, { topic: 'Measuring a campaign, and what you changed when it underperformed', covers: ['Digital marketing channels and measurement'] }, { topic: 'Writing for a customer audience' }] },
  ],
  'learning-development': [
    { title: /\b(?:designer|instructional design|learning experience|curriculum developer)\b/i, topics: [...LEARNING_CORE, { topic: 'A design exercise: outline a course for a stated need, or critique and redesign a weak module' }] },
    { topics: [...LEARNING_CORE, { topic: 'Facilitating or teaching a short session' }] },
  ],
  'support-customer-service': [
    { title: /\bengineer|\bengr\b|\btechnical\b|\bit\b|\bits\b|\bapplication\b|\bdeveloper\b|\bcloud\b/i, topics: [{ topic: 'Troubleshooting step by step: reproduce, read the logs, isolate, fix' }, { topic: 'Customer scenarios: an upset customer, or a problem you cannot fix today' }, { topic: 'Fixing a recurring issue at its source', covers: ['Lean and process improvement'] }] },
    { topics: [{ topic: 'Customer scenarios: calming and helping an upset customer' }, { topic: 'A step-by-step method for solving a customer’s problem' }, { topic: 'Quality: finding and fixing a recurring issue', covers: ['Lean and process improvement'] }] },
  ],
  'student-intern': [{ topics: [CODING, { topic: 'Coding in the language you know best' }] }],
  general: [{ topics: [] }],
};

function coreTopics(family: RoleFamilyId, posting: Posting): readonly CoreTopic[] {
  const title = posting.title ?? '';
  const variants = CORE[family];
  const fits = (v: CoreVariant) => (v.when ? (v.title?.test(title) ?? false) || v.when(posting) : !v.title || v.title.test(title));
  return (variants.find(fits) ?? variants.at(-1)!).topics;
}

// Every pattern opens with \b and a literal, so a match starts a word whose first characters are one
// of its literals' openings. One pass over the text's word starts (as word-starts.ts finds them) tries,
// at each, the sticky pattern of every topic one of whose openings the word begins with: the first
// position that matches is the regex's own leftmost match. A pattern without usable openings runs
// as a plain global regex.
const COMPILED = LEXICON.map((e) => {
  const hints = literalHints(e.re);
  const openings = hints?.map((h) => /^[a-z0-9]{1,3}/.exec(h)?.[0] ?? '');
  const usable = openings && openings.every(Boolean) && e.re.source.startsWith('\\b');
  const list = usable ? [...new Set(openings)] : null;
  return { list, sticky: new RegExp(e.re.source, `${e.re.flags}y`), global: new RegExp(e.re.source, `${e.re.flags}g`) };
});

// The topics (LEXICON indexes) a word can start, by its first three, two or one folded characters.
const BY_THREE = new Map<number, number[]>();
const BY_TWO = new Map<number, number[]>();
const BY_ONE = new Map<number, number[]>();
for (const [i, { list }] of COMPILED.entries()) {
  for (const o of list ?? []) {
    const [map, key] =
      o.length >= 3 ? [BY_THREE, key3(o.charCodeAt(0), o.charCodeAt(1), o.charCodeAt(2))] : o.length === 2 ? [BY_TWO, (o.charCodeAt(0) << 7) | o.charCodeAt(1)] : [BY_ONE, o.charCodeAt(0)];
    const group = map.get(key);
    if (group) group.push(i);
    else map.set(key, [i]);
  }
}

// The words that open the way some topic's pattern can (a superset: `topicsStarting` says which
// topics): found by the regex engine, far faster than a loop over the text's characters.
const WORD_OPENINGS = new RegExp(
  `\\b(?:${[...new Set(COMPILED.flatMap((c) => c.list ?? []))].sort((a, b) => b.length - a.length).join('|')})`,
  'gi',
);

const NO_TOPICS: readonly number[] = [];
/** A word's first three characters -> the topics it can start, in LEXICON order, once each (remembered, up to a bound). */
const STARTING = new Map<number, readonly number[]>();
const STARTING_MAX = 8192;
function topicsStarting(key: number): readonly number[] {
  let topics = STARTING.get(key);
  if (!topics) {
    const merged = [...(BY_THREE.get(key) ?? []), ...(BY_TWO.get(key >> 7) ?? []), ...(BY_ONE.get(key >> 14) ?? [])];
    topics = merged.length === 0 ? NO_TOPICS : [...new Set(merged)].sort((x, y) => x - y);
    if (STARTING.size < STARTING_MAX) STARTING.set(key, topics);
  }
  return topics;
}

/**
 * Each topic's first match at or after `from[i]` (skipped when negative) that `accept` takes; after
 * a refused match the search goes on past it. `useHints` false: every topic by its global regex.
 */
function firstMatches(text: string, from: readonly number[], accept: (i: number, m: RegExpExecArray) => boolean, useHints: boolean): (RegExpExecArray | null)[] {
  const found: (RegExpExecArray | null)[] = COMPILED.map(() => null);
  const next = [...from];
  let open = 0;
  for (const [i, { list, global }] of COMPILED.entries()) {
    if (next[i]! < 0) continue;
    if (useHints && list) {
      open++;
      continue;
    }
    global.lastIndex = next[i]!;
    for (let m = global.exec(text); m; m = global.exec(text)) {
      if (accept(i, m)) {
        found[i] = m;
        break;
      }
      global.lastIndex = m.index + Math.max(1, m[0].length);
    }
  }
  if (open === 0) return found;
  WORD_OPENINGS.lastIndex = 0;
  // test(), not exec(): no match array. A match is an opening of letters and digits after \b, so it
  // starts where the word chars before lastIndex do.
  while (open > 0 && WORD_OPENINGS.test(text)) {
    let at = WORD_OPENINGS.lastIndex;
    while (at > 0 && isWordChar(text.charCodeAt(at - 1))) at--;
    const c = text.charCodeAt(at);
    // Missing characters (end of text) and non-ASCII fold to 0, which no opening contains.
    for (const i of topicsStarting(key3(fold(c), fold(text.charCodeAt(at + 1) || 0), fold(text.charCodeAt(at + 2) || 0)))) {
      if (found[i] || at < next[i]! || next[i]! < 0) continue;
      const { sticky } = COMPILED[i]!;
      sticky.lastIndex = at;
      const m = sticky.exec(text);
      if (!m) continue;
      if (accept(i, m)) {
        found[i] = m;
        open--;
      } else next[i] = m.index + Math.max(1, m[0].length);
    }
  }
  return found;
}

// Families whose interviews test no general technology: a technology named in their description is
// the company's or the team's, not a skill to revise, so for them only the qualifications count.
const NON_TECHNICAL: ReadonlySet<RoleFamilyId> = new Set([
  'operations',
  'design-ux',
  'hr-recruiting',
  'finance-accounting',
  'legal-corporate',
  'marketing',
  'learning-development',
]);

// A sentence about the company, not the job: "At Amazon Web Services (AWS) we are inventing the future of
// cloud computing", "Just as Amazon has many businesses…", "Our customers…" (but "We are looking for…"
// states a requirement).
const COMPANY_SENTENCE = /^(?:at |just as )?(?:amazon|aws)\b|^(?:we|our)\b(?!(?: are|['’]re)? (?:looking|seeking|hiring)| need| want| expect)/i;

// A description sentence about the team's or the company's technology, not the job's skills: "our
// technology uses computer vision…", "join an ambitious team that continues to push the state of the art in…".
const ABOUT_THE_TEAM = /\bour (?:technolog(?:y|ies)|products?|services?|platform|systems?)\b|\bjoin (?:an?|the|our)\b[^.]{0,40}\bteam\b|\bstate of the art\b/i;

// amazon.jobs' heading between a description's pitch and the job's duties, on a line of its own.
const KEY_RESPONSIBILITIES = /^[ \t]*key job responsibilities\b/im;
// A paragraph that speaks of the role itself ("As a Software Development Engineer, you will…", "In this role",
// "your mission will be", "A successful candidate will have", "We are looking for…", "Are you a frontend
// developer…", a duty line "Own the design of…"), not of the company or the team.
const ROLE_PARAGRAPH = /\bas an? (?!amazon|aws\b)[\w.&-]+(?: [\w.&-]+){0,5},? you\b|\bin this role\b|\byour mission\b|\b(?:you|role|position) will be responsible\b|\b(?:role|position) (?:also )?requires\b|\b(?:the|a) successful candidate\b|\bthe ideal candidate\b|\b(?:we|we['’]re|we are) (?:are )?(?:looking|seeking|hiring)\b|\b(?:the right|great|strong|successful) candidates?\b|\bcandidates? for this\b|^\s*(?:[-•*]\s*)?(?:you will|you['’]ll|are you an?|own|build|design|develop|lead|drive|manage|create|partner)\b/i;

/**
 * Where a description's pitch stands: the paragraphs before a "Key job responsibilities" heading that do
 * not speak of the role ("Keep the cloud running… managing servers, storage, networking, power and
 * cooling"). Their words name the company's or the team's technology, not the job's topics.
 */
function pitchParagraphs(text: string, end: number): [number, number][] {
  const heading = KEY_RESPONSIBILITIES.exec(text.slice(0, end));
  if (!heading) return [];
  const out: [number, number][] = [];
  let from = 0;
  for (const para of text.slice(0, heading.index).split('\n')) {
    const to = from + para.length + 1;
    if (para.trim() && !ROLE_PARAGRAPH.test(para)) out.push([from, to]);
    from = to;
  }
  return out;
}

// The job's own text: description, responsibilities and qualifications.
function jobText(p: Posting): string {
  return [p.description ?? '', ...p.responsibilities, ...p.basicQualifications, ...p.preferredQualifications].join('\n');
}

// The lexicon's programming languages, and the words that make a list of them a choice of one.
const LANGUAGE_TOPICS: ReadonlySet<string> = new Set(['Python', 'Java', 'C / C++', 'Scala', 'JavaScript / TypeScript', 'Swift / Objective-C', 'Kotlin']);
const LANGUAGE_CHOICE = /\b(?:such as|one or more|at least one|one of|any of|e\.g\.|for example|including)\b/i;
// The rest of a list after its last known item: more names (capitalised, "C#", "Go", "Ruby"), comma- or "or"-joined.
// ("Objective C" keeps its "C"; a capitalised "Or" is a join, not a name; "Node.js" keeps its dot, a full stop is dropped.)
const LIST_TAIL = /^(?:(?:,\s*(?:or\s+|and\s+)?|\s+or\s+|\s*\/\s*)(?!(?:Or|And)\b)[A-Z][\w#+]*(?:\.[a-z]+)?(?:\/[A-Z][\w#+]*)?(?: [A-Z]\b)?)+/;

/** The one topic a list of languages offered as examples of one skill makes: coding in the one you know best, the list as written. */
function languageChoice(list: string): TechnicalTopic {
  return { topic: `Coding in the language you know best of those the posting names (${list})`, source: 'posting', quote: list };
}

// Detection work: a data scientist finding threats, fraud or abuse builds detectors, not A/B tests.
const DETECTION = /\b(?:threat detection|anomal(?:y|ies) detection|detect(?:ing|ion of)? (?:threats?|fraud|abuse|attacks?|malicious)|fraud (?:detection|prevention)|abuse (?:detection|prevention)|security threats?)\b/i;

// Mobile development named as the job: a requirement (a basic qualification) or a sentence addressed to
// the candidate ("As Mobile Software Development Engineer (iOS or Android), you will…"), not a product
// that runs on phones ("apps are available on iOS, Android…") nor one choice in a list of preferences.
const MOBILE = /\b(?:ios|android|mobile (?:apps?|applications?|development|software|engineer\w*|developer))\b/i;
export function mobileRole(p: Posting): boolean {
  if (/\b(?:mobile|ios|android)\b/i.test(p.title ?? '')) return true;
  if (p.basicQualifications.some((q) => MOBILE.test(q) && !/\bor (?:a )?(?:web(?:site)?|desktop|back-?end|server|high-volume)\b/i.test(q))) return true;
  // A sentence holds a match only where the whole description does (most have none): split only then.
  if (!MOBILE.test(p.description ?? '')) return false;
  const sentences = (p.description ?? '').split(/(?<=[.!?])\s+|\n+/);
  return sentences.some((s) => MOBILE.test(s) && /^(?:as (?:an? )?(?:mobile|ios|android)\b|you will\b|you['’]ll\b)/i.test(s.trim()));
}

const NL = 10;
const SPACE = 32;
function isStop(c: number): boolean {
  return c === 46 || c === 33 || c === 63; // . ! ?
}

// Where the sentence around `at` starts: after the last line break, or after ". " before it.
function sentenceStart(text: string, at: number): number {
  let s = at;
  while (s > 0) {
    const c = text.charCodeAt(s - 1);
    if (c === NL || (c === SPACE && s > 1 && isStop(text.charCodeAt(s - 2)))) break;
    s--;
  }
  return s;
}

// Where it ends: at the next line break, or just after ". ".
function sentenceEnd(text: string, end: number): number {
  let e = end;
  while (e < text.length) {
    const c = text.charCodeAt(e);
    if (c === NL) return e;
    if (isStop(c) && (e + 1 === text.length || text.charCodeAt(e + 1) === SPACE)) return e + 1;
    e++;
  }
  return e;
}

/** Topics the posting names in their technical sense, then the family's usual ones. */
export function technicalTopics(posting: Posting, family: RoleFamilyId, useHints = true): TechnicalTopic[] {
  // Sections in order, one text; `qualsFrom` is where the qualifications start.
  const parts = SECTIONS.filter((s) => s !== 'title').map((s) => [s, sectionText(posting, s).slice(0, MAX_SECTION_CHARS)] as const);
  let text = '';
  let qualsFrom = -1;
  let preferredFrom = -1;
  for (const [s, t] of parts) {
    if (qualsFrom < 0 && (s === 'basicQualifications' || s === 'preferredQualifications')) qualsFrom = text.length;
    if (s === 'preferredQualifications') preferredFrom = text.length;
    text += `${t}\n`;
  }
  /** A match in the basic qualifications: what the job requires. */
  const required = (n: { at: number }) => n.at >= qualsFrom && n.at < preferredFrom;
  const nonTechnical = NON_TECHNICAL.has(family);
  const pitch = [...pitchParagraphs(text, qualsFrom < 0 ? text.length : qualsFrom), ...missionBullets(text, qualsFrom < 0 ? text.length : qualsFrom)];
  // Is the sentence that starts at a position company text? Several topics often share one sentence.
  const companyAt = new Map<number, boolean>();
  const inCompanyText = (at: number, end: number): boolean => {
    if (pitch.some(([from, to]) => at >= from && at < to)) return true;
    const s = sentenceStart(text, at);
    let known = companyAt.get(s);
    if (known === undefined) {
      const sentence = text.slice(s, sentenceEnd(text, end)).replace(/^[\s\-*•·▪●◦]+/, '');
      // The recurring company blocks stand in descriptions; a qualification line is checked by its wording alone.
      const inDescription = qualsFrom < 0 || s < qualsFrom;
      known = COMPANY_SENTENCE.test(sentence) || (inDescription && (isBoilerplateSentence(sentence) || ABOUT_THE_TEAM.test(sentence)));
      companyAt.set(s, known);
    }
    return known;
  };
  const named: (TechnicalTopic & { at: number; end: number; shown: string })[] = [];
  // A family's own topics count anywhere; general technology only in a non-technical family's qualifications.
  const from = LEXICON.map(({ only, except }) => ((only && !only.includes(family)) || except?.includes(family) ? -1 : nonTechnical && !only ? qualsFrom : 0));
  const first = firstMatches(
    text,
    from,
    (i, m) =>
      !inCompanyText(m.index, m.index + m[0].length) &&
      !LEXICON[i]!.notAfter?.test(text.slice(Math.max(0, m.index - 30), m.index)) &&
      (LEXICON[i]!.after?.test(text.slice(Math.max(0, m.index - 90), m.index)) ?? true),
    useHints,
  );
  for (const [i, { topic }] of LEXICON.entries()) {
    const m = first[i];
    if (m) named.push({ topic, source: 'posting', quote: m[0], at: m.index, end: m.index + m[0].length, shown: LEXICON[i]!.label?.(m[0]) ?? topic });
  }
  // The first use of a core topic's own word outside company text.
  function anchorIn(re: RegExp | undefined): { quote: string } | undefined {
    if (!re) return undefined;
    const g = new RegExp(re.source, `${re.flags.replace('g', '')}g`);
    for (const m of text.matchAll(g)) if (!inCompanyText(m.index, m.index + m[0].length)) return { quote: m[0] };
    return undefined;
  }
  // An internship is technical only when its posting names technical topics.
  if (family === 'student-intern' && named.length === 0) return [];
  const found: TechnicalTopic[] = [];
  const covered = new Set<string>();
  for (const core of coreTopics(family, posting)) {
    if (core.needs && !core.needs.test(text) && !(core.needsOrTitle && core.needs.test(posting.title ?? ''))) continue;
    // The posting's own word for it, the first of the topics it covers that the posting names.
    // A covered topic the basic qualifications name is quoted first: the candidate sees what is required
    // ("3+ years design and implementation experience with distributed applications" before a description's
    // "migrate existing workloads to the cloud").
    const namedCovers = core.covers?.map((c) => named.find((n) => n.topic === c)).filter((n) => n !== undefined);
    const hit = anchorIn(core.anchor) ?? namedCovers?.find(required) ?? namedCovers?.[0];
    for (const c of core.covers ?? []) covered.add(c);
    found.push(hit ? { topic: core.topic, source: 'posting', quote: hit.quote!, core: true } : { topic: core.topic, source: 'role family', core: true });
  }
  // Skills the posting offers as alternatives in one sentence ("software development or big data and
  // analytics or machine learning, or infrastructure and networking") are one topic: the one you know best.
  // A qualification that offers languages as examples of one skill groups them there, wherever else the posting
  // first names each (1374942 names Java in its description, then "at least one modern language such as Java, C++, or C#").
  if (qualsFrom >= 0) {
    for (const line of text.slice(qualsFrom).split('\n')) {
      if (!LANGUAGE_CHOICE.test(line)) continue;
      const hits = LEXICON.map((e, k) => ({ e, m: LANGUAGE_TOPICS.has(e.topic) && from[k]! >= 0 ? e.re.exec(line) : null }))
        .filter((h): h is { e: Entry; m: RegExpExecArray } => h.m !== null && !covered.has(h.e.topic))
        .sort((a, b) => a.m.index - b.m.index);
      if (hits.length < 2) continue;
      const last = hits.at(-1)!.m;
      const tail = LIST_TAIL.exec(line.slice(last.index + last[0].length))?.[0] ?? '';
      const list = line.slice(hits[0]!.m.index, last.index + last[0].length + tail.length);
      found.push(languageChoice(list));
      for (const h of hits) covered.add(h.e.topic);
    }
  }
  const rest = named.filter((n) => !covered.has(n.topic)).sort((a, b) => a.at - b.at);
  for (let i = 0; i < rest.length; ) {
    // A run of skills named close together in one sentence; it is a choice when one of its joins says "or".
    let j = i + 1;
    let choice = false;
    while (j < rest.length) {
      const between = text.slice(rest[j - 1]!.end, rest[j]!.at);
      if (rest[j]!.at - rest[j - 1]!.end > 60 || /[.;:!?()\n]/.test(between)) break;
      if (/(?:^|[\s,])or\s/.test(between)) choice = true;
      j++;
    }
    // Programming languages given as examples of one skill ("at least one modern language such as Java, C++,
    // or C#", "one or more … languages, such as Java, Rust, Go, C/C++…") are one topic: coding in the one you
    // know best, with the posting's whole list as written (languages the lexicon does not know included).
    const languages = rest.slice(i, j).every((n) => LANGUAGE_TOPICS.has(n.topic));
    if (languages && j - i >= 2) {
      const head = text.slice(sentenceStart(text, rest[i]!.at), rest[i]!.at);
      const tail = LIST_TAIL.exec(text.slice(rest[j - 1]!.end, rest[j - 1]!.end + 80))?.[0] ?? '';
      if (choice || LANGUAGE_CHOICE.test(head) || /\bor\b/.test(tail)) {
        const list = text.slice(rest[i]!.at, rest[j - 1]!.end + tail.length);
        found.push(languageChoice(list));
        i = j;
        continue;
      }
    }
    if (choice && j - i >= 2) {
      const group = rest.slice(i, j);
      found.push({
        topic: `One of: ${group.map((g) => g.shown).join('; ')} (revise the one you know best)`,
        source: 'posting',
        quote: text.slice(group[0]!.at, group.at(-1)!.end),
      });
      i = j;
    } else {
      found.push({ topic: rest[i]!.shown, source: 'posting', quote: rest[i]!.quote! });
      i++;
    }
  }
  return found;
}

