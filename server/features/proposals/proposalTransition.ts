// Fires one proposal transition: checks it against the machine in shared/, updates the row
// and writes the history event, inside the caller's transaction. Every hire, answer and expiry
// runs it: its two statements are prepared once per database (pass the database handle, not
// the transaction's, to have them prepared: they run in the transaction open on its connection).
import { eq, sql } from 'drizzle-orm';
import { appError } from '../../../shared/errors';
import {
  findProposalTransition,
  type ProposalStatus,
} from '../../../shared/proposals/proposalMachine';

import type { DbOrTx } from '../../db/client';
import { prepared } from '../../db/prepared';
import { proposalEvents, proposals } from '../../db/schema';

type ProposalAction = 'inviteToInterview' | 'decline' | 'hire' | 'withdraw' | 'expire';

const param = sql.placeholder;

/** Which columns a transition sets besides its status: one statement per shape. */
interface Shape {
  /** The employer's first answer. */
  answered: boolean;
  decline: boolean;
  /** An employer's move is news for the organisation again. */
  byEmployer: boolean;
}

function updateStatement(db: DbOrTx, shape: Shape) {
  const key = `proposals.transition:${Number(shape.answered)}${Number(shape.decline)}${Number(shape.byEmployer)}`;
  return prepared(db, key, () =>
    db
      .update(proposals)
      .set({
        status: sql`${param('status')}`,
        updatedAt: sql`${param('at')}`,
        ...(shape.answered ? { answeredAt: sql`${param('at')}` } : {}),
        ...(shape.decline
          ? { declineReason: sql`${param('reason')}`, declineComment: sql`${param('comment')}` }
          : {}),
        ...(shape.byEmployer ? { seenByOrganisationAt: null } : {}),
      })
      .where(eq(proposals.id, param('id')))
      .prepare(),
  );
}

const eventStatement = (db: DbOrTx) =>
  prepared(db, 'proposals.transitionEvent', () =>
    db
      .insert(proposalEvents)
      .values({
        proposalId: param('proposalId'),
        at: param('at'),
        actorUserId: param('actorUserId'),
        fromStatus: param('fromStatus'),
        toStatus: param('toStatus'),
        reason: param('reason'),
        comment: param('comment'),
      })
      .prepare(),
  );

export function applyProposalTransition(
  db: DbOrTx,
  p: {
    proposal: { id: number; status: ProposalStatus; answeredAt: string | null };
    action: ProposalAction;
    by: 'employer' | 'counsellor' | 'system';
    actorUserId: number | null;
    now: Date;
    reason?: string | null;
    comment?: string | null;
  },
): ProposalStatus {
  const t = findProposalTransition(p.proposal.status, p.action, p.by);
  if (!t) {
    throw appError('proposal.illegalTransition', { from: p.proposal.status, action: p.action });
  }
  const at = p.now.toISOString();
  const shape: Shape = {
    answered: p.by === 'employer' && !p.proposal.answeredAt,
    decline: p.action === 'decline',
    byEmployer: p.by === 'employer',
  };
  updateStatement(db, shape).run({
    id: p.proposal.id,
    status: t.to,
    at,
    reason: p.reason ?? null,
    comment: p.comment ?? null,
  });
  eventStatement(db).run({
    proposalId: p.proposal.id,
    at,
    actorUserId: p.actorUserId,
    fromStatus: p.proposal.status,
    toStatus: t.to,
    reason: p.reason ?? null,
    comment: p.comment ?? null,
  });
  return t.to;
}
