// The signed-in user as the web needs it: identity, role, affiliation, language.
import { eq } from 'drizzle-orm';
import { appError } from '../../../shared/errors';
import type { Db } from '../../db/client';
import { businesses, organisations, users } from '../../db/schema';

export interface CurrentUser {
  id: number;
  email: string;
  name: string;
  role: 'coordinator' | 'org_admin' | 'counsellor' | 'employer';
  locale: 'fr-CA' | 'en-CA';
  organisation: { id: number; name: string; regionCode: string; city: string } | null;
  business: { id: number; legalName: string; regionCode: string; city: string } | null;
}

export function loadCurrentUser(db: Db, userId: number): CurrentUser {
  const u = db.select().from(users).where(eq(users.id, userId)).get();
  if (!u) throw appError('auth.notAuthenticated');
  const organisation = u.organisationId
    ? (db
        .select({
          id: organisations.id,
          name: organisations.name,
          regionCode: organisations.regionCode,
          city: organisations.city,
        })
        .from(organisations)
        .where(eq(organisations.id, u.organisationId))
        .get() ?? null)
    : null;
  const business = u.businessId
    ? (db
        .select({
          id: businesses.id,
          legalName: businesses.legalName,
          regionCode: businesses.regionCode,
          city: businesses.city,
        })
        .from(businesses)
        .where(eq(businesses.id, u.businessId))
        .get() ?? null)
    : null;
  return {
    id: u.id,
    email: u.email,
    name: u.name,
    role: u.role,
    locale: u.locale,
    organisation,
    business,
  };
}
