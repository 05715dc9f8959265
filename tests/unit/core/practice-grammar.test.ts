// Every practice question, as filled for every role family and every title in the external set (418
// real postings: a title can switch a family's words, as "Recruiter" does in HR), must read as plain
// English. The checks below are the mistakes review 1 found ("delivered your operation with fewer
// resources", "a need a customer who contacted you with a problem had") stated as rules.
import { describe, expect, it } from 'vitest';
import { article } from '../../../core/plan-family';
import { PRINCIPLE_IDS, principle } from '../../../core/principles';
import { familyWords, practiceQuestions, type FamilyWords } from '../../../core/questions';
import { mustAskQuestions } from '../../../core/story-map';
import { ROLE_FAMILY_IDS, type RoleFamilyId } from '../../../core/role-family';
import { externalRecords } from './external-postings';

/** Every distinct set of words a family can get from a title in the external set (plus no title). */
function wordSets(): { family: RoleFamilyId; words: FamilyWords; title: string }[] {
  const titles = [...new Set(externalRecords().map((r) => r.title ?? ''))];
  const out = new Map<string, { family: RoleFamilyId; words: FamilyWords; title: string }>();
  for (const family of ROLE_FAMILY_IDS)
    for (const title of titles) {
      const words = familyWords(family, title);
      out.set(`${family} ${JSON.stringify(words)}`, { family, words, title });
    }
  return [...out.values()];
}

/** The problems a filled question can have; an empty list when it reads right. */
export function grammarFaults(q: string): string[] {
  const faults: string[] = [];
  if (/[{}]/.test(q)) faults.push('template gap');
  if (!/^[A-Z]/.test(q)) faults.push('does not start with a capital');
  if (!/[.?]$/.test(q)) faults.push('does not end with "." or "?"');
  if (/\s[,.?]|\s{2}/.test(q)) faults.push('stray space');
  const doubled = /\b(\w+) \1\b/i.exec(q);
  if (doubled) faults.push(`doubled word "${doubled[1]}"`);
  // "a"/"an" agrees with the sound of the next word.
  for (const m of q.matchAll(/\b(a|an|A|An) ([\w’'-]+)/g)) {
    const want = article(m[2]!);
    if (m[1]!.toLowerCase() !== want) faults.push(`"${m[1]} ${m[2]}" should be "${want} ${m[2]}"`);
  }
  // Two determiners in a row ("a your", "the a").
  if (/\b(?:a|an|the|your|my|their|our) (?:a|an|the|your|my|their|our)\b/i.test(q)) faults.push('two determiners in a row');
  // A possessive noun phrase used as a countable piece of work: "delivered your operation with…",
  // "the result you are proudest of in your operation", "a piece of your support work".
  if (/\byour (?:operation|support work)\b|\b(?:delivered|a piece of|proudest of in) your work\b/i.test(q)) faults.push('"your …" used as one piece of work');
  // A relative clause followed straight away by another verb or "whose" ("a project your team owns whose…").
  if (/\b(?:you|your team) (?:own|owns|ran|led|support|advise|advised|studied|protects|serve)(?:d)? (?:whose|had|meant|said|is|was)\b/.test(q))
    faults.push('relative clause runs into the main verb');
  if (/ or [^.?]* or [^.?]* or /.test(q)) faults.push('three "or"s in one sentence');
  for (const s of q.split(/(?<=[.?])\s+/)) if (s.split(/\s+/).length > 40) faults.push('a sentence over 40 words');
  return faults;
}

describe('practice-question grammar', () => {
  it('the checks catch the mistakes review 1 found', () => {
    expect(grammarFaults('Tell me about a time you delivered your operation with fewer resources than you wanted.')).not.toEqual([]);
    expect(grammarFaults('Tell me about a engineering project.')).not.toEqual([]);
    expect(grammarFaults('Tell me about the the result.')).not.toEqual([]);
    expect(grammarFaults('Tell me about a project your team owns whose result you are proudest of.')).not.toEqual([]);
    expect(grammarFaults('Tell me about {work}.')).not.toEqual([]);
    expect(grammarFaults('Tell me about an HR program whose result you are proudest of. What stood in the way?')).toEqual([]);
  });

  it('every filled question of every principle reads right for every family and every external title', () => {
    const sets = wordSets();
    expect(sets.length).toBeGreaterThan(ROLE_FAMILY_IDS.length); // title variants are covered
    const bad: string[] = [];
    for (const { family, words, title } of sets)
      for (const q of practiceQuestions(PRINCIPLE_IDS, family, Infinity, words))
        for (const f of grammarFaults(q.text)) bad.push(`${family} (${title}): ${f}: ${q.text}`);
    expect(bad).toEqual([]);
  });

  it('each family word has the one grammatical role the templates rely on', () => {
    for (const { family, words } of wordSets()) {
      // One countable piece of work: "a …" or "an …", with the right article, no tense of its own.
      expect(words.work, family).toMatch(/^(?:a|an) /);
      expect(words.work, family).not.toMatch(/\b(?:you|your team) \w+$/);
      // A partner may be followed by a verb ("that {partner} disagreed with"): no relative clause of its own.
      expect(words.partner, family).not.toMatch(/\b(?:you|who|that|which)\b/);
      expect(words.handOver, family).toMatch(/^[a-z]+ /);
    }
  });

  it('the catalog puts {customer} last in its clause, so a phrase with its own relative clause still reads', () => {
    for (const id of PRINCIPLE_IDS)
      for (const q of principle(id).questions) for (const m of q.matchAll(/\{customer\}(.)/g)) expect(m[1], q).toMatch(/[.,?]/);
  });

  it('the failure and disagreement questions every plan shows read right in every family’s words', () => {
    const bad: string[] = [];
    for (const { family, words } of wordSets())
      for (const q of mustAskQuestions(words.partner, words.work)) for (const f of grammarFaults(q.question)) bad.push(`${family}: ${f}: ${q.question}`);
    expect(bad).toEqual([]);
  });
});
