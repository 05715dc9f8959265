import type { InterviewMode } from '../../core/interview';

/** What the free-text place means for each way of meeting (the field's label). */
export const PLACE_LABELS: Record<InterviewMode, string> = {
  video: 'Meeting link or details',
  phone: 'Who calls whom, and the number',
  'on-site': 'Address and where to go',
};
