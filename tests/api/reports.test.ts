// The phase report: dashboard figures equal a recomputation from the raw tables on generated
// data; client groups below five people are suppressed; exports (CSV, XLSX) follow the
// dashboard's authorization, neutralise formulas, open in both locales' spreadsheets, carry the
// same totals, and are written to the audit history.

import { eq } from 'drizzle-orm';
import ExcelJS from 'exceljs';
import fc from 'fast-check';
import { beforeEach, describe, expect, it } from 'vitest';
import { createApp } from '../../server/app';
import type { Db } from '../../server/db/client';
import {
  auditEvents,
  jobSeekers,
  ledgerEntries,
  organisations,
  pairings,
  payments,
  phaseOrganisations,
  phases,
  postings,
  proposals,
} from '../../server/db/schema';
import { organisationBudget } from '../../server/features/money/budgets';
import { clientGroups } from '../../shared/clientGroups';
import { BOM, csvCell, csvDialect, money, writeCsv } from '../../shared/csv';
import { aBusiness, anOrganisation, aUser } from '../helpers/builders';
import { as, signIn } from '../helpers/callers';
import { expectAppError } from '../helpers/expectError';
import { type TestDeps, testDeps } from '../helpers/testDeps';

const at = '2026-11-01T12:00:00.000Z';
const regions = ['06', '03', '16', '13'] as const;
const nocs = ['65100', '75101', '14100', '44101'] as const;
const statuses = ['active', 'completed', 'ended_early'] as const;
const outcomes = [null, 'employed', 'not_employed', 'unknown'] as const;

interface PairingSpec {
  org: number;
  region: (typeof regions)[number];
  noc: (typeof nocs)[number];
  groups: number[];
  status: (typeof statuses)[number];
  outcome: (typeof outcomes)[number];
  startDay: number;
  committedWage: number;
  entries: { fund: 'wage' | 'accompaniment'; amount: number; paid: boolean; reversed: boolean }[];
}

const pairingSpec: fc.Arbitrary<PairingSpec> = fc.record({
  org: fc.integer({ min: 0, max: 2 }),
  region: fc.constantFrom(...regions),
  noc: fc.constantFrom(...nocs),
  groups: fc.uniqueArray(fc.integer({ min: 0, max: clientGroups.length - 1 }), { maxLength: 3 }),
  status: fc.constantFrom(...statuses),
  outcome: fc.constantFrom(...outcomes),
  startDay: fc.integer({ min: 0, max: 60 }),
  committedWage: fc.integer({ min: 0, max: 900_000 }),
  entries: fc.array(
    fc.record({
      fund: fc.constantFrom('wage' as const, 'accompaniment' as const),
      amount: fc.integer({ min: 0, max: 200_000 }),
      paid: fc.boolean(),
      reversed: fc.boolean(),
    }),
    { maxLength: 3 },
  ),
});

function day(offset: number, from = '2026-10-01'): string {
  const d = new Date(`${from}T00:00:00Z`);
  d.setUTCDate(d.getUTCDate() + offset);
  return d.toISOString().slice(0, 10);
}

/** A phase with three participating organisations and the given pairings, written raw. */
async function generatedWorld(deps: TestDeps, specs: PairingSpec[], name = 'Organisme') {
  const { db } = deps;
  const orgs = [0, 1, 2].map((i) => anOrganisation(db, { name: `${name} ${i} ${Math.random()}` }));
  const business = aBusiness(db);
  const coordinator = await aUser(db, 'coordinator');
  const admin = await aUser(db, 'org_admin', { organisationId: orgs[0]?.id });
  const phase = db
    .insert(phases)
    .values({
      number: 9,
      name: 'Phase 9',
      startDate: '2026-10-01',
      endDate: '2027-06-30',
      status: 'open',
      wageEnvelopeCents: 50_000_000,
      accompanimentEnvelopeCents: 9_000_000,
      createdAt: at,
      updatedAt: at,
    })
    .returning()
    .get();
  orgs.forEach((o, i) => {
    db.insert(phaseOrganisations)
      .values({
        phaseId: phase.id,
        organisationId: o.id,
        pairingTarget: 3 + i,
        wageAllocationCents: i === 0 ? 20_000_000 : null,
      })
      .run();
  });
  for (const s of specs) {
    const org = orgs[s.org];
    if (!org) throw new Error('org');
    const posting = db
      .insert(postings)
      .values({
        businessId: business.id,
        title: 'Poste',
        nocCode: s.noc,
        regionCode: s.region,
        city: 'Ville',
        hoursPerWeek: 35,
        hourlyWageCents: 2000,
        positions: 1,
        startDate: day(s.startDay),
        durationWeeks: 12,
        status: 'filled',
        createdAt: at,
        updatedAt: at,
      })
      .returning()
      .get();
    const seeker = db
      .insert(jobSeekers)
      .values({
        organisationId: org.id,
        firstName: 'P',
        lastName: 'Q',
        regionCode: s.region,
        hoursPerWeek: 35,
        availableFrom: '2026-09-01',
        clientGroups: s.groups.map((g) => clientGroups[g] ?? 'youth'),
        privateNotes: 'NOTE-PRIVEE-SECRETE',
        createdAt: at,
        updatedAt: at,
      })
      .returning()
      .get();
    const proposal = db
      .insert(proposals)
      .values({
        postingId: posting.id,
        jobSeekerId: seeker.id,
        organisationId: org.id,
        proposedBy: coordinator.id,
        status: 'hired',
        createdAt: at,
        updatedAt: at,
      })
      .returning()
      .get();
    const ended = s.status !== 'active';
    const pairing = db
      .insert(pairings)
      .values({
        phaseId: phase.id,
        organisationId: org.id,
        businessId: business.id,
        proposalId: proposal.id,
        jobSeekerId: seeker.id,
        postingId: posting.id,
        startDate: day(s.startDay),
        plannedEndDate: day(s.startDay + 83),
        hourlyWageCents: 2000,
        hoursPerWeek: 35,
        plannedWeeks: 12,
        maxWageSubsidyCents: 900_000,
        accompanimentCents: 100_000,
        committedWageCents: s.committedWage,
        committedAccompanimentCents: 100_000,
        status: s.status,
        endDate: ended ? day(s.startDay + 40) : null,
        retentionDueOn: ended ? day(s.startDay + 124) : null,
        retentionOutcome: ended ? s.outcome : null,
        createdBy: coordinator.id,
        createdAt: at,
        updatedAt: at,
      })
      .returning()
      .get();
    for (const e of s.entries) {
      const entry = db
        .insert(ledgerEntries)
        .values({
          kind: e.fund === 'wage' ? 'wage_subsidy' : 'accompaniment',
          fund: e.fund,
          phaseId: phase.id,
          pairingId: pairing.id,
          organisationId: org.id,
          payeeBusinessId: e.fund === 'wage' ? business.id : null,
          payeeOrganisationId: e.fund === 'wage' ? null : org.id,
          amountCents: e.amount,
          createdBy: coordinator.id,
          createdAt: at,
        })
        .returning()
        .get();
      if (e.paid) {
        db.insert(payments)
          .values({
            ledgerEntryId: entry.id,
            paidOn: '2026-11-10',
            reference: 'VIR-1',
            recordedBy: coordinator.id,
            recordedAt: at,
          })
          .run();
      }
      if (e.reversed && e.amount > 0) {
        db.insert(ledgerEntries)
          .values({
            kind: 'reversal',
            fund: e.fund,
            phaseId: phase.id,
            pairingId: pairing.id,
            organisationId: org.id,
            payeeBusinessId: entry.payeeBusinessId,
            payeeOrganisationId: entry.payeeOrganisationId,
            reversesEntryId: entry.id,
            amountCents: -e.amount,
            createdBy: coordinator.id,
            createdAt: at,
          })
          .run();
      }
    }
  }
  return { phase, orgs, coordinator, admin, business };
}

/** The figures, recomputed from the raw rows with plain JavaScript. */
function recompute(db: Db, phaseId: number, organisationId: number | null) {
  const ps = db
    .select()
    .from(pairings)
    .where(eq(pairings.phaseId, phaseId))
    .all()
    .filter((p) => organisationId === null || p.organisationId === organisationId);
  const posts = new Map(
    db
      .select()
      .from(postings)
      .all()
      .map((p) => [p.id, p]),
  );
  const seekers = new Map(
    db
      .select()
      .from(jobSeekers)
      .all()
      .map((s) => [s.id, s]),
  );
  const tally = (keys: string[]) => {
    const m = new Map<string, number>();
    for (const k of keys) m.set(k, (m.get(k) ?? 0) + 1);
    return [...m.entries()].sort(([a], [b]) => (a < b ? -1 : 1));
  };
  const groupPeople = clientGroups.map((g) => {
    const people = new Set(
      ps
        .filter((p) => seekers.get(p.jobSeekerId)?.clientGroups.includes(g))
        .map((p) => p.jobSeekerId),
    ).size;
    return { group: g, people: people >= 1 && people <= 4 ? null : people };
  });
  const entries = db
    .select()
    .from(ledgerEntries)
    .where(eq(ledgerEntries.phaseId, phaseId))
    .all()
    .filter((e) => organisationId === null || e.organisationId === organisationId);
  const paidIds = new Set(
    db
      .select()
      .from(payments)
      .all()
      .map((p) => p.ledgerEntryId),
  );
  const sumBy = (fund: string, paidOnly: boolean) =>
    entries
      .filter((e) => e.fund === fund && (!paidOnly || paidIds.has(e.id)))
      .reduce((a, e) => a + e.amountCents, 0);
  const count = (f: (p: (typeof ps)[number]) => boolean) => ps.filter(f).length;
  const completed = count((p) => p.status === 'completed');
  const endedEarly = count((p) => p.status === 'ended_early');
  const employed = count((p) => p.retentionOutcome === 'employed');
  const checked = count((p) => p.retentionOutcome !== null);
  return {
    pairings: ps.length,
    byOrganisation: tally(ps.map((p) => String(p.organisationId))),
    regions: tally(ps.map((p) => posts.get(p.postingId)?.regionCode ?? '?')),
    occupations: tally(ps.map((p) => (posts.get(p.postingId)?.nocCode ?? '?').slice(0, 1))),
    weeksTotal: ps.length,
    groupPeople,
    completed,
    endedEarly,
    completionRateBp:
      completed + endedEarly ? Math.round((completed * 10_000) / (completed + endedEarly)) : null,
    retentionRateBp: checked ? Math.round((employed * 10_000) / checked) : null,
    committedWage: ps.reduce((a, p) => a + p.committedWageCents, 0),
    approvedWage: sumBy('wage', false),
    paidWage: sumBy('wage', true),
    approvedAccompaniment: sumBy('accompaniment', false),
    paidAccompaniment: sumBy('accompaniment', true),
  };
}

describe('reports.phase: figures equal a recomputation from the raw tables', () => {
  it('for the coordinator (whole phase) and an org_admin (own organisation)', async () => {
    await fc.assert(
      fc.asyncProperty(fc.array(pairingSpec, { maxLength: 30 }), async (specs) => {
        const deps = testDeps();
        const w = await generatedWorld(deps, specs);
        for (const [userId, orgId] of [
          [w.coordinator.id, null],
          [w.admin.id, w.orgs[0]?.id ?? 0],
        ] as const) {
          const r = await as(deps, userId).reports.phase({ phaseId: w.phase.id });
          const x = recompute(deps.db, w.phase.id, orgId);
          expect(r.totals.pairings).toBe(x.pairings);
          expect(r.scope.organisationId).toBe(orgId);
          expect(r.organisations.length).toBe(orgId === null ? 3 : 1);
          expect(
            r.organisations
              .filter((o) => o.pairings > 0)
              .map((o) => [String(o.organisationId), o.pairings])
              .sort(([a], [b]) => (String(a) < String(b) ? -1 : 1)),
          ).toEqual(x.byOrganisation);
          expect(r.regions.map((g) => [g.regionCode, g.pairings])).toEqual(x.regions);
          expect(r.occupations.map((g) => [g.category, g.pairings])).toEqual(x.occupations);
          expect(r.weeks.reduce((a, wk) => a + wk.pairings, 0)).toBe(x.weeksTotal);
          expect(r.byClientGroup).toEqual(x.groupPeople);
          expect(r.outcomes.completed).toBe(x.completed);
          expect(r.outcomes.endedEarly).toBe(x.endedEarly);
          expect(r.outcomes.completionRateBp).toBe(x.completionRateBp);
          expect(r.outcomes.retentionRateBp).toBe(x.retentionRateBp);
          expect(r.money.wage.committed).toBe(x.committedWage);
          expect(r.money.wage.approved).toBe(x.approvedWage);
          expect(r.money.wage.paid).toBe(x.paidWage);
          expect(r.money.accompaniment.approved).toBe(x.approvedAccompaniment);
          expect(r.money.accompaniment.paid).toBe(x.paidAccompaniment);
          // Each organisation's money is what the one budget function says.
          for (const org of r.organisations) {
            expect(org.budget).toEqual(organisationBudget(deps.db, w.phase.id, org.organisationId));
          }
          // Weeks are consecutive Mondays.
          for (const wk of r.weeks)
            expect(new Date(`${wk.weekStart}T00:00:00Z`).getUTCDay()).toBe(1);
        }
      }),
      { numRuns: 12 },
    );
  });

  it('is refused to counsellors and employers, and answers not found for an unknown phase', async () => {
    const deps = testDeps();
    const w = await generatedWorld(deps, []);
    const counsellor = await aUser(deps.db, 'counsellor');
    const employer = await aUser(deps.db, 'employer');
    await expectAppError(
      as(deps, counsellor.id).reports.phase({ phaseId: w.phase.id }),
      'auth.forbidden',
    );
    await expectAppError(
      as(deps, employer.id).reports.phase({ phaseId: w.phase.id }),
      'auth.forbidden',
    );
    await expectAppError(
      as(deps, w.coordinator.id).reports.phase({ phaseId: 9999 }),
      'phase.notFound',
    );
  });
});

describe('reports.phase without a phase id (the dashboard opening, one request with the list)', () => {
  it('is the open phase, else the latest closed, else the latest; not found when there is none', async () => {
    const deps = testDeps();
    const coordinator = await aUser(deps.db, 'coordinator');
    const coordination = as(deps, coordinator.id);
    await expectAppError(coordination.reports.phase({}), 'phase.notFound');
    const add = (number: number, status: 'draft' | 'open' | 'closed') =>
      deps.db
        .insert(phases)
        .values({
          number,
          name: `Phase ${number}`,
          startDate: '2026-10-01',
          endDate: '2027-06-30',
          status,
          createdAt: at,
          updatedAt: at,
        })
        .returning()
        .get();
    const draft12 = add(12, 'draft');
    expect((await coordination.reports.phase({})).phase.id).toBe(draft12.id);
    add(6, 'closed');
    const closed8 = add(8, 'closed');
    expect((await coordination.reports.phase({})).phase.id).toBe(closed8.id);
    const open7 = add(7, 'open');
    expect((await coordination.reports.phase({})).phase.id).toBe(open7.id);
    // A phase asked for by its id is that phase, whatever the default.
    expect((await coordination.reports.phase({ phaseId: closed8.id })).phase.id).toBe(closed8.id);
    // And the default is still refused to a counsellor.
    const counsellor = await aUser(deps.db, 'counsellor');
    await expectAppError(as(deps, counsellor.id).reports.phase({}), 'auth.forbidden');
  });
});

const spec = (over: Partial<PairingSpec>): PairingSpec => ({
  org: 0,
  region: '06',
  noc: '65100',
  groups: [],
  status: 'active',
  outcome: null,
  startDay: 3,
  committedWage: 500_000,
  entries: [],
  ...over,
});

describe('client groups: small cells', () => {
  it('shows counts of five and more, hides 1 to 4 as « < 5 » everywhere, shows zero', async () => {
    const deps = testDeps();
    // 4 people in youth (0), 5 in women... groups index: women=0, youth=1.
    const specs = [
      ...Array.from({ length: 5 }, () => spec({ groups: [0] })),
      ...Array.from({ length: 4 }, () => spec({ groups: [1], org: 1 })),
    ];
    const w = await generatedWorld(deps, specs);
    const r = await as(deps, w.coordinator.id).reports.phase({ phaseId: w.phase.id });
    const people = Object.fromEntries(r.byClientGroup.map((g) => [g.group, g.people]));
    expect(people.women).toBe(5);
    expect(people.youth).toBeNull();
    expect(people.immigrants).toBe(0);
    // The org_admin of organisation 0 sees their 5 women, and nothing of the other organisation.
    const mine = await as(deps, w.admin.id).reports.phase({ phaseId: w.phase.id });
    expect(mine.byClientGroup.find((g) => g.group === 'women')?.people).toBe(5);
    expect(mine.byClientGroup.find((g) => g.group === 'youth')?.people).toBe(0);
    // The CSV and the workbook say « < 5 », never the count.
    const app = createApp(deps);
    const { token } = signIn(deps, w.coordinator.id);
    const csv = await (
      await app.request(`/exports/phases/${w.phase.id}/clientGroups.csv?locale=fr-CA`, {
        headers: { cookie: `passerelle_session=${token}` },
      })
    ).text();
    expect(csv).toContain('Jeunes;< 5');
    expect(csv).toContain('Femmes;5');
    expect(csv).not.toMatch(/Jeunes;4/);
    const xlsx = await app.request(`/exports/phases/${w.phase.id}/report.xlsx?locale=fr-CA`, {
      headers: { cookie: `passerelle_session=${token}` },
    });
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load(await xlsx.arrayBuffer());
    const sheet = wb.getWorksheet('Groupes de clientèle');
    const values = sheet?.getSheetValues().flat() ?? [];
    expect(values).toContain('< 5');
    // No person-level data in any sheet: no private notes, no names.
    for (const ws of wb.worksheets) {
      expect(JSON.stringify(ws.getSheetValues())).not.toContain('NOTE-PRIVEE');
    }
  });
});

describe('the CSV writer', () => {
  const header = ['Nom', 'Montant', 'Note'];
  const rows = [
    ['Émilie « Côté », inc.; "la" grande', money(123_456), 'ligne 1\nligne 2'],
    ['=HYPERLINK("http://x")', -12.5, '+1'],
    ['-2', money(-500), '@SUM(A1)'],
    ['\tcaché', 0, '\rretour'],
  ] as const;

  it('writes French (Canada): BOM, semicolons, decimal comma, quoting, accents', () => {
    const out = writeCsv(header, rows, { locale: 'fr-CA' });
    expect(out.startsWith(BOM)).toBe(true);
    const lines = out.slice(1).split('\r\n');
    expect(lines[0]).toBe('Nom;Montant;Note');
    expect(lines[1]).toBe('"Émilie « Côté », inc.; ""la"" grande";1234,56;"ligne 1\nligne 2"');
    expect(out).toContain(`"'=HYPERLINK(""http://x"")";-12,5;'+1`);
    expect(out).toContain("'-2;-5,00;'@SUM(A1)");
    expect(out).toContain(`'\tcaché;0;"'\rretour"`);
  });

  it('writes English: commas, decimal point, the same neutralisation', () => {
    const out = writeCsv(header, rows, { locale: 'en-CA' });
    const lines = out.slice(1).split('\r\n');
    expect(lines[0]).toBe('Nom,Montant,Note');
    expect(lines[1]).toBe('"Émilie « Côté », inc.; ""la"" grande",1234.56,"ligne 1\nligne 2"');
    expect(out).toContain(`"'=HYPERLINK(""http://x"")",-12.5,'+1`);
    expect(out).toContain("'-2,-5.00,'@SUM(A1)");
  });

  it('never lets a text cell start with a formula character, whatever the text', () => {
    fc.assert(
      fc.property(fc.string(), fc.constantFrom('fr-CA' as const, 'en-CA' as const), (s, loc) => {
        const cell = csvCell(s, csvDialect(loc));
        const inner = cell.startsWith('"') ? cell.slice(1) : cell;
        expect(/^[=+\-@\t\r]/.test(inner)).toBe(false);
      }),
    );
  });
});

describe('exports', () => {
  let deps: TestDeps;
  let w: Awaited<ReturnType<typeof generatedWorld>>;
  let app: ReturnType<typeof createApp>;
  const get = (path: string, userId?: number) =>
    app.request(path, {
      headers: userId ? { cookie: `passerelle_session=${signIn(deps, userId).token}` } : {},
    });

  beforeEach(async () => {
    deps = testDeps();
    const specs = [
      spec({ entries: [{ fund: 'wage', amount: 123_456, paid: true, reversed: false }] }),
      spec({ org: 1, status: 'completed', outcome: 'employed', region: '03', noc: '75101' }),
      spec({
        org: 2,
        status: 'ended_early',
        outcome: 'not_employed',
        entries: [{ fund: 'accompaniment', amount: 40_000, paid: false, reversed: true }],
      }),
    ];
    w = await generatedWorld(deps, specs, '=Organisme; "test"');
    app = createApp(deps);
  });

  /** The body as written, byte-order mark included (Response.text() drops it). */
  const text = async (res: Response) =>
    new TextDecoder('utf-8', { ignoreBOM: true }).decode(await res.arrayBuffer());

  const exportAudits = () =>
    deps.db.select().from(auditEvents).where(eq(auditEvents.action, 'report.exported')).all();

  it('gives an org_admin only their organisation, the coordinator everything', async () => {
    const coord = await get(
      `/exports/phases/${w.phase.id}/pairings.csv?locale=en-CA`,
      w.coordinator.id,
    );
    expect(coord.status).toBe(200);
    expect(coord.headers.get('content-disposition')).toMatch(
      /attachment; filename="passerelle-phase-9-pairings-/,
    );
    const all = await text(coord);
    expect(all.startsWith(BOM)).toBe(true);
    expect(all.slice(1).split('\r\n')).toHaveLength(4);
    const mine = await text(
      await get(`/exports/phases/${w.phase.id}/pairings.csv?locale=en-CA`, w.admin.id),
    );
    const lines = mine.slice(1).split('\r\n');
    expect(lines).toHaveLength(2);
    const own = deps.db
      .select()
      .from(organisations)
      .where(eq(organisations.id, w.orgs[0]?.id ?? 0))
      .get();
    expect(lines[1]).toContain(`'${own?.name.replace(/"/g, '""')}`);
    for (const other of w.orgs.slice(1)) expect(mine).not.toContain(other.name.slice(1, 20));
    const audits = exportAudits();
    expect(audits).toHaveLength(2);
    expect(audits[1]).toMatchObject({
      actorUserId: w.admin.id,
      subjectType: 'phase',
      subjectId: w.phase.id,
    });
    expect(audits[1]?.details).toMatchObject({
      format: 'csv',
      table: 'pairings',
      organisationId: w.orgs[0]?.id,
    });
  });

  it('names the downloads in the reader’s language', async () => {
    const disposition = async (path: string, userId: number) =>
      (await get(path, userId)).headers.get('content-disposition') ?? '';
    const { generatedOn: on } = await as(deps, w.coordinator.id).reports.phase({
      phaseId: w.phase.id,
    });
    const base = `/exports/phases/${w.phase.id}`;
    // French readers: French words in French order, accents kept in filename*, folded in filename.
    expect(await disposition(`${base}/report.xlsx?locale=fr-CA`, w.coordinator.id)).toBe(
      `attachment; filename="passerelle-rapport-phase-9-${on}.xlsx"; filename*=UTF-8''passerelle-rapport-phase-9-${on}.xlsx`,
    );
    expect(await disposition(`${base}/outcomes.csv?locale=fr-CA`, w.coordinator.id)).toBe(
      `attachment; filename="passerelle-resultats-phase-9-${on}.csv"; filename*=UTF-8''passerelle-r%C3%A9sultats-phase-9-${on}.csv`,
    );
    const orgId = w.orgs[0]?.id ?? 0;
    expect(await disposition(`${base}/pairings.csv?locale=fr-CA`, w.admin.id)).toContain(
      `filename="passerelle-jumelages-phase-9-organisme-${orgId}-${on}.csv"`,
    );
    expect(await disposition(`${base}/clientGroups.csv?locale=fr-CA`, w.coordinator.id)).toContain(
      `filename="passerelle-groupes-de-clientele-phase-9-${on}.csv"`,
    );
    // English readers: English words in English order.
    expect(await disposition(`${base}/report.xlsx?locale=en-CA`, w.coordinator.id)).toContain(
      `filename="passerelle-phase-9-report-${on}.xlsx"`,
    );
    expect(await disposition(`${base}/pairings.csv?locale=en-CA`, w.admin.id)).toContain(
      `filename="passerelle-phase-9-org-${orgId}-pairings-${on}.csv"`,
    );
    expect(await disposition(`${base}/disbursements.csv?locale=en-CA`, w.coordinator.id)).toContain(
      `filename="passerelle-phase-9-disbursements-${on}.csv"`,
    );
  });

  it('neutralises formulas in names and writes each locale’s dialect', async () => {
    const fr = await text(
      await get(`/exports/phases/${w.phase.id}/organisations.csv?locale=fr-CA`, w.coordinator.id),
    );
    expect(fr.startsWith(BOM)).toBe(true);
    expect(fr).toContain(`"'=Organisme; ""test""`);
    expect(fr).toMatch(/;1234,56;/);
    const en = await text(
      await get(`/exports/phases/${w.phase.id}/organisations.csv?locale=en-CA`, w.coordinator.id),
    );
    expect(en).toMatch(/,1234\.56,/);
  });

  it('refuses employers, counsellors, visitors; not found for another phase id; bad table 4xx', async () => {
    const employer = await aUser(deps.db, 'employer');
    const counsellor = await aUser(deps.db, 'counsellor', { organisationId: w.orgs[0]?.id });
    expect((await get(`/exports/phases/${w.phase.id}/report.xlsx`, employer.id)).status).toBe(403);
    expect((await get(`/exports/phases/${w.phase.id}/money.csv`, counsellor.id)).status).toBe(403);
    expect((await get(`/exports/phases/${w.phase.id}/money.csv`)).status).toBe(401);
    expect((await get('/exports/phases/9999/money.csv', w.coordinator.id)).status).toBe(404);
    expect((await get(`/exports/phases/${w.phase.id}/secrets.csv`, w.coordinator.id)).status).toBe(
      400,
    );
    expect((await get('/exports/phases/abc/money.csv', w.coordinator.id)).status).toBe(400);
    expect(exportAudits()).toHaveLength(0);
  });

  it('lets an org_admin export another phase (their part of it)', async () => {
    const other = deps.db
      .insert(phases)
      .values({
        number: 8,
        name: 'Phase 8',
        startDate: '2025-01-01',
        endDate: '2025-06-30',
        status: 'closed',
        createdAt: at,
        updatedAt: at,
      })
      .returning()
      .get();
    const res = await get(`/exports/phases/${other.id}/report.xlsx`, w.admin.id);
    expect(res.status).toBe(200);
    expect(exportAudits()).toHaveLength(1);
  });

  it('writes an XLSX workbook that opens and holds the dashboard’s totals', async () => {
    const res = await get(
      `/exports/phases/${w.phase.id}/report.xlsx?locale=fr-CA`,
      w.coordinator.id,
    );
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toContain('spreadsheetml');
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load(await res.arrayBuffer());
    expect(wb.worksheets.map((s) => s.name)).toEqual([
      'Sommaire',
      'Organismes',
      'Résultats',
      'Budget',
      'Régions',
      'Professions',
      'Groupes de clientèle',
      'Semaines',
      'Jumelages',
      'Versements',
    ]);
    const report = await as(deps, w.coordinator.id).reports.phase({ phaseId: w.phase.id });
    const pairingSheet = wb.getWorksheet('Jumelages');
    expect(pairingSheet?.views[0]).toMatchObject({ state: 'frozen', ySplit: 1 });
    expect((pairingSheet?.rowCount ?? 0) - 1).toBe(report.totals.pairings);
    const startCell = pairingSheet?.getRow(2).getCell(6);
    expect(startCell?.value).toBeInstanceOf(Date);
    const budget = wb.getWorksheet('Budget');
    const wageRow = budget?.getRow(2);
    expect(wageRow?.getCell(3).value).toBe(report.money.wage.committed / 100);
    expect(wageRow?.getCell(4).value).toBe(report.money.wage.approved / 100);
    expect(wageRow?.getCell(3).numFmt).toBe('#,##0.00 $');
    const disbursements = wb.getWorksheet('Versements');
    let sum = 0;
    disbursements?.eachRow((row, i) => {
      if (i > 1) sum += Number(row.getCell(8).value);
    });
    expect(Math.round(sum * 100)).toBe(
      report.money.wage.approved + report.money.accompaniment.approved,
    );
    const en = await get(
      `/exports/phases/${w.phase.id}/report.xlsx?locale=en-CA`,
      w.coordinator.id,
    );
    const wbEn = new ExcelJS.Workbook();
    await wbEn.xlsx.load(await en.arrayBuffer());
    expect(wbEn.getWorksheet('Budget')?.getRow(2).getCell(3).numFmt).toBe('$#,##0.00');
    expect(exportAudits().map((a) => a.details)).toEqual([
      { format: 'xlsx', organisationId: null },
      { format: 'xlsx', organisationId: null },
    ]);
  });
});

describe('the employer’s glance (home.employer money)', () => {
  it('adds up their own business’s pairings, payments and money to come, nobody else’s', async () => {
    await fc.assert(
      fc.asyncProperty(fc.array(pairingSpec, { maxLength: 12 }), async (specs) => {
        const deps = testDeps();
        const w = await generatedWorld(deps, specs);
        const employer = await aUser(deps.db, 'employer', { businessId: w.business.id });
        const stranger = await aUser(deps.db, 'employer');
        const g = (await as(deps, employer.id).home.employer()).money;
        const entries = deps.db.select().from(ledgerEntries).all();
        const paidIds = new Set(
          deps.db
            .select()
            .from(payments)
            .all()
            .map((p) => p.ledgerEntryId),
        );
        const reversed = new Set(entries.map((e) => e.reversesEntryId).filter((x) => x !== null));
        const wage = entries.filter((e) => e.payeeBusinessId === w.business.id);
        expect(g.paidCents).toBe(
          wage.filter((e) => paidIds.has(e.id)).reduce((a, e) => a + e.amountCents, 0),
        );
        expect(g.toComeCents).toBe(
          wage
            .filter((e) => e.kind !== 'reversal' && !paidIds.has(e.id) && !reversed.has(e.id))
            .reduce((a, e) => a + e.amountCents, 0),
        );
        expect(g.pairings.active).toBe(specs.filter((s) => s.status === 'active').length);
        expect(g.pairings.completed).toBe(specs.filter((s) => s.status === 'completed').length);
        expect(g.pairings.total).toBe(specs.length);
        expect(g.current).toHaveLength(Math.min(5, g.pairings.active));
        expect(g.recentPayments.length).toBe(
          Math.min(3, wage.filter((e) => paidIds.has(e.id)).length),
        );
        const other = (await as(deps, stranger.id).home.employer()).money;
        expect(other).toMatchObject({ paidCents: 0, toComeCents: 0, recentPayments: [] });
        expect(other.pairings).toEqual({ active: 0, completed: 0, endedEarly: 0, total: 0 });
        expect(other.current).toEqual([]);
      }),
      { numRuns: 8 },
    );
  });
});
