import { describe, expect, it } from 'vitest';
import { article, familyRolePhrase } from '../../../core/plan-family';
import { familyAsks, practiceQuestions, questionsToAsk, teamName } from '../../../core/questions';
import { rankPrinciples } from '../../../core/rank-principles';
import { ROLE_FAMILY_IDS, detectRoleFamily } from '../../../core/role-family';
import { externalPosting, externalRecords } from './external-postings';
import { emptyPosting, postingById } from './helpers';

describe('practice questions', () => {
  it('are worded differently for an engineer and an operations manager', () => {
    const sde = practiceQuestions(['customer-obsession', 'deliver-results'], 'software-engineering').map((q) => q.text);
    const ops = practiceQuestions(['customer-obsession', 'deliver-results'], 'operations').map((q) => q.text);
    expect(sde).not.toEqual(ops);
    expect(sde.join(' ')).toMatch(/software/);
    expect(ops.join(' ')).toMatch(/orders|shift|site/);
    for (const q of [...sde, ...ops]) expect(q).not.toMatch(/[{}]/);
  });

  it('give every catalog question of a principle, not only the first three', () => {
    const qs = practiceQuestions(['customer-obsession'], 'general');
    expect(qs.length).toBeGreaterThan(3);
  });

  it('never join two "or" alternatives in one phrase for any family', () => {
    for (const fam of ROLE_FAMILY_IDS)
      for (const q of practiceQuestions(['ownership', 'earn-trust', 'have-backbone-disagree-and-commit'], fam))
        expect(q.text, `${fam}: ${q.text}`).not.toMatch(/ or [^.?]* or [^.?]* or /);
  });
});

describe('grammar', () => {
  it('picks "a" or "an" by sound', () => {
    expect(familyRolePhrase('operations')).toBe('an operations role');
    expect(familyRolePhrase('software-engineering')).toBe('a software engineering role');
    expect(familyRolePhrase('hr-recruiting')).toBe('an HR and recruiting role');
    expect(article('engineering')).toBe('an');
    expect(article('user experience')).toBe('a');
  });
});

describe('questions to ask', () => {
  for (const id of ['1496414', '2879113', '3038134']) {
    it(`gives at least 5 distinct questions with anchors (job ${id})`, () => {
      const p = postingById(id);
      const family = detectRoleFamily(p);
      const qs = questionsToAsk(p, family, rankPrinciples(p, family));
      expect(qs.length).toBeGreaterThanOrEqual(5);
      expect(new Set(qs.map((q) => q.text.toLowerCase())).size).toBe(qs.length);
      expect(qs.map((q) => q.id)).toEqual(qs.map((_, i) => `ask-${i + 1}`));
    });
  }

  it('draws on the posting: a listed responsibility and the team', () => {
    const p = postingById('3038134');
    const qs = questionsToAsk(p, detectRoleFamily(p), rankPrinciples(p)).map((q) => q.text);
    expect(qs.some((q) => q.includes('EU 3P Selection'))).toBe(true);
    expect(qs.some((q) => p.responsibilities.some((r) => q.includes(r.slice(0, 30))))).toBe(true);
  });

  it('the best three start with a question for the role family', () => {
    const p = postingById('2879113');
    const family = detectRoleFamily(p);
    const qs = questionsToAsk(p, 'operations', rankPrinciples(p, family));
    expect(qs[0]!.text).toBe(familyAsks('operations')[0]);
  });

  it('still gives 5 for an empty posting', () => {
    const p = emptyPosting();
    expect(questionsToAsk(p, detectRoleFamily(p), rankPrinciples(p)).length).toBeGreaterThanOrEqual(5);
  });

  // Over every external posting: never echo a single generic word, never point at a requirement.
  it('never echo a posting word or a qualification back at the interviewer (418 external postings)', () => {
    for (const r of externalRecords()) {
      const p = externalPosting(r);
      const family = detectRoleFamily(p);
      const qs = questionsToAsk(p, family, rankPrinciples(p, family)).map((q) => q.text);
      for (const q of qs) {
        expect(q, r.job_id).not.toMatch(/The posting mentions/);
        expect(q, r.job_id).not.toMatch(/How much does/);
        expect(q, r.job_id).not.toMatch(/&amp;|&#\d+;/);
        for (const qual of [...p.basicQualifications, ...p.preferredQualifications])
          if (qual.length > 25) expect(q, r.job_id).not.toContain(qual.slice(0, 25));
      }
    }
  });
});

describe('team name', () => {
  it('names a team once, without "team team" or a repeated part', () => {
    expect(teamName(emptyPosting({ title: 'Data Scientist', team: 'Customer Trust, Customer Trust team' }))).toBe('Customer Trust');
    expect(teamName(emptyPosting({ title: 'Data Center Engineering Operations, Data Center Engineering Operations' }))).toBeNull();
    expect(teamName(emptyPosting({ title: 'Program Manager, Payments' }))).toBe('Payments');
  });
});
