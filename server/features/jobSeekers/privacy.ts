// Law 25 duties on a person's file: the organisation's manager searches who read which file;
// the owning organisation exports everything Passerelle holds about one person (access and
// portability requests), as structured JSON and as CSV, in one action that is itself logged.
import { and, desc, eq, gte, inArray, lt, lte, type SQL } from 'drizzle-orm';
import type { z } from 'zod';
import { type CsvCell, writeCsv } from '../../../shared/csv';
import { appError } from '../../../shared/errors';
import type { accessLogInput } from '../../../shared/jobSeekers/schemas';
import {
  auditEvents,
  claims,
  consents,
  fileAccessLog,
  followUps,
  jobSeekers,
  pairings,
  postings,
  proposalEvents,
  proposals,
  tranches,
  users,
} from '../../db/schema';
import type { Actor, Deps, RequestInfo } from '../../deps';
import { recordAudit } from '../audit/recordAudit';
import { actorOrganisation, ownJobSeeker } from '../guards';

export function searchAccessLog(deps: Deps, actor: Actor, input: z.infer<typeof accessLogInput>) {
  if (actor.role !== 'org_admin') throw appError('auth.forbidden');
  const organisationId = actorOrganisation(actor);
  const where: SQL[] = [eq(jobSeekers.organisationId, organisationId)];
  if (input.jobSeekerId) where.push(eq(fileAccessLog.jobSeekerId, input.jobSeekerId));
  if (input.userId) where.push(eq(fileAccessLog.userId, input.userId));
  if (input.from) where.push(gte(fileAccessLog.at, `${input.from}T00:00:00`));
  if (input.to) where.push(lte(fileAccessLog.at, `${input.to}T23:59:59.999Z`));
  if (input.cursor) where.push(lt(fileAccessLog.id, input.cursor));
  const rows = deps.db
    .select({
      id: fileAccessLog.id,
      at: fileAccessLog.at,
      action: fileAccessLog.action,
      jobSeekerId: jobSeekers.id,
      firstName: jobSeekers.firstName,
      lastName: jobSeekers.lastName,
      userId: users.id,
      userName: users.name,
    })
    .from(fileAccessLog)
    .innerJoin(jobSeekers, eq(jobSeekers.id, fileAccessLog.jobSeekerId))
    .innerJoin(users, eq(users.id, fileAccessLog.userId))
    .where(and(...where))
    .orderBy(desc(fileAccessLog.id))
    .limit(input.limit + 1)
    .all();
  const items = rows.slice(0, input.limit);
  return { items, nextCursor: rows.length > input.limit ? (items.at(-1)?.id ?? null) : null };
}

/** One table of the export; nested values (lists, JSON) go in one cell as JSON. */
function toCsv(rows: Record<string, unknown>[]): string {
  const columns = [...new Set(rows.flatMap((r) => Object.keys(r)))];
  const cell = (v: unknown): CsvCell =>
    v === null || v === undefined
      ? null
      : typeof v === 'object'
        ? JSON.stringify(v)
        : typeof v === 'number' || typeof v === 'boolean'
          ? v
          : String(v);
  // The web adds the byte-order mark when it joins the tables into one file.
  return writeCsv(
    columns,
    rows.map((r) => columns.map((c) => cell(r[c]))),
    { locale: 'en-CA', bom: false },
  );
}

export function exportPersonData(deps: Deps, actor: Actor, jobSeekerId: number, req: RequestInfo) {
  const { db } = deps;
  const now = deps.clock.now();
  const person = ownJobSeeker(db, actor, jobSeekerId);
  const personProposals = db
    .select()
    .from(proposals)
    .where(eq(proposals.jobSeekerId, person.id))
    .all();
  const proposalIds = personProposals.map((p) => p.id);
  const personPairings = db
    .select()
    .from(pairings)
    .where(eq(pairings.jobSeekerId, person.id))
    .all();
  const pairingIds = personPairings.map((p) => p.id);
  const data = {
    exportedAt: now.toISOString(),
    profile: person,
    consents: db.select().from(consents).where(eq(consents.jobSeekerId, person.id)).all(),
    proposals: personProposals.map((p) => ({
      ...p,
      postingTitle:
        db.select({ t: postings.title }).from(postings).where(eq(postings.id, p.postingId)).get()
          ?.t ?? null,
    })),
    proposalHistory: proposalIds.length
      ? db
          .select()
          .from(proposalEvents)
          .where(inArray(proposalEvents.proposalId, proposalIds))
          .all()
      : [],
    pairings: personPairings,
    followUps: pairingIds.length
      ? db.select().from(followUps).where(inArray(followUps.pairingId, pairingIds)).all()
      : [],
    claims: pairingIds.length
      ? db.select().from(claims).where(inArray(claims.pairingId, pairingIds)).all()
      : [],
    tranches: pairingIds.length
      ? db.select().from(tranches).where(inArray(tranches.pairingId, pairingIds)).all()
      : [],
    accessLog: db
      .select()
      .from(fileAccessLog)
      .where(eq(fileAccessLog.jobSeekerId, person.id))
      .all(),
    changes: db
      .select()
      .from(auditEvents)
      .where(and(eq(auditEvents.subjectType, 'job_seeker'), eq(auditEvents.subjectId, person.id)))
      .all(),
  };
  const csv = Object.fromEntries(
    Object.entries(data)
      .filter(([, v]) => typeof v === 'object' && v !== null)
      .map(([k, v]) => [
        k,
        toCsv(Array.isArray(v) ? (v as Record<string, unknown>[]) : [v as Record<string, unknown>]),
      ]),
  );
  db.transaction((tx) => {
    tx.insert(fileAccessLog)
      .values({
        jobSeekerId: person.id,
        userId: actor.userId,
        at: now.toISOString(),
        action: 'export',
      })
      .run();
    recordAudit(tx, {
      at: now,
      actorUserId: actor.userId,
      action: 'jobSeeker.exported',
      subjectType: 'job_seeker',
      subjectId: person.id,
      ip: req.ip,
    });
  });
  return { json: data, csv };
}
