// Member organisation screens: job seekers, consents, matching, proposals, open postings.
import type { Widen } from './widen';

export const organisationFr = {
  nav: { jobSeekers: 'Personnes participantes', postings: 'Offres ouvertes' },
};

export const organisationEn: Widen<typeof organisationFr> = {
  nav: { jobSeekers: 'Job seekers', postings: 'Open postings' },
};
