// Placeholder signature; implemented in the detection work (issue 2).
export type PageKind =
  | { page: 'job'; jobId: string; locale: string | null }
  | { page: 'search' }
  | { page: 'other' }
  | { page: 'foreign' };
