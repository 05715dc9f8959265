// Posting-level features the priors learn a lift for (scripts/learn-priors.ts): a role that manages
// people is interviewed on Hire and Develop the Best.
import { describe, expect, it } from 'vitest';
import { LEARNED_PRIORS } from '../../../core/family-priors';
import { postingFeatures, rankPrinciples } from '../../../core/rank-principles';
import { detectRoleFamily } from '../../../core/role-family';
import { emptyPosting } from './helpers';

const posting = (title: string, responsibilities: string[]) => ({ ...emptyPosting(), title, responsibilities });
const features = (title: string, responsibilities: string[]) => {
  const p = posting(title, responsibilities);
  return postingFeatures(p, detectRoleFamily(p).id);
};

describe('posting features', () => {
  it('reads a people manager from the title or from a team the role leads', () => {
    expect(features('Software Development Manager', ['Build great software.'])).toEqual(['manages-people']);
    expect(features('Manager, Demand Planning', ['Lead a team of demand planners across three sites.'])).toEqual(['manages-people']);
    expect(features('Manager for UX Research', ['You will manage a team of three to five researchers.'])).toEqual(['manages-people']);
  });

  it('does not read an individual contributor leading a working group, or a product manager, as managing people', () => {
    expect(features('Procurement Operations Analyst', ['Lead team of non-inventory receivers.'])).toEqual([]);
    expect(features('Senior Product Manager', ['Own the roadmap and work with engineering teams.'])).toEqual([]);
    expect(features('Data Engineer', ['Build pipelines for a team of analysts.'])).toEqual([]);
  });

  it('learns from the labels that readers ask a people manager about hiring and developing', () => {
    expect(LEARNED_PRIORS.features?.['manages-people']?.['hire-and-develop-the-best']).toBeGreaterThan(0.1);
    const p = posting('Manager, Fulfillment Analytics', [
      'Lead a team of six analysts and grow their skills through coaching and career development.',
      'Analyze weekly metrics and find the root cause of misses.',
    ]);
    const top = rankPrinciples(p).slice(0, 3).map((r) => r.id);
    expect(top).toContain('hire-and-develop-the-best');
  });
});

describe('the sustainability feature', () => {
  const sustainability = (title: string, description: string) => {
    const p = { ...emptyPosting(), title, description };
    return postingFeatures(p, detectRoleFamily(p).id).includes('sustainability');
  };

  it('reads a role whose title or whole text is about sustainability', () => {
    expect(sustainability('Business Intelligence Engineer, EU Sustainable Packaging', 'Build dashboards for the packaging team.')).toBe(true);
    expect(
      sustainability(
        'Senior Product Manager, EU Stores Compliance',
        'Help sellers meet new sustainability regulations. Own products for sustainability compliance. Track climate reporting rules across the EU.',
      ),
    ).toBe(true);
    expect(LEARNED_PRIORS.features?.['sustainability']?.['success-and-scale-bring-broad-responsibility']).toBeGreaterThan(0.05);
  });

  it('does not read a passing mention or the company pledge as the job', () => {
    expect(sustainability('Business Intelligence Engineer II', 'Optimize the network, always with an eye on efficiency, customer satisfaction, and sustainability.')).toBe(false);
    expect(sustainability('Sr Manager, Analytics', 'As part of the Climate Pledge we build the most sustainable fleet in the world.')).toBe(false);
  });
});
