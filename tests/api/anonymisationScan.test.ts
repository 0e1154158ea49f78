// Anonymisation erases a person's personal text everywhere it was copied. Generic on purpose:
// a marker is written, through the real use cases, into every free-text field a person's file
// and its proposals, follow-ups and pairings (with their claims, tranches and ledger entries)
// can hold; after anonymisation EVERY column of EVERY table is scanned for it. The tables and
// columns are found from the database itself (sqlite_master, pragma table_info), so a table
// added later cannot escape the check.
import { eq } from 'drizzle-orm';
import { beforeEach, describe, expect, it } from 'vitest';
import { claims, jobSeekers, ledgerEntries } from '../../server/db/schema';
import { runHousekeeping } from '../../server/jobs/housekeeping';
import { acceptBoth } from '../helpers/agreements';
import { jobSeekerFields, phaseFields, postingFields } from '../helpers/builders';
import { findEverywhere, tableNames } from '../helpers/dbScan';
import { expectAppError } from '../helpers/expectError';
import { type TestDeps, testDeps } from '../helpers/testDeps';
import { aWorld } from '../helpers/world';

/** Letters only, so it fits names, cities and email addresses too. */
const M = 'Zqxmarkerq';
const PHONE = '819 555-0147';
const BIRTH = '1961-07-23';
const EMAIL = `${M.toLowerCase()}@exemple.ca`;

let deps: TestDeps;
let w: Awaited<ReturnType<typeof aWorld>>;

beforeEach(async () => {
  deps = testDeps();
  w = await aWorld(deps);
  const { id } = await w.coord.phases.create(
    phaseFields({
      organisations: [
        { organisationId: w.users.counsellor1.organisationId ?? 0, pairingTarget: 5 },
      ],
    }),
  );
  await w.coord.phases.transition({ phaseId: id, action: 'open' });
});

/** A person's whole file, with the marker in every free-text field it can hold. */
async function aMarkedPersonsPath() {
  const fields = jobSeekerFields({
    firstName: `Amina${M}`,
    lastName: `Diallo${M}`,
    birthDate: BIRTH,
    email: EMAIL,
    phone: PHONE,
    city: `Ville${M}`,
    skills: [`soudure ${M}`, 'manutention'],
    presentation: `Présentation ${M}`,
    privateNotes: `Notes privées ${M}`,
  });
  const { id: jobSeekerId } = await w.c1.jobSeekers.create(fields);
  // A correction of the file (rectification).
  const { consents: _consents, confirmDuplicate: _confirm, ...profile } = fields;
  await w.c1.jobSeekers.update({
    ...profile,
    jobSeekerId,
    presentation: `Présentation corrigée ${M}`,
  });
  // Proposals: one declined by the employer with a comment, one withdrawn, one hired.
  const propose = async () => {
    const posting = await w.e1.postings.create({ ...postingFields(), publish: true });
    return w.c1.proposals.create({
      postingId: posting.id,
      jobSeekerId,
      message: `Message pour l’employeur ${M}`,
    });
  };
  const declined = await propose();
  await w.e1.proposals.decline({
    proposalId: declined.id,
    reason: 'other',
    comment: `Refus ${M}`,
  });
  const withdrawn = await propose();
  await w.c1.proposals.withdraw({ proposalId: withdrawn.id });
  const hired = await propose();
  await w.e1.proposals.inviteToInterview({ proposalId: hired.id });
  const { pairingId } = await w.e1.pairings.confirmHire({
    proposalId: hired.id,
    startDate: '2026-11-23',
    hourlyWageCents: 2000,
    hoursPerWeek: 35,
    plannedWeeks: 12,
  });
  await acceptBoth(w.e1, w.c1, pairingId);
  await w.c1.pairings.logFollowUp({
    pairingId,
    on: '2026-11-23',
    withWhom: 'person',
    kind: 'call',
    notes: `Suivi ${M}`,
    nextOn: null,
  });
  // Money about the pairing: a rejected claim, an approved claim reversed, a rejected tranche
  // (claimed once both weekly pay periods have ended).
  deps.clock.setToday('2026-12-07');
  const claim = (periodStart: string, periodEnd: string) =>
    w.e1.money.submitClaim({
      pairingId,
      periodStart,
      periodEnd,
      hoursWorked: 35,
      grossWagesCents: 70_000,
    });
  const rejected = await claim('2026-11-23', '2026-11-29');
  await w.coord.money.reviewClaim({
    id: rejected.id,
    action: 'reject',
    reason: 'other',
    comment: `Réclamation refusée ${M}`,
  });
  const approved = await claim('2026-11-30', '2026-12-06');
  const { ledgerEntryId } = await w.coord.money.reviewClaim({ id: approved.id, action: 'approve' });
  await w.coord.money.reverse({ ledgerEntryId: ledgerEntryId ?? 0, note: `Contrepassation ${M}` });
  const [tranche] = (await w.coord.money.tranchesToReview({})).items;
  await w.coord.money.reviewTranche({
    id: tranche?.id ?? 0,
    action: 'reject',
    reason: 'other',
    comment: `Tranche refusée ${M}`,
  });
  // The paperwork's free text: an amendment's reason (the agreement names the person too).
  await w.c1.pairings.amend({
    kind: 'weeks',
    pairingId,
    plannedWeeks: 13,
    comment: `Avenant ${M}`,
  });
  await acceptBoth(w.e1, w.c1, pairingId);
  deps.clock.set('2026-12-08T15:00:00.000Z');
  await w.c1.pairings.endEarly({
    pairingId,
    endDate: '2026-12-08',
    reason: 'other',
    comment: `Fin anticipée ${M}`,
  });
  await w.c1.jobSeekers.exportData({ jobSeekerId });
  return jobSeekerId;
}

/** Someone else's declined proposal and reversed entry, with comments of their own. */
async function anotherPersonsReversal() {
  const posting = await w.e1.postings.create({
    ...postingFields({ startDate: '2026-12-14' }),
    publish: true,
  });
  const { id: jobSeekerId } = await w.c1.jobSeekers.create(jobSeekerFields());
  const proposal = await w.c1.proposals.create({
    postingId: posting.id,
    jobSeekerId,
    message: 'x',
  });
  await w.e1.proposals.decline({ proposalId: proposal.id, reason: 'other', comment: 'Autre' });
  const hired = await w.c1.proposals.create({
    postingId: (
      await w.e1.postings.create({ ...postingFields({ startDate: '2026-12-14' }), publish: true })
    ).id,
    jobSeekerId,
    message: '',
  });
  const { pairingId } = await w.e1.pairings.confirmHire({
    proposalId: hired.id,
    startDate: '2026-12-14',
    hourlyWageCents: 2000,
    hoursPerWeek: 35,
    plannedWeeks: 12,
  });
  deps.clock.setToday('2026-12-14'); // the hire tranche is due from the start date
  const [tranche] = (await w.coord.money.tranchesToReview({})).items.filter(
    (t) => t.pairingId === pairingId,
  );
  const { ledgerEntryId } = await w.coord.money.reviewTranche({
    id: tranche?.id ?? 0,
    action: 'approve',
  });
  const { id: reversalId } = await w.coord.money.reverse({
    ledgerEntryId: ledgerEntryId ?? 0,
    note: 'Erreur de saisie',
  });
  return { proposalId: proposal.id, reversalId };
}

function traces() {
  return {
    marker: findEverywhere(deps.db, M),
    phone: findEverywhere(deps.db, PHONE),
    birthDate: findEverywhere(deps.db, BIRTH),
    email: findEverywhere(deps.db, EMAIL),
  };
}

describe('anonymisation leaves no personal text anywhere', { timeout: 60_000 }, () => {
  it('at the person’s request: the marker is found in many tables before, in none after', async () => {
    const jobSeekerId = await aMarkedPersonsPath();
    const before = traces();
    // The test really planted it: the file, its proposals and their history, the follow-ups,
    // the pairing, the claims, the tranche and the ledger, the agreement and its amendment.
    for (const place of [
      'job_seekers.first_name',
      'job_seekers.last_name',
      'job_seekers.city',
      'job_seekers.skills',
      'job_seekers.presentation',
      'job_seekers.private_notes',
      'proposals.message',
      'proposals.decline_comment',
      'proposal_events.comment',
      'follow_ups.notes',
      'pairings.end_comment',
      'claims.reject_comment',
      'tranches.reject_comment',
      'ledger_entries.note',
      'agreement_versions.snapshot',
      'agreement_versions.comment',
    ]) {
      expect(before.marker).toContain(place);
    }
    expect(before.phone).toContain('job_seekers.phone');
    expect(before.birthDate).toContain('job_seekers.birth_date');
    expect(before.email).toContain('job_seekers.email');

    await w.c1.jobSeekers.anonymise({ jobSeekerId });
    expect(traces()).toEqual({ marker: [], phone: [], birthDate: [], email: [] });
    // Scanned: every table of the schema (a new one would be scanned too).
    expect(tableNames(deps.db).length).toBeGreaterThan(20);
  });

  it('by the retention job: the same', async () => {
    const jobSeekerId = await aMarkedPersonsPath();
    await w.c1.jobSeekers.close({ jobSeekerId });
    deps.clock.set('2034-06-01T12:00:00.000Z');
    runHousekeeping(deps);
    const row = deps.db.select().from(jobSeekers).where(eq(jobSeekers.id, jobSeekerId)).get();
    expect(row?.anonymisedAt).toBeTruthy();
    expect(traces()).toEqual({ marker: [], phone: [], birthDate: [], email: [] });
  });

  it('after anonymisation, nothing new about the person keeps free text: no follow-up, no comment or note', async () => {
    const jobSeekerId = await aMarkedPersonsPath();
    await w.c1.jobSeekers.anonymise({ jobSeekerId });
    const [pairing] = await w.coord.pairings.list({}).then((r) => r.items);
    const pairingId = pairing?.id ?? 0;
    await expectAppError(
      w.c1.pairings.logFollowUp({
        pairingId,
        on: '2026-12-08',
        withWhom: 'person',
        kind: 'call',
        notes: `Nouvelles de ${M}`,
        nextOn: null,
      }),
      'followUp.personAnonymised',
    );
    // Money goes on (the pairing's claims are still owed); the coded reason says why, the
    // comment and the note are not kept.
    const claim = (periodStart: string, periodEnd: string) =>
      w.e1.money.submitClaim({
        pairingId,
        periodStart,
        periodEnd,
        hoursWorked: 35,
        grossWagesCents: 70_000,
      });
    const refused = await claim('2026-11-23', '2026-11-29');
    await w.coord.money.reviewClaim({
      id: refused.id,
      action: 'reject',
      reason: 'other',
      comment: `Encore refusée, ${M}`,
    });
    const again = await claim('2026-11-30', '2026-12-06');
    const { ledgerEntryId } = await w.coord.money.reviewClaim({ id: again.id, action: 'approve' });
    const reversal = await w.coord.money.reverse({
      ledgerEntryId: ledgerEntryId ?? 0,
      note: `Trop-payé à ${M}`,
    });
    expect(traces()).toEqual({ marker: [], phone: [], birthDate: [], email: [] });
    const rows = deps.db.select().from(claims).where(eq(claims.id, refused.id)).get();
    expect(rows).toMatchObject({ status: 'rejected', rejectReason: 'other', rejectComment: null });
    expect(
      deps.db.select().from(ledgerEntries).where(eq(ledgerEntries.id, reversal.id)).get()?.note,
    ).toBe('');
  });

  it('outside anonymisation, the append-only history still refuses every change', async () => {
    const jobSeekerId = await aMarkedPersonsPath();
    const raw = deps.db.$client;
    // Another person's rows stay as they are, even once this person is anonymised.
    const other = await anotherPersonsReversal();
    await w.c1.jobSeekers.anonymise({ jobSeekerId });
    expect(() =>
      raw
        .prepare('UPDATE proposal_events SET comment = NULL WHERE proposal_id = ?')
        .run(other.proposalId),
    ).toThrow(/append-only/);
    expect(() =>
      raw.prepare("UPDATE ledger_entries SET note = '' WHERE id = ?").run(other.reversalId),
    ).toThrow(/append-only/);
    // For the anonymised person, only the erasure itself: no other column, no other value.
    const mine = raw
      .prepare(
        'SELECT e.id FROM proposal_events e JOIN proposals p ON p.id = e.proposal_id WHERE p.job_seeker_id = ? LIMIT 1',
      )
      .get(jobSeekerId) as { id: number };
    expect(() =>
      raw.prepare("UPDATE proposal_events SET to_status = 'hired' WHERE id = ?").run(mine.id),
    ).toThrow(/append-only/);
    expect(() =>
      raw.prepare("UPDATE proposal_events SET comment = 'x' WHERE id = ?").run(mine.id),
    ).toThrow(/append-only/);
    expect(() =>
      raw
        .prepare(
          'UPDATE ledger_entries SET amount_cents = amount_cents + 1 WHERE pairing_id IN (SELECT id FROM pairings WHERE job_seeker_id = ?)',
        )
        .run(jobSeekerId),
    ).toThrow(/append-only/);
    expect(() => raw.prepare('UPDATE proposal_events SET comment = NULL').run()).toThrow(
      /append-only/,
    );
    expect(() => raw.prepare("UPDATE ledger_entries SET note = ''").run()).toThrow(/append-only/);
    expect(() => raw.prepare("UPDATE audit_events SET details = '{}'").run()).toThrow(
      /append-only/,
    );
    expect(() => raw.prepare('DELETE FROM proposal_events').run()).toThrow(/append-only/);
  });
});
