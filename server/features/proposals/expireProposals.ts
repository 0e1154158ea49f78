// The system's proposal transitions: expiry when a posting closes or fills, and after
// PROPOSAL_EXPIRY_DAYS without an answer; a reminder to the employer after
// PROPOSAL_REMINDER_DAYS. Safe to run repeatedly: each proposal is reminded or expired once.
import { and, eq, inArray, isNull, lte } from 'drizzle-orm';
import {
  PROPOSAL_EXPIRY_DAYS,
  PROPOSAL_REMINDER_DAYS,
} from '../../../shared/proposals/proposalMachine';
import type { DbOrTx } from '../../db/client';
import { postings, proposals, users } from '../../db/schema';
import type { Deps } from '../../deps';
import { proposalReminderEmail } from '../../mail/templates';
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

/** One reminder email per unanswered proposal, to every active user of the business. */
export function remindUnansweredProposals(deps: Deps): number {
  const now = deps.clock.now();
  const cutoff = new Date(now.getTime() - PROPOSAL_REMINDER_DAYS * DAY_MS).toISOString();
  return deps.db.transaction((tx) => {
    const due = tx
      .select({
        id: proposals.id,
        postingId: postings.id,
        postingTitle: postings.title,
        businessId: postings.businessId,
      })
      .from(proposals)
      .innerJoin(postings, eq(postings.id, proposals.postingId))
      .where(
        and(
          eq(proposals.status, 'proposed'),
          lte(proposals.createdAt, cutoff),
          isNull(proposals.reminderSentAt),
        ),
      )
      .all();
    for (const p of due) {
      const recipients = tx
        .select({ email: users.email, name: users.name, locale: users.locale })
        .from(users)
        .where(and(eq(users.businessId, p.businessId), eq(users.status, 'active')))
        .all();
      for (const r of recipients) {
        deps.mailer.enqueue(
          tx,
          proposalReminderEmail({
            to: r.email,
            locale: r.locale,
            name: r.name,
            postingTitle: p.postingTitle,
            link: `${deps.config.appUrl}/postings/${p.postingId}`,
            days: PROPOSAL_REMINDER_DAYS,
          }),
        );
      }
      tx.update(proposals)
        .set({ reminderSentAt: now.toISOString() })
        .where(eq(proposals.id, p.id))
        .run();
    }
    return due.length;
  });
}
