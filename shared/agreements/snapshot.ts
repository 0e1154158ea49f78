// What an agreement version freezes about the parties when it is made, so the document can be
// rendered again exactly as it was signed even after a business renames itself or a counsellor
// leaves. The person is named as both parties know them: first name and initial (what the
// employer's candidate card showed), never the full name, the birth date or contacts.
import type { SubsidyRules } from '../money/rules';

export interface AgreementSnapshot {
  business: { legalName: string; neq: string | null; city: string };
  organisation: { name: string; city: string };
  person: { displayName: string };
  counsellor: { name: string };
  posting: { title: string; nocCode: string };
  phase: { number: number; name: string; startDate: string; endDate: string; rules: SubsidyRules };
  pairingStartDate: string;
}

/** How anonymisation names the person in every snapshot of their file. */
export function anonymisedDisplayName(jobSeekerId: number): string {
  return `Personne anonymisée n° ${jobSeekerId}`;
}

/** First name and initial of the last name, as the employer's candidate card shows them. */
export function displayNameOf(firstName: string, lastName: string): string {
  const initial = lastName.trim().charAt(0).toUpperCase();
  return initial ? `${firstName.trim()} ${initial}.` : firstName.trim();
}
