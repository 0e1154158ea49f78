// Reading job seekers' files: own organisation only; every read of a file is logged.
import { and, desc, eq, or, type SQL, sql } from 'drizzle-orm';
import { alias } from 'drizzle-orm/sqlite-core';
import type { z } from 'zod';
import type { JobSeekerSortKey, listJobSeekersInput } from '../../../shared/jobSeekers/schemas';
import { prepared } from '../../db/prepared';
import { consents, fileAccessLog, jobSeekers, postings, proposals, users } from '../../db/schema';
import type { Actor, Deps } from '../../deps';
import { actorOrganisation, ownJobSeeker } from '../guards';
import { keyset, likePattern, type SortKeys } from '../lists/keyset';

const seekerSorts: SortKeys<JobSeekerSortKey, { id: number; lastName: string; updatedAt: string }> =
  {
    newest: { column: jobSeekers.id, type: 'int', value: (r) => r.id },
    name: { column: jobSeekers.lastName, type: 'text', value: (r) => r.lastName },
    updated: { column: jobSeekers.updatedAt, type: 'text', value: (r) => r.updatedAt },
  };

/**
 * A page of the organisation's job seekers. The SQL depends only on which filters are present
 * and on the sort, so each shape is prepared once (values as placeholders).
 */
export function listJobSeekers(
  deps: Deps,
  actor: Actor,
  input: z.infer<typeof listJobSeekersInput>,
) {
  const organisationId = actorOrganisation(actor);
  const page = keyset(seekerSorts, jobSeekers.id, input.sort, input.cursor, true);
  const shape = [
    input.q ? 'q' : '',
    input.proposable === undefined ? '' : 'p',
    input.regionCode ? 'r' : '',
    input.sort.by,
    input.sort.dir,
    input.cursor ? 'c' : '',
  ].join('|');
  const stmt = prepared(deps.db, `jobSeekers.list:${shape}`, () => {
    const where: (SQL | undefined)[] = [
      eq(jobSeekers.organisationId, sql.placeholder('organisationId')),
      eq(jobSeekers.status, sql.placeholder('status')),
    ];
    if (input.q) {
      const pattern = sql.placeholder('q');
      where.push(
        or(
          sql`(${jobSeekers.firstName} || ' ' || ${jobSeekers.lastName}) LIKE ${pattern} ESCAPE '\\'`,
          sql`${jobSeekers.email} LIKE ${pattern} ESCAPE '\\'`,
        ),
      );
    }
    if (input.proposable !== undefined)
      where.push(eq(jobSeekers.canBeProposed, sql.placeholder('proposable')));
    if (input.regionCode) where.push(eq(jobSeekers.regionCode, sql.placeholder('regionCode')));
    where.push(page.after);
    return deps.db
      .select({
        id: jobSeekers.id,
        firstName: jobSeekers.firstName,
        lastName: jobSeekers.lastName,
        regionCode: jobSeekers.regionCode,
        targetNocCodes: jobSeekers.targetNocCodes,
        hoursPerWeek: jobSeekers.hoursPerWeek,
        availableFrom: jobSeekers.availableFrom,
        canBeProposed: jobSeekers.canBeProposed,
        status: jobSeekers.status,
        updatedAt: jobSeekers.updatedAt,
      })
      .from(jobSeekers)
      .where(and(...where))
      .orderBy(...page.orderBy)
      .limit(sql.placeholder('limit'))
      .prepare();
  });
  const rows = stmt.all({
    organisationId,
    status: input.status ?? 'active',
    q: input.q ? likePattern(input.q) : undefined,
    // Placeholders are bound as they are: SQLite stores booleans as 0/1.
    proposable: input.proposable === undefined ? undefined : input.proposable ? 1 : 0,
    regionCode: input.regionCode,
    cursorValue: input.cursor?.value,
    cursorId: input.cursor?.id,
    limit: input.limit + 1,
  });
  return page.page(rows, input.limit);
}

const withdrawnBy = alias(users, 'withdrawn_by');

/** 'api_view': read through the partner API by a token acting for `actor`. */
export function getJobSeeker(
  deps: Deps,
  actor: Actor,
  jobSeekerId: number,
  access: 'view' | 'api_view' = 'view',
) {
  const seeker = ownJobSeeker(deps.db, actor, jobSeekerId);
  deps.db
    .insert(fileAccessLog)
    .values({
      jobSeekerId,
      userId: actor.userId,
      at: deps.clock.now().toISOString(),
      action: access,
    })
    .run();
  const consentRows = deps.db
    .select({
      id: consents.id,
      purpose: consents.purpose,
      givenOn: consents.givenOn,
      withdrawnOn: consents.withdrawnOn,
      recordedByName: users.name,
      withdrawnRecordedByName: withdrawnBy.name,
    })
    .from(consents)
    .innerJoin(users, eq(users.id, consents.recordedBy))
    .leftJoin(withdrawnBy, eq(withdrawnBy.id, consents.withdrawnRecordedBy))
    .where(eq(consents.jobSeekerId, jobSeekerId))
    .orderBy(desc(consents.id))
    .all();
  const proposalRows = deps.db
    .select({
      id: proposals.id,
      status: proposals.status,
      postingId: postings.id,
      postingTitle: postings.title,
      declineReason: proposals.declineReason,
      declineComment: proposals.declineComment,
      createdAt: proposals.createdAt,
      updatedAt: proposals.updatedAt,
    })
    .from(proposals)
    .innerJoin(postings, eq(postings.id, proposals.postingId))
    .where(eq(proposals.jobSeekerId, jobSeekerId))
    .orderBy(desc(proposals.id))
    .all();
  return { ...seeker, consents: consentRows, proposals: proposalRows };
}
