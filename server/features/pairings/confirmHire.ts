// Confirming a hire (employer): in ONE immediate transaction, check the start date (within the
// open phase; in the past only within the phase's window), that the person is not in an active
// pairing, the open phase's rules (minimum hourly wage included), the
// organisation's participation and the remaining budgets for the pairing's maxima; create the
// pairing attributed to the seeker's organisation and commit the maxima; move the proposal to
// hired, expire the person's other open proposals, fill the posting when all its positions are
// hired; the accompaniment tranche due at hire becomes due; the placement agreement (version 1)
// is made for both parties to accept. Any breach writes nothing.
import { and, count, eq, inArray, ne, sql } from 'drizzle-orm';
import { earliestHireStart, hireStartBreaches, refuseFirst } from '../../../shared/dateRules';
import { addDays, quebecToday } from '../../../shared/dates';
import { appError, fieldError } from '../../../shared/errors';
import {
  checkHireTerms,
  hireBreachParams,
  maxWageSubsidyCents,
  trancheAmounts,
} from '../../../shared/money/calculator';
import type { ConfirmHireInput } from '../../../shared/pairings/schemas';
import { findPostingTransition } from '../../../shared/postings/postingMachine';
import type { Db, DbOrTx } from '../../db/client';
import { prepared } from '../../db/prepared';
import {
  pairings,
  phaseOrganisations,
  phases,
  postings,
  proposals,
  tranches,
} from '../../db/schema';
import type { Actor, Deps, RequestInfo } from '../../deps';
import { appendVersion } from '../agreements/agreementVersions';
import { notifyAgreementToSign } from '../agreements/notifyAgreement';
import { recordAudit } from '../audit/recordAudit';
import { actorBusiness } from '../guards';
import { committedForHire } from '../money/budgets';
import { notifyHireConfirmed } from '../notifications/emitters';
import { applyProposalTransition } from '../proposals/proposalTransition';
import { hasActivePairing } from './activePairing';

const ruleField = {
  minHourlyWage: 'hourlyWageCents',
  minHoursPerWeek: 'hoursPerWeek',
  minWeeks: 'plannedWeeks',
  maxWeeks: 'plannedWeeks',
} as const;

// The hire's reads, prepared once per database (they run inside its transaction).
const param = sql.placeholder;
const statements = (db: Db) =>
  prepared(db, 'pairings.confirmHire', () => ({
    proposal: db
      .select({
        id: proposals.id,
        status: proposals.status,
        answeredAt: proposals.answeredAt,
        postingId: proposals.postingId,
        jobSeekerId: proposals.jobSeekerId,
        organisationId: proposals.organisationId,
        proposedBy: proposals.proposedBy,
      })
      .from(proposals)
      .innerJoin(postings, eq(postings.id, proposals.postingId))
      .where(
        and(eq(proposals.id, param('proposalId')), eq(postings.businessId, param('businessId'))),
      )
      .prepare(),
    openPhase: db.select().from(phases).where(eq(phases.status, 'open')).prepare(),
    participation: db
      .select({
        wageAllocationCents: phaseOrganisations.wageAllocationCents,
        accompanimentAllocationCents: phaseOrganisations.accompanimentAllocationCents,
      })
      .from(phaseOrganisations)
      .where(
        and(
          eq(phaseOrganisations.phaseId, param('phaseId')),
          eq(phaseOrganisations.organisationId, param('organisationId')),
        ),
      )
      .prepare(),
    otherOpenProposals: db
      .select({ id: proposals.id, status: proposals.status, answeredAt: proposals.answeredAt })
      .from(proposals)
      .where(
        and(
          eq(proposals.jobSeekerId, param('jobSeekerId')),
          ne(proposals.id, param('proposalId')),
          inArray(proposals.status, ['proposed', 'interview']),
        ),
      )
      .prepare(),
    posting: db
      .select({ status: postings.status, positions: postings.positions })
      .from(postings)
      .where(eq(postings.id, param('postingId')))
      .prepare(),
    insertPairing: db
      .insert(pairings)
      .values({
        phaseId: param('phaseId'),
        organisationId: param('organisationId'),
        businessId: param('businessId'),
        proposalId: param('proposalId'),
        jobSeekerId: param('jobSeekerId'),
        postingId: param('postingId'),
        startDate: param('startDate'),
        plannedEndDate: param('plannedEndDate'),
        hourlyWageCents: param('hourlyWageCents'),
        hoursPerWeek: param('hoursPerWeek'),
        plannedWeeks: param('plannedWeeks'),
        maxWageSubsidyCents: param('maxWageSubsidyCents'),
        accompanimentCents: param('accompanimentCents'),
        committedWageCents: param('committedWageCents'),
        committedAccompanimentCents: param('committedAccompanimentCents'),
        counsellorId: param('counsellorId'),
        createdBy: param('createdBy'),
        createdAt: param('createdAt'),
        updatedAt: param('updatedAt'),
      })
      .returning({ id: pairings.id })
      .prepare(),
    insertHireTranche: db
      .insert(tranches)
      .values({
        pairingId: param('pairingId'),
        milestone: 'hire',
        amountCents: param('amountCents'),
        dueOn: param('dueOn'),
      })
      .prepare(),
    hiredCount: db
      .select({ n: count() })
      .from(proposals)
      .where(and(eq(proposals.postingId, param('postingId')), eq(proposals.status, 'hired')))
      .prepare(),
  }));

function openPhase(db: Db) {
  const phase = statements(db).openPhase.get();
  if (!phase?.rules) throw appError('phase.noneOpen');
  return { ...phase, rules: phase.rules };
}

function assertFits(needed: number, remaining: number | null, fund: string, scope: string) {
  if (remaining !== null && needed > remaining) {
    throw appError('budget.exceeded', {
      fund,
      scope,
      remainingCents: remaining,
      neededCents: needed,
    });
  }
}

/** What a hire would commit, for the employer's preview (same computation as the hire). */
export function previewHire(deps: Deps, actor: Actor, input: ConfirmHireInput) {
  actorBusiness(actor);
  const phase = openPhase(deps.db);
  const terms = {
    hourlyWageCents: input.hourlyWageCents,
    hoursPerWeek: input.hoursPerWeek,
    weeks: input.plannedWeeks,
  };
  const today = quebecToday(deps.clock.now());
  return {
    phase: { id: phase.id, number: phase.number, name: phase.name },
    rules: phase.rules,
    maxWageSubsidyCents: maxWageSubsidyCents(phase.rules, terms),
    accompanimentCents: phase.rules.accompanimentAmountCents,
    breaches: checkHireTerms(phase.rules, terms),
    /** The start date's refusals (outside the phase, too far in the past), and its bounds. */
    startDateBreaches: hireStartBreaches(input.startDate, phase, phase.rules, today),
    earliestStartDate: earliestHireStart(phase, phase.rules, today),
  };
}

export function confirmHire(deps: Deps, actor: Actor, input: ConfirmHireInput, req: RequestInfo) {
  const businessId = actorBusiness(actor);
  const now = deps.clock.now();
  const at = now.toISOString();
  const q = statements(deps.db);
  return deps.db.transaction(
    (tx) => {
      const proposal = q.proposal.get({ proposalId: input.proposalId, businessId });
      if (!proposal) throw appError('proposal.notFound');
      const phase = openPhase(deps.db);
      // Within the phase; in the past only within the phase's window (a hire recorded late).
      refuseFirst(hireStartBreaches(input.startDate, phase, phase.rules, quebecToday(now)));
      const terms = {
        hourlyWageCents: input.hourlyWageCents,
        hoursPerWeek: input.hoursPerWeek,
        weeks: input.plannedWeeks,
      };
      const [breach] = checkHireTerms(phase.rules, terms);
      if (breach) {
        throw fieldError(
          ruleField[breach.rule],
          `pairing.rule.${breach.rule}`,
          hireBreachParams(breach),
        );
      }
      const participation = q.participation.get({
        phaseId: phase.id,
        organisationId: proposal.organisationId,
      });
      if (!participation) throw appError('pairing.organisationNotInPhase', { phase: phase.number });

      const wage = maxWageSubsidyCents(phase.rules, terms);
      const accompaniment = phase.rules.accompanimentAmountCents;
      // Remaining = envelope − committed (the ledger is not needed for this check), from the
      // budget aggregates, read inside this immediate transaction.
      const { phase: overall, organisation: mine } = committedForHire(
        deps.db,
        phase.id,
        proposal.organisationId,
      );
      assertFits(wage, phase.wageEnvelopeCents - overall.wage, 'wage', 'phase');
      assertFits(
        accompaniment,
        phase.accompanimentEnvelopeCents - overall.accompaniment,
        'accompaniment',
        'phase',
      );
      const remainingFor = (allocation: number | null, used: number) =>
        allocation === null ? null : allocation - used;
      assertFits(
        wage,
        remainingFor(participation.wageAllocationCents, mine.wage),
        'wage',
        'organisation',
      );
      assertFits(
        accompaniment,
        remainingFor(participation.accompanimentAllocationCents, mine.accompaniment),
        'accompaniment',
        'organisation',
      );

      // The proposal's own transition checks the state machine (proposed | interview → hired).
      applyProposalTransition(deps.db, {
        proposal,
        action: 'hire',
        by: 'employer',
        actorUserId: actor.userId,
        now,
      });
      // A person is in one active pairing at a time (shared/pairings/activePairing.ts).
      if (hasActivePairing(deps.db, proposal.jobSeekerId)) throw appError('proposal.alreadyHired');
      const plannedEndDate = addDays(input.startDate, input.plannedWeeks * 7 - 1);
      const created = q.insertPairing.get({
        phaseId: phase.id,
        organisationId: proposal.organisationId,
        businessId,
        proposalId: proposal.id,
        jobSeekerId: proposal.jobSeekerId,
        postingId: proposal.postingId,
        startDate: input.startDate,
        plannedEndDate,
        hourlyWageCents: input.hourlyWageCents,
        hoursPerWeek: input.hoursPerWeek,
        plannedWeeks: input.plannedWeeks,
        maxWageSubsidyCents: wage,
        accompanimentCents: accompaniment,
        committedWageCents: wage,
        committedAccompanimentCents: accompaniment,
        counsellorId: proposal.proposedBy,
        createdBy: actor.userId,
        createdAt: at,
        updatedAt: at,
      });
      if (!created) throw new Error('pairing insert returned no row');
      const pairingId = created.id;
      // The placement agreement (version 1): the terms at hire, for both parties to accept.
      appendVersion(deps.db, {
        pairingId,
        kind: 'hire',
        effectiveFrom: input.startDate,
        hourlyWageCents: input.hourlyWageCents,
        hoursPerWeek: input.hoursPerWeek,
        plannedWeeks: input.plannedWeeks,
        plannedEndDate,
        counsellorId: proposal.proposedBy,
        maxWageSubsidyCents: wage,
        createdBy: actor.userId,
        at: now,
      });

      // The person's other open proposals end: they are hired.
      const others = q.otherOpenProposals.all({
        jobSeekerId: proposal.jobSeekerId,
        proposalId: proposal.id,
      });
      for (const other of others) {
        applyProposalTransition(deps.db, {
          proposal: other,
          action: 'expire',
          by: 'system',
          actorUserId: null,
          now,
          reason: 'hired_elsewhere',
        });
      }
      fillPostingWhenComplete(deps.db, tx, proposal.postingId, now);

      const hireTranche = trancheAmounts(phase.rules).find((t) => t.milestone === 'hire');
      if (hireTranche && hireTranche.amountCents > 0) {
        q.insertHireTranche.run({
          pairingId,
          amountCents: hireTranche.amountCents,
          dueOn: input.startDate,
        });
      }
      notifyHireConfirmed(deps, tx, pairingId, now);
      notifyAgreementToSign(deps, tx, {
        pairingId,
        version: 1,
        parties: ['employer', 'organisation'],
        now,
      });
      recordAudit(deps.db, {
        at: now,
        actorUserId: actor.userId,
        action: 'pairing.created',
        subjectType: 'pairing',
        subjectId: pairingId,
        ip: req.ip,
        details: {
          proposalId: proposal.id,
          phaseId: phase.id,
          wageCents: wage,
          accompanimentCents: accompaniment,
        },
      });
      return { pairingId, maxWageSubsidyCents: wage, accompanimentCents: accompaniment };
    },
    // Take the write lock first, so two hires can never both read the same remaining budget.
    { behavior: 'immediate' },
  );
}

function fillPostingWhenComplete(db: Db, tx: DbOrTx, postingId: number, now: Date) {
  const q = statements(db);
  const posting = q.posting.get({ postingId });
  if (!posting) return;
  const hired = q.hiredCount.get({ postingId });
  if ((hired?.n ?? 0) < posting.positions) return;
  const fill = findPostingTransition(posting.status, 'fill', 'system');
  if (!fill) return;
  tx.update(postings)
    .set({ status: fill.to, closedAt: now.toISOString(), updatedAt: now.toISOString() })
    .where(eq(postings.id, postingId))
    .run();
  // A filled posting's remaining proposals expire, as when it is marked filled by hand.
  const waiting = tx
    .select({ id: proposals.id, status: proposals.status, answeredAt: proposals.answeredAt })
    .from(proposals)
    .where(
      and(eq(proposals.postingId, postingId), inArray(proposals.status, ['proposed', 'interview'])),
    )
    .all();
  for (const p of waiting) {
    applyProposalTransition(db, {
      proposal: p,
      action: 'expire',
      by: 'system',
      actorUserId: null,
      now,
      reason: 'posting_filled',
    });
  }
}
