// Transfers of a job seeker's file between member organisations. The holding organisation asks
// (reason, message); the receiving one reads the request (logged), accepts or declines. On
// acceptance, in one transaction: the file and its consents move; the active pairing's
// follow-up moves (pairings.accompanying_organisation_id), while the pairing, its proposals and
// its money stay attributed to the organisation that did the work, so past reports do not
// change; proposals still waiting are withdrawn (the new organisation proposes again if it
// wishes); private notes and client groups move only with the person's 'transfer_notes'
// consent, otherwise they are erased (the former organisation no longer sees the file either).
// Every step writes the audit history and the file's access log.
import { and, desc, eq, inArray, or } from 'drizzle-orm';
import type { z } from 'zod';
import { appError, fieldError } from '../../../shared/errors';
import type {
  declineTransferInput,
  listTransfersInput,
  requestTransferInput,
} from '../../../shared/transfers/schemas';
import type { DbOrTx } from '../../db/client';
import {
  fileAccessLog,
  jobSeekers,
  organisations,
  pairings,
  proposals,
  transferRequests,
  users,
} from '../../db/schema';
import type { Actor, Deps, RequestInfo } from '../../deps';
import { recordAudit } from '../audit/recordAudit';
import { actorOrganisation, ownJobSeeker } from '../guards';
import { activeConsents } from '../jobSeekers/consents';
import { applyProposalTransition } from '../proposals/proposalTransition';

type AccessAction =
  | 'transfer_requested'
  | 'transfer_viewed'
  | 'transfer_accepted'
  | 'transfer_declined';

function logAccess(
  tx: DbOrTx,
  jobSeekerId: number,
  userId: number,
  now: Date,
  action: AccessAction,
) {
  tx.insert(fileAccessLog).values({ jobSeekerId, userId, at: now.toISOString(), action }).run();
}

export function requestTransfer(
  deps: Deps,
  actor: Actor,
  input: z.infer<typeof requestTransferInput>,
  req: RequestInfo,
) {
  const organisationId = actorOrganisation(actor);
  const now = deps.clock.now();
  if (input.toOrganisationId === organisationId) {
    throw fieldError('toOrganisationId', 'transfer.sameOrganisation');
  }
  return deps.db.transaction((tx) => {
    const seeker = ownJobSeeker(tx, actor, input.jobSeekerId);
    if (seeker.anonymisedAt) throw appError('jobSeeker.anonymised');
    if (seeker.status === 'closed') throw appError('jobSeeker.closed');
    const to = tx
      .select({ id: organisations.id })
      .from(organisations)
      .where(eq(organisations.id, input.toOrganisationId))
      .get();
    if (!to) throw fieldError('toOrganisationId', 'organisation.notFound');
    const pending = tx
      .select({ id: transferRequests.id })
      .from(transferRequests)
      .where(
        and(eq(transferRequests.jobSeekerId, seeker.id), eq(transferRequests.status, 'pending')),
      )
      .get();
    if (pending) throw appError('transfer.alreadyPending');
    const id = tx
      .insert(transferRequests)
      .values({
        jobSeekerId: seeker.id,
        fromOrganisationId: organisationId,
        toOrganisationId: to.id,
        reason: input.reason,
        message: input.message,
        requestedBy: actor.userId,
        createdAt: now.toISOString(),
      })
      .returning({ id: transferRequests.id })
      .get().id;
    logAccess(tx, seeker.id, actor.userId, now, 'transfer_requested');
    recordAudit(tx, {
      at: now,
      actorUserId: actor.userId,
      action: 'transfer.requested',
      subjectType: 'job_seeker',
      subjectId: seeker.id,
      ip: req.ip,
      details: {
        transferId: id,
        fromOrganisationId: organisationId,
        toOrganisationId: to.id,
        reason: input.reason,
      },
    });
    return { id };
  });
}

/** A transfer the actor's organisation sends or receives; others get "not found". */
function visibleTransfer(tx: DbOrTx, actor: Actor, transferId: number) {
  const organisationId = actorOrganisation(actor);
  const row = tx
    .select()
    .from(transferRequests)
    .where(
      and(
        eq(transferRequests.id, transferId),
        or(
          eq(transferRequests.fromOrganisationId, organisationId),
          eq(transferRequests.toOrganisationId, organisationId),
        ),
      ),
    )
    .get();
  if (!row) throw appError('transfer.notFound');
  return { row, incoming: row.toOrganisationId === organisationId };
}

export function listTransfers(deps: Deps, actor: Actor, input: z.infer<typeof listTransfersInput>) {
  const organisationId = actorOrganisation(actor);
  const mine =
    input.direction === 'incoming'
      ? eq(transferRequests.toOrganisationId, organisationId)
      : eq(transferRequests.fromOrganisationId, organisationId);
  return deps.db
    .select({
      id: transferRequests.id,
      status: transferRequests.status,
      reason: transferRequests.reason,
      createdAt: transferRequests.createdAt,
      decidedAt: transferRequests.decidedAt,
      jobSeekerId: transferRequests.jobSeekerId,
      // The name only, so the receiving organisation knows whom it is about; the rest of the
      // request is read one at a time (and logged).
      firstName: jobSeekers.firstName,
      lastName: jobSeekers.lastName,
      fromOrganisationId: transferRequests.fromOrganisationId,
      toOrganisationId: transferRequests.toOrganisationId,
    })
    .from(transferRequests)
    .innerJoin(jobSeekers, eq(jobSeekers.id, transferRequests.jobSeekerId))
    .where(and(mine, input.status ? eq(transferRequests.status, input.status) : undefined))
    .orderBy(desc(transferRequests.id))
    .limit(200)
    .all();
}

/** One request with what the receiving organisation needs to decide; reading it is logged. */
export function getTransfer(deps: Deps, actor: Actor, transferId: number) {
  const now = deps.clock.now();
  return deps.db.transaction((tx) => {
    const { row, incoming } = visibleTransfer(tx, actor, transferId);
    const seeker = tx
      .select({
        firstName: jobSeekers.firstName,
        lastName: jobSeekers.lastName,
        regionCode: jobSeekers.regionCode,
        city: jobSeekers.city,
        targetNocCodes: jobSeekers.targetNocCodes,
        hoursPerWeek: jobSeekers.hoursPerWeek,
        availableFrom: jobSeekers.availableFrom,
      })
      .from(jobSeekers)
      .where(eq(jobSeekers.id, row.jobSeekerId))
      .get();
    if (!seeker) throw appError('transfer.notFound');
    logAccess(tx, row.jobSeekerId, actor.userId, now, 'transfer_viewed');
    const names = tx
      .select({ id: organisations.id, name: organisations.name })
      .from(organisations)
      .where(inArray(organisations.id, [row.fromOrganisationId, row.toOrganisationId]))
      .all();
    const requester = tx
      .select({ name: users.name })
      .from(users)
      .where(eq(users.id, row.requestedBy))
      .get();
    const activePairing = tx
      .select({ id: pairings.id })
      .from(pairings)
      .where(and(eq(pairings.jobSeekerId, row.jobSeekerId), eq(pairings.status, 'active')))
      .get();
    const consents = activeConsents(tx, row.jobSeekerId);
    return {
      id: row.id,
      status: row.status,
      reason: row.reason,
      message: row.message,
      declineComment: row.declineComment,
      notesMoved: row.notesMoved,
      createdAt: row.createdAt,
      decidedAt: row.decidedAt,
      incoming,
      fromOrganisationName: names.find((o) => o.id === row.fromOrganisationId)?.name ?? '',
      toOrganisationName: names.find((o) => o.id === row.toOrganisationId)?.name ?? '',
      requestedByName: requester?.name ?? '',
      person: seeker,
      hasActivePairing: Boolean(activePairing),
      /** Whether the private notes and client groups will follow the file. */
      notesWillMove: consents.has('transfer_notes'),
    };
  });
}

function pendingIncoming(tx: DbOrTx, actor: Actor, transferId: number) {
  const { row, incoming } = visibleTransfer(tx, actor, transferId);
  if (!incoming) throw appError('transfer.notFound');
  if (row.status !== 'pending') throw appError('transfer.notPending');
  return row;
}

export function acceptTransfer(deps: Deps, actor: Actor, transferId: number, req: RequestInfo) {
  const organisationId = actorOrganisation(actor);
  const now = deps.clock.now();
  const at = now.toISOString();
  return deps.db.transaction((tx) => {
    const row = pendingIncoming(tx, actor, transferId);
    const decided = tx
      .update(transferRequests)
      .set({ status: 'accepted', decidedBy: actor.userId, decidedAt: at })
      .where(and(eq(transferRequests.id, row.id), eq(transferRequests.status, 'pending')))
      .run().changes;
    if (decided !== 1) throw appError('transfer.notPending');
    const notesMove = activeConsents(tx, row.jobSeekerId).has('transfer_notes');
    tx.update(jobSeekers)
      .set({
        organisationId,
        updatedAt: at,
        ...(notesMove ? {} : { privateNotes: '', clientGroups: [] }),
      })
      .where(
        and(
          eq(jobSeekers.id, row.jobSeekerId),
          eq(jobSeekers.organisationId, row.fromOrganisationId),
        ),
      )
      .run();
    tx.update(transferRequests)
      .set({ notesMoved: notesMove })
      .where(eq(transferRequests.id, row.id))
      .run();
    // The follow-up of the placement in progress moves; the pairing stays attributed.
    const moved = tx
      .update(pairings)
      .set({ accompanyingOrganisationId: organisationId, updatedAt: at })
      .where(and(eq(pairings.jobSeekerId, row.jobSeekerId), eq(pairings.status, 'active')))
      .returning({ id: pairings.id })
      .all();
    const waiting = tx
      .select({ id: proposals.id, status: proposals.status, answeredAt: proposals.answeredAt })
      .from(proposals)
      .where(
        and(
          eq(proposals.jobSeekerId, row.jobSeekerId),
          inArray(proposals.status, ['proposed', 'interview']),
        ),
      )
      .all();
    for (const proposal of waiting) {
      applyProposalTransition(tx, {
        proposal,
        action: 'withdraw',
        by: 'counsellor',
        actorUserId: actor.userId,
        now,
        reason: 'file_transferred',
      });
    }
    logAccess(tx, row.jobSeekerId, actor.userId, now, 'transfer_accepted');
    recordAudit(tx, {
      at: now,
      actorUserId: actor.userId,
      action: 'transfer.accepted',
      subjectType: 'job_seeker',
      subjectId: row.jobSeekerId,
      ip: req.ip,
      details: {
        transferId: row.id,
        fromOrganisationId: row.fromOrganisationId,
        toOrganisationId: organisationId,
        notesMoved: notesMove,
        pairingsAccompanied: moved.map((p) => p.id),
        proposalsWithdrawn: waiting.map((p) => p.id),
      },
    });
    return { jobSeekerId: row.jobSeekerId, notesMoved: notesMove };
  });
}

export function declineTransfer(
  deps: Deps,
  actor: Actor,
  input: z.infer<typeof declineTransferInput>,
  req: RequestInfo,
) {
  const now = deps.clock.now();
  deps.db.transaction((tx) => {
    const row = pendingIncoming(tx, actor, input.transferId);
    tx.update(transferRequests)
      .set({
        status: 'declined',
        decidedBy: actor.userId,
        decidedAt: now.toISOString(),
        declineComment: input.comment,
      })
      .where(eq(transferRequests.id, row.id))
      .run();
    logAccess(tx, row.jobSeekerId, actor.userId, now, 'transfer_declined');
    recordAudit(tx, {
      at: now,
      actorUserId: actor.userId,
      action: 'transfer.declined',
      subjectType: 'job_seeker',
      subjectId: row.jobSeekerId,
      ip: req.ip,
      details: {
        transferId: row.id,
        fromOrganisationId: row.fromOrganisationId,
        toOrganisationId: row.toOrganisationId,
      },
    });
  });
}

/** The requesting organisation changes its mind while the request waits. */
export function cancelTransfer(deps: Deps, actor: Actor, transferId: number, req: RequestInfo) {
  const now = deps.clock.now();
  deps.db.transaction((tx) => {
    const { row, incoming } = visibleTransfer(tx, actor, transferId);
    if (incoming) throw appError('transfer.notFound');
    if (row.status !== 'pending') throw appError('transfer.notPending');
    tx.update(transferRequests)
      .set({ status: 'cancelled', decidedBy: actor.userId, decidedAt: now.toISOString() })
      .where(eq(transferRequests.id, row.id))
      .run();
    recordAudit(tx, {
      at: now,
      actorUserId: actor.userId,
      action: 'transfer.cancelled',
      subjectType: 'job_seeker',
      subjectId: row.jobSeekerId,
      ip: req.ip,
      details: { transferId: row.id },
    });
  });
}
