// Member organisations and employer businesses, as lists for pickers and homes.
import { and, asc, count, eq, or } from 'drizzle-orm';
import type { z } from 'zod';
import type { businessDirectoryInput } from '../../../shared/business/schemas';
import { appError } from '../../../shared/errors';
import { businesses, organisations, users } from '../../db/schema';
import { sortKey } from '../../db/sortKey';
import type { Actor, Deps } from '../../deps';
import { keyset, likePattern, matches, type SortKeys } from '../lists/keyset';

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

const businessSorts: SortKeys<'name', { id: number; nameKey: string }> = {
  name: { column: businesses.nameKey, type: 'text', value: (r) => r.nameKey },
};

/**
 * A page of the businesses' directory, by name (accent-folded), searched in the legal name (with
 * or without accents), the city or the NEQ, with how many match: a network registers thousands
 * of businesses (50,000 at the benchmark's scale), too many for one table or one list.
 */
export function businessDirectory(deps: Deps, input: z.infer<typeof businessDirectoryInput>) {
  const page = keyset(businessSorts, businesses.id, { by: 'name', dir: 'asc' }, input.cursor);
  const pattern = input.q ? likePattern(input.q) : undefined;
  // The name as it sorts (accents and case folded): « cote » finds « Côté inc. ».
  const folded = input.q ? likePattern(sortKey(input.q)) : undefined;
  const matching = pattern
    ? or(
        matches(businesses.nameKey, folded),
        matches(businesses.city, pattern),
        matches(businesses.neq, pattern),
      )
    : undefined;
  const rows = deps.db
    .select({
      id: businesses.id,
      legalName: businesses.legalName,
      neq: businesses.neq,
      regionCode: businesses.regionCode,
      city: businesses.city,
      nameKey: businesses.nameKey,
    })
    .from(businesses)
    .where(and(matching, page.after))
    .orderBy(...page.orderBy)
    .limit(input.limit + 1)
    .all();
  const total = deps.db.select({ n: count() }).from(businesses).where(matching).get()?.n ?? 0;
  const result = page.page(rows, input.limit);
  return {
    items: result.items.map(({ nameKey: _, ...b }) => b),
    nextCursor: result.nextCursor,
    total,
  };
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
