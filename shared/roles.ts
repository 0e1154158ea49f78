// The four roles of Passerelle (BRIEF.md) and which kind of body each belongs to.
export const roles = ['coordinator', 'org_admin', 'counsellor', 'employer'] as const;
export type Role = (typeof roles)[number];

export const organisationRoles = ['org_admin', 'counsellor'] as const satisfies readonly Role[];

export function belongsToOrganisation(role: Role): boolean {
  return role === 'org_admin' || role === 'counsellor';
}

/**
 * Which roles a user of `inviter` role may invite: coordinators anyone; org_admins the
 * counsellors of their organisation; and member organisations the first contact of an
 * employer business they registered (checked in the use case).
 */
export function invitableRoles(inviter: Role): readonly Role[] {
  switch (inviter) {
    case 'coordinator':
      return ['coordinator', 'org_admin', 'counsellor', 'employer'];
    case 'org_admin':
      return ['counsellor', 'employer'];
    case 'counsellor':
      return ['employer'];
    default:
      return [];
  }
}
