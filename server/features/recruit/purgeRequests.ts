// Housekeeping of « Recruter avec FIT » (Law 25: the contact's data is kept only while useful):
// requests whose email was not confirmed within 7 days are deleted; confirmed requests that no
// organisation took in charge within 60 days of their confirmation are deleted too, and their
// contact is told by email (in their language) that the need was not taken and may be sent again.
import { and, eq, lt } from 'drizzle-orm';
import {
  EMPLOYER_REQUEST_CONFIRM_DAYS,
  EMPLOYER_REQUEST_UNTAKEN_DAYS,
} from '../../../shared/recruit/schemas';
import { employerRequests } from '../../db/schema';
import type { Deps } from '../../deps';
import { employerRequestUntakenEmail } from '../../mail/recruitTemplates';
import { recordAudit } from '../audit/recordAudit';

const daysBefore = (now: Date, days: number) =>
  new Date(now.getTime() - days * 86_400_000).toISOString();

export function purgeUnconfirmedRequests(deps: Pick<Deps, 'db' | 'clock'>): number {
  const now = deps.clock.now();
  const before = daysBefore(now, EMPLOYER_REQUEST_CONFIRM_DAYS);
  return deps.db.transaction((tx) => {
    const purged = tx
      .delete(employerRequests)
      .where(
        and(eq(employerRequests.status, 'unconfirmed'), lt(employerRequests.createdAt, before)),
      )
      .run().changes;
    if (purged > 0) {
      recordAudit(tx, {
        at: now,
        actorUserId: null,
        action: 'employerRequest.purged',
        details: { count: purged },
      });
    }
    return purged;
  });
}

export function purgeUntakenRequests(
  deps: Pick<Deps, 'db' | 'clock' | 'mailer' | 'config'>,
): number {
  const now = deps.clock.now();
  const before = daysBefore(now, EMPLOYER_REQUEST_UNTAKEN_DAYS);
  return deps.db.transaction((tx) => {
    const stale = tx
      .delete(employerRequests)
      .where(
        and(eq(employerRequests.status, 'confirmed'), lt(employerRequests.confirmedAt, before)),
      )
      .returning()
      .all();
    for (const r of stale) {
      deps.mailer.enqueue(
        tx,
        employerRequestUntakenEmail({
          to: r.contactEmail,
          locale: r.locale,
          contactName: r.contactName,
          title: r.title,
          link: `${deps.config.appUrl}/recruit`,
          days: EMPLOYER_REQUEST_UNTAKEN_DAYS,
        }),
      );
    }
    if (stale.length > 0) {
      recordAudit(tx, {
        at: now,
        actorUserId: null,
        action: 'employerRequest.purgedUntaken',
        details: { count: stale.length },
      });
    }
    return stale.length;
  });
}
