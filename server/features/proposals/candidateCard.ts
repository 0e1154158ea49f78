// What an employer may see of a proposed person: the one place that decides it.
// Consent (b) allows first name and initial, presentation, skills, availability, languages and
// target occupations; contact details only after the invitation to interview and only with
// consent (c). Client groups, private notes, last name and birth date never leave here.
interface SeekerRow {
  firstName: string;
  lastName: string;
  presentation: string;
  skills: string[];
  hoursPerWeek: number;
  availableFrom: string;
  languages: string[];
  targetNocCodes: string[];
  regionCode: string;
  email: string;
  phone: string;
  canBeProposed: boolean;
  canShareContact: boolean;
}

export function candidateCard(seeker: SeekerRow, proposalStatus: string) {
  const contactAllowed =
    (proposalStatus === 'interview' || proposalStatus === 'hired') && seeker.canShareContact;
  // After a withdrawal of consent (b), the card keeps only the first name and initial.
  const profileAllowed = seeker.canBeProposed;
  return {
    firstName: seeker.firstName,
    lastInitial: `${seeker.lastName.trim().charAt(0).toUpperCase()}.`,
    presentation: profileAllowed ? seeker.presentation : '',
    skills: profileAllowed ? seeker.skills : [],
    hoursPerWeek: seeker.hoursPerWeek,
    availableFrom: seeker.availableFrom,
    languages: seeker.languages,
    targetNocCodes: seeker.targetNocCodes,
    regionCode: seeker.regionCode,
    contact: contactAllowed ? { email: seeker.email, phone: seeker.phone } : null,
  };
}
