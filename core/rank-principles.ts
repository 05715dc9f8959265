// Ranks all 16 Leadership Principles for a posting, each with the phrases that support it. Scoring is
// plain arithmetic over knowledge-base signals, so every score can be explained by its evidence plus
// the role family's small prior (family-priors.ts).
import type { Posting } from './posting';
import { boilerplateRanges } from './boilerplate';
import { evidenceContext, readablePhrase, type EvidenceContext } from './evidence-context';
import { familyPrior } from './family-priors';
import { MAX_SECTION_CHARS, SECTIONS, descriptionRangesWithoutResponsibilities, sectionText, type Section } from './posting-sections';
import { PRINCIPLE_IDS, compiledSignals, type PrincipleId } from './principles';
import { detectRoleFamily, type RoleFamily } from './role-family';
import { scanSignal, type SectionScan } from './signal-scan';
import { WordStarts } from './word-starts';

export interface Evidence {
  section: Section;
  /** Offsets into sectionText(posting, section): the phrase, in whole words (see readablePhrase). */
  start: number;
  end: number;
  text: string;
}

/** Evidence as the ranking gives it: the phrase plus the clause or sentence around it. */
export interface RankedEvidence extends Evidence {
  /** Offsets into the same section text; contains [start, end). Display with evidenceQuote. */
  context: EvidenceContext;
}

export interface RankedPrinciple {
  id: PrincipleId;
  score: number;
  evidence: RankedEvidence[];
}

// Where a phrase appears says how central it is to the job: the title and the duties are the job,
// the description mixes job and team marketing, the preferred list is nice-to-have.
export const SECTION_WEIGHT: Record<Section, number> = {
  title: 1.5,
  responsibilities: 1.3,
  basicQualifications: 1.2,
  description: 1,
  preferredQualifications: 0.6,
};

/** Each further piece of evidence for the same principle counts this much less than the one before. */
const DECAY = 0.75;
/** The same phrase repeated adds little: its nth repeat is worth REPEAT^n. */
const REPEAT = 0.4;
const MAX_EVIDENCE = 6;

interface Hit {
  section: Section;
  start: number;
  end: number;
  value: number;
  phrase: string;
}

function scanRanges(posting: Posting, section: Section, text: string): [number, number][] {
  const base: [number, number][] =
    section === 'description' ? descriptionRangesWithoutResponsibilities(posting) : [[0, text.length]];
  const masked = boilerplateRanges(text.slice(0, MAX_SECTION_CHARS));
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
  /** SECTION_WEIGHT of the section. */
  value: number;
}

function collectHits(id: PrincipleId, scans: readonly Scan[]): Hit[] {
  const hits: Hit[] = [];
  const found: number[] = [];
  for (const signal of compiledSignals(id)) {
    for (const scan of scans) {
      found.length = 0;
      scanSignal(signal, scan, found);
      const value = signal.weight * scan.value;
      for (let i = 0; i < found.length; i += 2)
        hits.push({ section: scan.section, start: found[i]!, end: found[i + 1]!, value, phrase: signal.phrase });
    }
  }
  return hits;
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
  const score = values.reduce((sum, v, i) => sum + v * DECAY ** i, 0);
  return { score, kept };
}

const sameWords = (s: string) => s.toLowerCase().replace(/[\s\-\u2010-\u2015]+/g, ' ');

// Scoring is done on the raw matches; what is shown is each one as a reader would quote it, in its
// clause. A phrase already shown, or a clause already quoted, is shown once: the strongest reading
// comes first (hits are sorted by value), so that is the one kept.
function readableEvidence(kept: readonly Hit[], texts: ReadonlyMap<Section, string>): RankedEvidence[] {
  const out: RankedEvidence[] = [];
  for (const h of kept) {
    if (out.length === MAX_EVIDENCE) break;
    const text = texts.get(h.section) ?? '';
    const [start, end] = readablePhrase(text, h.start, h.end);
    const phrase = text.slice(start, end);
    const context = evidenceContext(text, start, end);
    const key = sameWords(phrase);
    const repeated = out.some(
      (o) => sameWords(o.text) === key || (o.section === h.section && o.context.start < context.end && context.start < o.context.end),
    );
    if (!repeated) out.push({ section: h.section, start, end, text: phrase, context });
  }
  return out;
}

/** All 16 principles, best first, each with its strongest evidence. Never throws on a valid Posting. */
export function rankPrinciples(posting: Posting, family: RoleFamily = detectRoleFamily(posting)): RankedPrinciple[] {
  const scans: Scan[] = [];
  for (const section of SECTIONS) {
    // A prefix keeps offsets valid while bounding the work on a huge paste.
    const text = sectionText(posting, section).slice(0, MAX_SECTION_CHARS);
    if (text.trim() === '') continue;
    scans.push({ section, text, value: SECTION_WEIGHT[section], words: new WordStarts(text), ranges: scanRanges(posting, section, text) });
  }
  const texts = new Map(scans.map((s) => [s.section, s.text] as const));
  const ranked = PRINCIPLE_IDS.map((id, order) => {
    const { score, kept } = scoreHits(collectHits(id, scans));
    const total = score + familyPrior(family.id, id);
    const evidence = readableEvidence(kept, texts);
    return { id, score: Math.round(total * 100) / 100, evidence, order };
  });
  ranked.sort((a, b) => b.score - a.score || a.order - b.order);
  return ranked.map(({ id, score, evidence }) => ({ id, score, evidence }));
}
