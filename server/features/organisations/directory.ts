// Member organisations and employer businesses, as lists for pickers and homes.
import { asc, count, eq } from 'drizzle-orm';
import { appError } from '../../../shared/errors';
import { businesses, organisations, users } from '../../db/schema';
import type { Actor, Deps } from '../../deps';

export function listOrganisations(deps: Deps) {
  return deps.db
    .select({
      id: organisations.id,
      name: organisations.name,
      regionCode: organisations.regionCode,
      city: organisations.city,
    })
    .from(organisations)
    .orderBy(asc(organisations.nameKey), asc(organisations.id))
    .all();
}

/** The signed-in user's own organisation, with the client groups it serves and its team size. */
export function myOrganisation(deps: Deps, actor: Actor) {
  if (!actor.organisationId) throw appError('auth.forbidden');
  const o = deps.db
    .select()
    .from(organisations)
    .where(eq(organisations.id, actor.organisationId))
    .get();
  if (!o) throw appError('organisation.notFound');
  const [team] = deps.db
    .select({ n: count() })
    .from(users)
    .where(eq(users.organisationId, o.id))
    .all();
  return {
    id: o.id,
    name: o.name,
    regionCode: o.regionCode,
    city: o.city,
    clientGroups: o.clientGroups,
    teamSize: team?.n ?? 0,
  };
}

export function listBusinesses(deps: Deps) {
  return deps.db
    .select({
      id: businesses.id,
      legalName: businesses.legalName,
      neq: businesses.neq,
      regionCode: businesses.regionCode,
      city: businesses.city,
    })
    .from(businesses)
    .orderBy(asc(businesses.nameKey), asc(businesses.id))
    .all();
}

export function myBusiness(deps: Deps, actor: Actor) {
  if (!actor.businessId) throw appError('auth.forbidden');
  const b = deps.db.select().from(businesses).where(eq(businesses.id, actor.businessId)).get();
  if (!b) throw appError('business.notFound');
  const colleagues = deps.db
    .select({ id: users.id, name: users.name, email: users.email, status: users.status })
    .from(users)
    .where(eq(users.businessId, b.id))
    .orderBy(asc(users.nameKey), asc(users.id))
    .all();
  return {
    id: b.id,
    legalName: b.legalName,
    neq: b.neq,
    regionCode: b.regionCode,
    city: b.city,
    colleagues,
  };
}
