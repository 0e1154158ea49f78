// Demo data, seeded into an empty database (SEED_DEMO=0 turns it off). Fictional
// organisations, businesses and people; every account uses DEMO_PASSWORD.
import { and, count, isNull, lt, ne, sql } from 'drizzle-orm';
import type { ClientGroup } from '../../shared/clientGroups';
import type { Db } from '../db/client';
import { businesses, notifications, organisations, programSettings, users } from '../db/schema';
import type { Actor, Deps } from '../deps';
import { hashPassword } from '../features/auth/password';
import { seedDemoPhases } from './demoPhases';
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

const demoOrganisations: {
  name: string;
  regionCode: string;
  city: string;
  clientGroups: ClientGroup[];
}[] = [
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

/** Nine more member organisations, so phase 9 has its thirteen participants. */
const moreOrganisations = [
  ['Carrefour Emploi Mauricie', '04', 'Trois-Rivières', ['youth', 'long_term_unemployed']],
  ['Passage Travail Outaouais', '07', 'Gatineau', ['immigrants', 'women']],
  ['Tremplin Abitibi', '08', 'Rouyn-Noranda', ['indigenous', 'youth']],
  ['Cap Emploi Côte-Nord', '09', 'Baie-Comeau', ['indigenous', 'age_45_plus']],
  ['Horizon Travail Gaspésie', '11', 'Gaspé', ['long_term_unemployed', 'age_45_plus']],
  ['Élan Emploi Chaudière-Appalaches', '12', 'Lévis', ['disability', 'youth']],
  ['Accès-Avenir Laval', '13', 'Laval', ['immigrants', 'criminal_record']],
  ['Virage Emploi Lanaudière', '14', 'Joliette', ['women', 'criminal_record']],
  ['Relais Travail Montérégie', '16', 'Longueuil', ['immigrants', 'disability']],
] as const;

/** More employers, each with one contact (employeur3@… and on). */
const moreBusinesses = [
  {
    legalName: 'Résidence Les Érables inc.',
    neq: '1162223334',
    regionCode: '04',
    city: 'Trois-Rivières',
  },
  { legalName: 'Nettoyage Éclat inc.', neq: '1163334445', regionCode: '13', city: 'Laval' },
  {
    legalName: 'Transport Boréal ltée',
    neq: '1164445557',
    regionCode: '08',
    city: 'Rouyn-Noranda',
  },
  { legalName: 'Épicerie Chez Lise inc.', neq: '1165556668', regionCode: '12', city: 'Lévis' },
  { legalName: 'Serres Bio-Nord coop', neq: '8810001112', regionCode: '14', city: 'Joliette' },
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
  const extra = db.transaction((tx) => {
    const orgActors: Actor[] = [];
    const [org3, org4] = tx
      .select()
      .from(organisations)
      .orderBy(organisations.id)
      .all()
      .slice(2, 4);
    const counsellorFor = (organisationId: number, n: number) => {
      const u = tx
        .insert(users)
        .values({
          email: `conseil.org${n}@passerelle.test`,
          name: `Conseil ${n}`,
          role: 'counsellor',
          organisationId,
          locale: 'fr-CA',
          passwordHash,
          status: 'active',
          createdAt: at,
          updatedAt: at,
        })
        .returning()
        .get();
      return { userId: u.id, role: u.role, organisationId, businessId: null, sessionId: '' };
    };
    if (org3) orgActors.push(counsellorFor(org3.id, 3));
    if (org4) orgActors.push(counsellorFor(org4.id, 4));
    moreOrganisations.forEach(([name, regionCode, city, groups], i) => {
      const id = tx
        .insert(organisations)
        .values({ name, regionCode, city, clientGroups: [...groups], createdAt: at })
        .returning()
        .get().id;
      orgActors.push(counsellorFor(id, i + 5));
    });
    const employerActors: Actor[] = [];
    const usinage = tx.select().from(businesses).orderBy(businesses.id).all()[2];
    const allBiz = [
      ...(usinage ? [usinage.id] : []),
      ...moreBusinesses.map(
        (b) =>
          tx
            .insert(businesses)
            .values({ ...b, createdAt: at })
            .returning()
            .get().id,
      ),
    ];
    allBiz.forEach((businessId, i) => {
      const u = tx
        .insert(users)
        .values({
          email: `employeur${i + 3}@passerelle.test`,
          name: `Employeur ${i + 3}`,
          role: 'employer',
          businessId,
          locale: 'fr-CA',
          passwordHash,
          status: 'active',
          createdAt: at,
          updatedAt: at,
        })
        .returning()
        .get();
      employerActors.push({
        userId: u.id,
        role: 'employer',
        organisationId: null,
        businessId,
        sessionId: '',
      });
    });
    return { orgActors, employerActors };
  });
  db.insert(programSettings)
    .values({
      id: 1,
      retentionYears: 7,
      privacyOfficerName: 'Nadia Fortin',
      privacyOfficerTitle: 'Responsable de la protection des renseignements personnels',
      privacyOfficerTitleEn: 'Privacy Officer',
      privacyOfficerEmail: 'vie.privee@passerelle.test',
      privacyOfficerPhone: '514 555-0199',
      updatedAt: at,
    })
    .run();
  const people = { coordinator, orgAdmin1, counsellor1, counsellor2, employer1, employer2 };
  // The demo's history goes through the real use cases, so it notifies people too: no email for
  // any of it (the outbox stays empty), and only the last week's notifications left unread.
  const quiet: Deps = { ...deps, mailer: { ...deps.mailer, enqueue: () => {} } };
  await seedDemoPhases(quiet, {
    ...people,
    counsellors: [counsellor1, counsellor2, ...extra.orgActors],
    employers: [employer1, employer2, ...extra.employerActors],
  });
  seedDemoWork(quiet, people);
  quietSeededNotifications(db, deps.clock.now());
}

function quietSeededNotifications(db: Db, now: Date) {
  const weekAgo = new Date(now.getTime() - 7 * 86_400_000).toISOString();
  db.update(notifications)
    .set({ emailedAt: now.toISOString() })
    .where(and(ne(notifications.delivery, 'in_app'), isNull(notifications.emailedAt)))
    .run();
  db.update(notifications)
    .set({ readAt: sql`${notifications.createdAt}` })
    .where(lt(notifications.createdAt, weekAgo))
    .run();
}
