// Consent per purpose, dated (given up to today; withdrawn between the day it was given and
// today), recorded by whom; withdrawal takes effect at once.
// The seeker's canBeProposed / canShareContact flags follow in the same transaction.
import { and, eq, inArray, isNull, max } from 'drizzle-orm';
import type { z } from 'zod';
import {
  consentGivenBreaches,
  consentWithdrawalBreaches,
  refuseFirst,
} from '../../../shared/dateRules';
import { quebecToday } from '../../../shared/dates';
import { appError } from '../../../shared/errors';
import type {
  ConsentPurpose,
  giveConsentInput,
  withdrawConsentInput,
} from '../../../shared/jobSeekers/schemas';
import type { DbOrTx } from '../../db/client';
import { consents, jobSeekers, proposals } from '../../db/schema';
import type { Actor, Deps, RequestInfo } from '../../deps';
import { recordAudit } from '../audit/recordAudit';
import { ownJobSeeker } from '../guards';
import { applyProposalTransition } from '../proposals/proposalTransition';

export function activeConsents(tx: DbOrTx, jobSeekerId: number): Set<ConsentPurpose> {
  const rows = tx
    .select({ purpose: consents.purpose })
    .from(consents)
    .where(and(eq(consents.jobSeekerId, jobSeekerId), isNull(consents.withdrawnOn)))
    .all();
  return new Set(rows.map((r) => r.purpose));
}

export function refreshConsentFlags(tx: DbOrTx, jobSeekerId: number): void {
  const active = activeConsents(tx, jobSeekerId);
  const participating = active.has('participation');
  tx.update(jobSeekers)
    .set({
      canBeProposed: participating && active.has('proposal'),
      canShareContact: participating && active.has('contact_sharing'),
    })
    .where(eq(jobSeekers.id, jobSeekerId))
    .run();
}

export function insertConsent(
  tx: DbOrTx,
  p: { jobSeekerId: number; purpose: ConsentPurpose; givenOn: string; userId: number; now: Date },
) {
  tx.insert(consents)
    .values({
      jobSeekerId: p.jobSeekerId,
      purpose: p.purpose,
      givenOn: p.givenOn,
      recordedBy: p.userId,
      recordedAt: p.now.toISOString(),
    })
    .run();
}

export function giveConsent(
  deps: Deps,
  actor: Actor,
  input: z.infer<typeof giveConsentInput>,
  req: RequestInfo,
) {
  const now = deps.clock.now();
  deps.db.transaction((tx) => {
    const seeker = ownJobSeeker(tx, actor, input.jobSeekerId);
    if (seeker.status === 'closed') throw appError('jobSeeker.closed');
    const active = activeConsents(tx, seeker.id);
    if (active.has(input.purpose)) throw appError('consent.alreadyGiven');
    if (input.purpose !== 'participation' && !active.has('participation')) {
      throw appError('consent.participationRequired');
    }
    // Given on a day that has come (a consent dated later would count as active now).
    refuseFirst(consentGivenBreaches(input.givenOn, quebecToday(now)));
    insertConsent(tx, { ...input, userId: actor.userId, now });
    refreshConsentFlags(tx, seeker.id);
    recordAudit(tx, {
      at: now,
      actorUserId: actor.userId,
      action: 'consent.given',
      subjectType: 'job_seeker',
      subjectId: seeker.id,
      ip: req.ip,
      details: { purpose: input.purpose, givenOn: input.givenOn },
    });
  });
}

export function withdrawConsent(
  deps: Deps,
  actor: Actor,
  input: z.infer<typeof withdrawConsentInput>,
  req: RequestInfo,
) {
  const now = deps.clock.now();
  deps.db.transaction((tx) => {
    const seeker = ownJobSeeker(tx, actor, input.jobSeekerId);
    const active = activeConsents(tx, seeker.id);
    if (!active.has(input.purpose)) throw appError('consent.notGiven');
    // Withdrawing participation withdraws everything that depends on it.
    const purposes: ConsentPurpose[] =
      input.purpose === 'participation' ? [...active] : [input.purpose];
    // Between the day each consent withdrawn was given and today.
    const given = tx
      .select({ latest: max(consents.givenOn) })
      .from(consents)
      .where(
        and(
          eq(consents.jobSeekerId, seeker.id),
          inArray(consents.purpose, purposes),
          isNull(consents.withdrawnOn),
        ),
      )
      .get();
    refuseFirst(
      consentWithdrawalBreaches(
        input.withdrawnOn,
        given?.latest ?? input.withdrawnOn,
        quebecToday(now),
      ),
    );
    tx.update(consents)
      .set({
        withdrawnOn: input.withdrawnOn,
        withdrawnRecordedBy: actor.userId,
        withdrawnRecordedAt: now.toISOString(),
      })
      .where(
        and(
          eq(consents.jobSeekerId, seeker.id),
          inArray(consents.purpose, purposes),
          isNull(consents.withdrawnOn),
        ),
      )
      .run();
    refreshConsentFlags(tx, seeker.id);
    // Without consent to be proposed, the proposals still waiting are withdrawn at once.
    if (purposes.includes('proposal')) {
      const waiting = tx
        .select({ id: proposals.id, status: proposals.status, answeredAt: proposals.answeredAt })
        .from(proposals)
        .where(
          and(
            eq(proposals.jobSeekerId, seeker.id),
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
          reason: 'consent_withdrawn',
        });
      }
    }
    recordAudit(tx, {
      at: now,
      actorUserId: actor.userId,
      action: 'consent.withdrawn',
      subjectType: 'job_seeker',
      subjectId: seeker.id,
      ip: req.ip,
      details: { purposes, withdrawnOn: input.withdrawnOn },
    });
  });
}
