// Demo data, seeded into an empty database (SEED_DEMO=0 turns it off). Fictional
// organisations, businesses and people; every account uses DEMO_PASSWORD.
import { count } from 'drizzle-orm';
import type { Db } from '../db/client';
import { businesses, organisations, users } from '../db/schema';
import type { Actor, Deps } from '../deps';
import { hashPassword } from '../features/auth/password';
import { seedDemoWork } from './demoWork';

export const DEMO_PASSWORD = 'Passerelle-demo-2026';

export const demoAccounts = [
  {
    email: 'coordination@passerelle.test',
    name: 'Catherine Lavoie',
    role: 'coordinator',
    org: null,
    biz: null,
  },
  {
    email: 'direction.org1@passerelle.test',
    name: 'Martin Gagnon',
    role: 'org_admin',
    org: 0,
    biz: null,
  },
  {
    email: 'conseil.org1@passerelle.test',
    name: 'Sophie Tremblay',
    role: 'counsellor',
    org: 0,
    biz: null,
  },
  {
    email: 'conseil.org2@passerelle.test',
    name: 'Karim Benali',
    role: 'counsellor',
    org: 1,
    biz: null,
  },
  { email: 'employeur1@passerelle.test', name: 'Julie Roy', role: 'employer', org: null, biz: 0 },
  {
    email: 'employeur2@passerelle.test',
    name: 'Marc-André Côté',
    role: 'employer',
    org: null,
    biz: 1,
  },
] as const;

const demoOrganisations = [
  {
    name: 'Accès-Travail Montréal',
    regionCode: '06',
    city: 'Montréal',
    clientGroups: ['immigrants', 'youth', 'criminal_record', 'women'],
  },
  {
    name: "Service d'intégration au travail de l'Estrie",
    regionCode: '05',
    city: 'Sherbrooke',
    clientGroups: ['age_45_plus', 'long_term_unemployed', 'disability'],
  },
  {
    name: 'Tremplin Emploi Capitale-Nationale',
    regionCode: '03',
    city: 'Québec',
    clientGroups: ['women', 'youth', 'indigenous'],
  },
  {
    name: 'Pivot Emploi Saguenay',
    regionCode: '02',
    city: 'Saguenay',
    clientGroups: ['youth', 'criminal_record', 'long_term_unemployed'],
  },
];

const demoBusinesses = [
  {
    legalName: 'Boulangerie du Plateau inc.',
    neq: '1171234567',
    regionCode: '06',
    city: 'Montréal',
  },
  {
    legalName: 'Entrepôts Laurentides ltée',
    neq: '1169876543',
    regionCode: '15',
    city: 'Saint-Jérôme',
  },
  { legalName: 'Usinage Beauce inc.', neq: '1164445556', regionCode: '12', city: 'Saint-Georges' },
];

export function isEmpty(db: Db): boolean {
  const [row] = db.select({ n: count() }).from(users).all();
  return (row?.n ?? 0) === 0;
}

export async function seedDemoData(deps: Deps): Promise<void> {
  const { db } = deps;
  const passwordHash = await hashPassword(DEMO_PASSWORD);
  const at = deps.clock.now().toISOString();
  const actors = db.transaction((tx) => {
    const orgIds = demoOrganisations.map(
      (o) =>
        tx
          .insert(organisations)
          .values({ ...o, createdAt: at })
          .returning()
          .get().id,
    );
    const bizIds = demoBusinesses.map(
      (b) =>
        tx
          .insert(businesses)
          .values({ ...b, createdAt: at })
          .returning()
          .get().id,
    );
    return demoAccounts.map((a): Actor => {
      const u = tx
        .insert(users)
        .values({
          email: a.email,
          name: a.name,
          role: a.role,
          organisationId: a.org === null ? null : (orgIds[a.org] ?? null),
          businessId: a.biz === null ? null : (bizIds[a.biz] ?? null),
          locale: 'fr-CA',
          passwordHash,
          status: 'active',
          createdAt: at,
          updatedAt: at,
        })
        .returning()
        .get();
      return {
        userId: u.id,
        role: u.role,
        organisationId: u.organisationId,
        businessId: u.businessId,
        sessionId: '',
      };
    });
  });
  const [coordinator, orgAdmin1, counsellor1, counsellor2, employer1, employer2] = actors;
  if (!coordinator || !orgAdmin1 || !counsellor1 || !counsellor2 || !employer1 || !employer2) {
    throw new Error('demo accounts missing');
  }
  seedDemoWork(deps, { coordinator, orgAdmin1, counsellor1, counsellor2, employer1, employer2 });
}
