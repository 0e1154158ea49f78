// The contact opens the emailed link: the request becomes visible to the member organisations
// serving its region. The link works once (the token's hash is cleared in the same update).
import { and, eq } from 'drizzle-orm';
import { appError } from '../../../shared/errors';
import { employerRequests } from '../../db/schema';
import type { Deps, RequestInfo } from '../../deps';
import { recordAudit } from '../audit/recordAudit';
import { hashToken } from '../auth/tokens';
import { servingOrganisations } from './routing';

export function confirmEmployerRequest(deps: Deps, token: string, req: RequestInfo) {
  const now = deps.clock.now();
  return deps.db.transaction((tx) => {
    const row = tx
      .select()
      .from(employerRequests)
      .where(eq(employerRequests.confirmTokenHash, hashToken(token)))
      .get();
    if (row?.status !== 'unconfirmed') throw appError('token.invalid');
    if (new Date(row.confirmExpiresAt) <= now) throw appError('token.expired');
    const changed = tx
      .update(employerRequests)
      .set({ status: 'confirmed', confirmedAt: now.toISOString(), confirmTokenHash: null })
      .where(and(eq(employerRequests.id, row.id), eq(employerRequests.status, 'unconfirmed')))
      .run().changes;
    if (changed !== 1) throw appError('token.used');
    const organisations = servingOrganisations(tx, row.regionCode);
    recordAudit(tx, {
      at: now,
      actorUserId: null,
      action: 'employerRequest.confirmed',
      subjectType: 'employer_request',
      subjectId: row.id,
      ip: req.ip,
      details: { regionCode: row.regionCode, organisations: organisations.map((o) => o.id) },
    });
    // What the contact may know: the region and the organisations their need was sent to.
    return {
      regionCode: row.regionCode,
      title: row.title,
      organisations: organisations.map((o) => o.name),
    };
  });
}
