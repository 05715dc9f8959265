// Posting fields named the way a candidate would say them (the popup lists what it could not find).
import type { PostingField } from '../core/posting';

export const FIELD_LABELS: Record<PostingField, string> = {
  jobId: 'job ID',
  title: 'job title',
  url: 'page address',
  locale: 'page language',
  locations: 'location',
  category: 'job category',
  team: 'team',
  company: 'hiring company',
  postedDate: 'date posted',
  updatedDate: 'date updated',
  description: 'job description',
  responsibilities: 'key responsibilities',
  basicQualifications: 'basic qualifications',
  preferredQualifications: 'preferred qualifications',
};
