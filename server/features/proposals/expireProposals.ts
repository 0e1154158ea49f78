// The system's proposal transitions: expiry when a posting closes or fills, and after
// PROPOSAL_EXPIRY_DAYS without an answer; a reminder to the employer (a notification) after
// PROPOSAL_REMINDER_DAYS. Safe to run repeatedly: each proposal is reminded or expired once.
import { and, eq, inArray, isNull, lte } from 'drizzle-orm';
import {
  PROPOSAL_EXPIRY_DAYS,
  PROPOSAL_REMINDER_DAYS,
} from '../../../shared/proposals/proposalMachine';
import type { DbOrTx } from '../../db/client';
import { proposals } from '../../db/schema';
import type { Deps } from '../../deps';
import { notifyProposalUnanswered } from '../notifications/emitters';
import { applyProposalTransition } from './proposalTransition';

const DAY_MS = 86_400_000;

export function expireActiveProposalsOf(
  tx: DbOrTx,
  p: { postingId: number; now: Date; reason: string },
): number {
  const active = tx
    .select({ id: proposals.id, status: proposals.status, answeredAt: proposals.answeredAt })
    .from(proposals)
    .where(
      and(
        eq(proposals.postingId, p.postingId),
        inArray(proposals.status, ['proposed', 'interview']),
      ),
    )
    .all();
  for (const proposal of active) {
    applyProposalTransition(tx, {
      proposal,
      action: 'expire',
      by: 'system',
      actorUserId: null,
      now: p.now,
      reason: p.reason,
    });
  }
  return active.length;
}

/** Proposals still "proposed" (never answered) past the expiry delay become expired. */
export function expireUnansweredProposals(deps: Pick<Deps, 'db' | 'clock'>): number {
  const now = deps.clock.now();
  const cutoff = new Date(now.getTime() - PROPOSAL_EXPIRY_DAYS * DAY_MS).toISOString();
  return deps.db.transaction((tx) => {
    const stale = tx
      .select({ id: proposals.id, status: proposals.status, answeredAt: proposals.answeredAt })
      .from(proposals)
      .where(and(eq(proposals.status, 'proposed'), lte(proposals.createdAt, cutoff)))
      .all();
    for (const proposal of stale) {
      applyProposalTransition(tx, {
        proposal,
        action: 'expire',
        by: 'system',
        actorUserId: null,
        now,
        reason: 'no_answer',
      });
    }
    return stale.length;
  });
}

/** One "waiting for your answer" notification per unanswered proposal, to the business's people. */
export function remindUnansweredProposals(deps: Deps): number {
  const now = deps.clock.now();
  const cutoff = new Date(now.getTime() - PROPOSAL_REMINDER_DAYS * DAY_MS).toISOString();
  return deps.db.transaction((tx) => {
    const due = tx
      .select({ id: proposals.id })
      .from(proposals)
      .where(
        and(
          eq(proposals.status, 'proposed'),
          lte(proposals.createdAt, cutoff),
          isNull(proposals.reminderSentAt),
        ),
      )
      .all();
    for (const p of due) {
      notifyProposalUnanswered(deps, tx, p.id, now);
      tx.update(proposals)
        .set({ reminderSentAt: now.toISOString() })
        .where(eq(proposals.id, p.id))
        .run();
    }
    return due.length;
  });
}
