// Client groups a member organisation serves (BRIEF.md step 3). Sensitive at person level:
// never shown to employers; coordinators see aggregates only.
export const clientGroups = [
  'women',
  'youth',
  'age_45_plus',
  'immigrants',
  'criminal_record',
  'disability',
  'indigenous',
  'long_term_unemployed',
] as const;
export type ClientGroup = (typeof clientGroups)[number];
