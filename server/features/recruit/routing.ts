// Which member organisations a request goes to. An organisation serves the region it is in
// (organisations.region_code); when no organisation is in the request's region, every
// organisation sees it, so no employer is left without an answer.
import { asc, eq, sql } from 'drizzle-orm';
import type { DbOrTx } from '../../db/client';
import { employerRequests, organisations } from '../../db/schema';

export function servingOrganisations(db: DbOrTx, regionCode: string) {
  const inRegion = db
    .select({ id: organisations.id, name: organisations.name })
    .from(organisations)
    .where(eq(organisations.regionCode, regionCode))
    .orderBy(asc(organisations.name))
    .all();
  if (inRegion.length > 0) return inRegion;
  return db
    .select({ id: organisations.id, name: organisations.name })
    .from(organisations)
    .orderBy(asc(organisations.name))
    .all();
}

/**
 * The SQL condition "this request is routed to organisation `organisationId`": its region is
 * the organisation's, or no organisation is in its region.
 */
export function routedTo(organisationId: number) {
  return sql`(${employerRequests.regionCode} = (SELECT region_code FROM organisations WHERE id = ${organisationId})
    OR NOT EXISTS (SELECT 1 FROM organisations o WHERE o.region_code = ${employerRequests.regionCode}))`;
}
