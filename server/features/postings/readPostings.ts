// Reading postings: employers see their own business's (any state); member organisations and
// coordinators see published ones. Sorted by a few keys, keyset pagination on (key, id).
import { and, count, eq, gte, inArray, lte, ne, or, type SQL, sql } from 'drizzle-orm';
import type { z } from 'zod';
import type { listPostingsInput, PostingSortKey } from '../../../shared/postings/schemas';
import { prepared } from '../../db/prepared';
import { businesses, postings, proposals } from '../../db/schema';
import type { Actor, Deps } from '../../deps';
import { visiblePosting } from '../guards';
import { keyset, likePattern, matches, type SortKeys } from '../lists/keyset';

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

const postingSorts: SortKeys<
  PostingSortKey,
  { id: number; startDate: string; hourlyWageCents: number }
> = {
  newest: { column: postings.id, type: 'int', value: (r) => r.id },
  startDate: { column: postings.startDate, type: 'text', value: (r) => r.startDate },
  wage: { column: postings.hourlyWageCents, type: 'int', value: (r) => r.hourlyWageCents },
};

// Per posting: proposals waiting for the employer (proposed) and all of them, counted in the
// same statement from the covering index proposals(posting_id, status).
const waitingCount = sql<number>`(SELECT count(*) FROM proposals pr WHERE pr.posting_id = ${postings.id} AND pr.status = 'proposed')`;
const totalCount = sql<number>`(SELECT count(*) FROM proposals pr WHERE pr.posting_id = ${postings.id})`;

type ListPostingsInput = z.infer<typeof listPostingsInput>;

/**
 * The list of postings. Employers: their business's, any state. Others: published ones
 * (open by default). The SQL depends only on which filters are present, so each shape is
 * prepared once and reused with placeholders (this list is the busiest read).
 */
export function listPostings(deps: Deps, actor: Actor, input: ListPostingsInput) {
  const isEmployer = actor.role === 'employer';
  const page = keyset(postingSorts, postings.id, input.sort, input.cursor, true);
  const shape = [
    isEmployer ? 'e' : 'o',
    input.status ? 's' : '',
    input.regionCode ? 'r' : '',
    input.nocPrefix ? 'n' : '',
    input.q ? 'q' : '',
    input.startFrom ? 'f' : '',
    input.startTo ? 't' : '',
    input.sort.by,
    input.sort.dir,
    input.cursor ? 'c' : '',
  ].join('|');
  const stmt = prepared(deps.db, `postings.list:${shape}`, () => {
    const where: (SQL | undefined)[] = [];
    if (isEmployer) {
      where.push(eq(postings.businessId, sql.placeholder('businessId')));
      if (input.status) where.push(eq(postings.status, sql.placeholder('status')));
    } else {
      // Counsellors look for open needs by default; drafts are never visible outside the business.
      where.push(eq(postings.status, sql.placeholder('status')));
      where.push(ne(postings.status, 'draft'));
    }
    if (input.regionCode) where.push(eq(postings.regionCode, sql.placeholder('regionCode')));
    if (input.nocPrefix)
      // GLOB (case-sensitive) lets SQLite use the index on noc_code for the prefix.
      where.push(sql`${postings.nocCode} GLOB ${sql.placeholder('nocPattern')}`);
    if (input.startFrom) where.push(gte(postings.startDate, sql.placeholder('startFrom')));
    if (input.startTo) where.push(lte(postings.startDate, sql.placeholder('startTo')));
    if (input.q) {
      const pattern = sql.placeholder('q');
      where.push(
        or(
          matches(postings.title, pattern),
          matches(postings.city, pattern),
          matches(businesses.legalName, pattern),
        ),
      );
    }
    where.push(page.after);
    // The page's ids first, then its rows with their counts: in one query, SQLite computes the
    // counts of every matching posting before sorting them (every open posting of a trade: 35 ms
    // at scale 1, 2 ms this way). The business is joined for the ids only when searched by name.
    const matching = deps.db.select({ id: postings.id }).from(postings);
    const ids = (
      input.q ? matching.innerJoin(businesses, eq(businesses.id, postings.businessId)) : matching
    )
      .where(and(...where))
      .orderBy(...page.orderBy)
      .limit(sql.placeholder('limit'));
    return deps.db
      .select({ ...summaryColumns, waiting: waitingCount, total: totalCount })
      .from(postings)
      .innerJoin(businesses, eq(businesses.id, postings.businessId))
      .where(inArray(postings.id, ids))
      .orderBy(...page.orderBy)
      .prepare();
  });
  const params = {
    businessId: actor.businessId ?? -1,
    status: input.status ?? 'open',
    regionCode: input.regionCode,
    nocPattern: input.nocPrefix ? `${input.nocPrefix}*` : undefined,
    startFrom: input.startFrom,
    startTo: input.startTo,
    q: input.q ? likePattern(input.q) : undefined,
    cursorValue: input.cursor?.value,
    cursorId: input.cursor?.id,
    limit: input.limit + 1,
  };
  const result = page.page(stmt.all(params), input.limit);
  return {
    items: result.items.map(({ waiting, total, ...p }) => ({
      ...p,
      proposals: { waiting, total },
    })),
    nextCursor: result.nextCursor,
  };
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
