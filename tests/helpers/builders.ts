// Test data builders with valid defaults.

import type { Db } from '../../server/db/client';
import { businesses, organisations, users } from '../../server/db/schema';
import { hashPassword } from '../../server/features/auth/password';
import { currentFitRules } from '../../shared/money/rules';
import type { Role } from '../../shared/roles';

export const TEST_PASSWORD = 'correct horse battery staple';
let hashed: Promise<string> | undefined;
const testPasswordHash = () => {
  hashed ??= hashPassword(TEST_PASSWORD);
  return hashed;
};

let seq = 0;
const next = () => ++seq;
const at = '2026-11-01T12:00:00.000Z';

export function anOrganisation(db: Db, over: Partial<typeof organisations.$inferInsert> = {}) {
  const n = next();
  return db
    .insert(organisations)
    .values({
      name: `Organisme ${n}`,
      regionCode: '06',
      city: 'Montréal',
      clientGroups: ['youth'],
      createdAt: at,
      ...over,
    })
    .returning()
    .get();
}

export function aBusiness(db: Db, over: Partial<typeof businesses.$inferInsert> = {}) {
  const n = next();
  return db
    .insert(businesses)
    .values({
      legalName: `Entreprise ${n} inc.`,
      neq: String(1_100_000_000 + n),
      regionCode: '16',
      city: 'Longueuil',
      createdAt: at,
      ...over,
    })
    .returning()
    .get();
}

export async function aUser(
  db: Db,
  role: Role,
  over: Partial<typeof users.$inferInsert> = {},
): Promise<typeof users.$inferSelect> {
  const n = next();
  const organisationId =
    role === 'org_admin' || role === 'counsellor'
      ? (over.organisationId ?? anOrganisation(db).id)
      : null;
  const businessId = role === 'employer' ? (over.businessId ?? aBusiness(db).id) : null;
  return db
    .insert(users)
    .values({
      email: `user${n}@example.test`,
      name: `Personne ${n}`,
      role,
      organisationId,
      businessId,
      locale: 'fr-CA',
      passwordHash: await testPasswordHash(),
      status: 'active',
      createdAt: at,
      updatedAt: at,
      ...over,
    })
    .returning()
    .get();
}

/** Valid posting fields (the employer form's shape), starting in two weeks. */
export function postingFields(over: Record<string, unknown> = {}) {
  return {
    title: 'Préposé·e à l’entrepôt',
    nocCode: '75101',
    regionCode: '06' as const,
    city: 'Montréal',
    hoursPerWeek: 35,
    hourlyWageCents: 2000,
    positions: 1,
    startDate: '2026-12-07',
    durationWeeks: 12,
    description: '',
    requirements: '',
    skills: ['manutention', 'chariot élévateur'],
    languages: ['fr' as const],
    ...over,
  };
}

/** Valid job seeker fields (the registration form's shape), with every consent given. */
export function jobSeekerFields(over: Record<string, unknown> = {}) {
  const n = next();
  return {
    firstName: 'Amina',
    lastName: `Diallo${n}`,
    birthDate: '1994-03-12',
    email: `amina${n}@exemple.ca`,
    phone: '514 555-0101',
    regionCode: '06' as const,
    city: 'Montréal',
    targetNocCodes: ['75101'],
    skills: ['manutention'],
    hoursPerWeek: 35,
    availableFrom: '2026-11-30',
    languages: ['fr' as const],
    presentation: 'Fiable et ponctuelle.',
    clientGroups: ['immigrants' as const, 'women' as const],
    privateNotes: 'NOTE-PRIVEE-SECRETE',
    consents: { participation: true, proposal: true, contactSharing: true, givenOn: '2026-11-01' },
    confirmDuplicate: false,
    ...over,
  };
}

/** The consents of a person who takes part but has not agreed to be proposed (nor to share contacts). */
export const notProposableConsents = {
  consents: { participation: true, proposal: false, contactSharing: false, givenOn: '2026-11-01' },
};

/** A phase's fields with the current FIT rules, open for November 2026 – March 2027. */
export function phaseFields(over: Record<string, unknown> = {}) {
  return {
    number: 10,
    name: 'Phase 10',
    startDate: '2026-11-01',
    endDate: '2027-03-31',
    wageEnvelopeCents: 50_000_00,
    accompanimentEnvelopeCents: 10_000_00,
    rules: currentFitRules,
    organisations: [] as {
      organisationId: number;
      pairingTarget: number;
      wageAllocationCents?: number | null;
      accompanimentAllocationCents?: number | null;
    }[],
    ...over,
  };
}
