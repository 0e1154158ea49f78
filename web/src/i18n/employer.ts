// Employer screens: business profile, postings, candidate cards.
import type { Widen } from './widen';

export const employerFr = {
  nav: { postings: 'Mes offres', business: 'Mon entreprise' },
};

export const employerEn: Widen<typeof employerFr> = {
  nav: { postings: 'My postings', business: 'My business' },
};
