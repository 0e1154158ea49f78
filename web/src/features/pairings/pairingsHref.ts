// Where each side finds its pairings: the organisation follows them under /accompaniment.
import type { Role } from '../../../../shared/roles';

export function pairingsHref(role: Role): string {
  return role === 'counsellor' || role === 'org_admin' ? '/accompaniment' : '/pairings';
}
