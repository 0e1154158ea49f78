// Reading postings: employers see their own business's (any state); member organisations and
// coordinators see published ones. Keyset pagination on id (newest first).
import { and, count, desc, eq, inArray, like, lt, ne, or, type SQL, sql } from 'drizzle-orm';
import type { z } from 'zod';
import type { listPostingsInput } from '../../../shared/postings/schemas';
import { businesses, postings, proposals } from '../../db/schema';
import type { Actor, Deps } from '../../deps';
import { visiblePosting } from '../guards';

const summaryColumns = {
  id: postings.id,
  title: postings.title,
  nocCode: postings.nocCode,
  regionCode: postings.regionCode,
  city: postings.city,
  hoursPerWeek: postings.hoursPerWeek,
  hourlyWageCents: postings.hourlyWageCents,
  positions: postings.positions,
  startDate: postings.startDate,
  durationWeeks: postings.durationWeeks,
  status: postings.status,
  businessId: postings.businessId,
  businessName: businesses.legalName,
  updatedAt: postings.updatedAt,
};

function escapeLike(s: string) {
  return s.replace(/[\\%_]/g, (c) => `\\${c}`);
}

export function listPostings(deps: Deps, actor: Actor, input: z.infer<typeof listPostingsInput>) {
  const where: SQL[] = [];
  if (actor.role === 'employer') {
    where.push(eq(postings.businessId, actor.businessId ?? -1));
    if (input.status) where.push(eq(postings.status, input.status));
  } else {
    // Counsellors look for open needs by default; drafts are never visible outside the business.
    where.push(input.status ? eq(postings.status, input.status) : eq(postings.status, 'open'));
    where.push(ne(postings.status, 'draft'));
  }
  if (input.regionCode) where.push(eq(postings.regionCode, input.regionCode));
  if (input.nocPrefix) where.push(like(postings.nocCode, `${input.nocPrefix}%`));
  if (input.q) {
    const pattern = `%${escapeLike(input.q)}%`;
    const match = or(
      sql`${postings.title} LIKE ${pattern} ESCAPE '\\'`,
      sql`${postings.city} LIKE ${pattern} ESCAPE '\\'`,
      sql`${businesses.legalName} LIKE ${pattern} ESCAPE '\\'`,
    );
    if (match) where.push(match);
  }
  if (input.cursor) where.push(lt(postings.id, input.cursor));
  const rows = deps.db
    .select(summaryColumns)
    .from(postings)
    .innerJoin(businesses, eq(businesses.id, postings.businessId))
    .where(and(...where))
    .orderBy(desc(postings.id))
    .limit(input.limit + 1)
    .all();
  const page = rows.slice(0, input.limit);
  const counts = proposalCounts(
    deps,
    page.map((p) => p.id),
  );
  return {
    items: page.map((p) => ({ ...p, proposals: counts.get(p.id) ?? { waiting: 0, total: 0 } })),
    nextCursor: rows.length > input.limit ? (page.at(-1)?.id ?? null) : null,
  };
}

/** Per posting: proposals waiting for the employer (proposed) and all of them. */
function proposalCounts(deps: Deps, postingIds: number[]) {
  const out = new Map<number, { waiting: number; total: number }>();
  if (postingIds.length === 0) return out;
  const rows = deps.db
    .select({ postingId: proposals.postingId, status: proposals.status, n: count() })
    .from(proposals)
    .where(inArray(proposals.postingId, postingIds))
    .groupBy(proposals.postingId, proposals.status)
    .all();
  for (const r of rows) {
    const c = out.get(r.postingId) ?? { waiting: 0, total: 0 };
    c.total += r.n;
    if (r.status === 'proposed') c.waiting += r.n;
    out.set(r.postingId, c);
  }
  return out;
}

export function getPosting(deps: Deps, actor: Actor, postingId: number) {
  const p = visiblePosting(deps.db, actor, postingId);
  const b = deps.db.select().from(businesses).where(eq(businesses.id, p.businessId)).get();
  const [hired] = deps.db
    .select({ n: count() })
    .from(proposals)
    .where(and(eq(proposals.postingId, p.id), eq(proposals.status, 'hired')))
    .all();
  return {
    ...p,
    hiredCount: hired?.n ?? 0,
    business: b
      ? {
          id: b.id,
          legalName: b.legalName,
          regionCode: b.regionCode,
          city: b.city,
          sector: b.sector,
        }
      : null,
  };
}
