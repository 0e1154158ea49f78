// The pairings list of the reader's side: the employer's hires, the organisation's pairings with
// their follow-ups, or every pairing of the program for the coordination. Filters and order live
// in the URL.
import type { Me } from '../../lib/session';
import { CoordinatorPairings } from './coordinator/CoordinatorPairings';
import { EmployerPairings } from './employer/EmployerPairings';
import { OrganisationPairings } from './organisation/OrganisationPairings';

export function PairingsPage({ me }: { me: Me }) {
  switch (me.role) {
    case 'employer':
      return <EmployerPairings />;
    case 'coordinator':
      return <CoordinatorPairings />;
    case 'counsellor':
    case 'org_admin':
      return <OrganisationPairings me={me} />;
  }
}
