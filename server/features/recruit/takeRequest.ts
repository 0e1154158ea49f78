// A counsellor of an organisation serving the region takes a confirmed request in charge, in one
// action and one transaction: the business (created, or the existing one with the same NEQ), its
// employer account (invited by email), and the need as a draft posting the employer publishes.
// An existing business that already has an active account gets the draft posting but no new
// account: nobody obtains access to a business's candidates by claiming its NEQ.
import { and, eq } from 'drizzle-orm';
import { appError } from '../../../shared/errors';
import type { Locale } from '../../../shared/locale';
import { businesses, employerRequests, postings, users } from '../../db/schema';
import type { Actor, Deps, RequestInfo } from '../../deps';
import { invite } from '../accounts/invite';
import { recordAudit } from '../audit/recordAudit';
import { actorOrganisation } from '../guards';
import { visibleEmployerRequest } from './readRequests';

export type TakeResult = {
  businessId: number;
  businessCreated: boolean;
  postingId: number;
  /** invited: an invitation went to the contact; existing_account: the contact already has
   * this business's account; business_has_account: another person holds the business's account. */
  account: 'invited' | 'existing_account' | 'business_has_account';
};

export function takeEmployerRequest(
  deps: Deps,
  actor: Actor,
  requestId: number,
  req: RequestInfo,
): TakeResult {
  const organisationId = actorOrganisation(actor);
  const now = deps.clock.now();
  const at = now.toISOString();
  return deps.db.transaction((tx) => {
    const request = visibleEmployerRequest(tx, actor, requestId);
    if (request.status !== 'confirmed') throw appError('recruit.alreadyTaken');
    // Claim it first: of two counsellors acting at once, one wins, the other is told.
    const claimed = tx
      .update(employerRequests)
      .set({
        status: 'taken',
        takenAt: at,
        takenBy: actor.userId,
        takenOrganisationId: organisationId,
      })
      .where(and(eq(employerRequests.id, request.id), eq(employerRequests.status, 'confirmed')))
      .run().changes;
    if (claimed !== 1) throw appError('recruit.alreadyTaken');

    const existing = tx
      .select({ id: businesses.id })
      .from(businesses)
      .where(eq(businesses.neq, request.neq))
      .get();
    let businessId: number;
    if (existing) {
      businessId = existing.id;
    } else {
      businessId = tx
        .insert(businesses)
        .values({
          legalName: request.legalName,
          neq: request.neq,
          regionCode: request.regionCode,
          city: request.city,
          contactName: request.contactName,
          contactEmail: request.contactEmail,
          contactPhone: request.contactPhone,
          createdAt: at,
          updatedAt: at,
        })
        .returning({ id: businesses.id })
        .get().id;
      recordAudit(tx, {
        at: now,
        actorUserId: actor.userId,
        action: 'business.created',
        subjectType: 'business',
        subjectId: businessId,
        ip: req.ip,
        details: { fromEmployerRequest: request.id },
      });
    }

    const contact = tx.select().from(users).where(eq(users.email, request.contactEmail)).get();
    const businessAccount = tx
      .select({ id: users.id })
      .from(users)
      .where(and(eq(users.businessId, businessId), eq(users.status, 'active')))
      .get();
    let account: TakeResult['account'];
    let employerUserId: number | null = null;
    if (contact && contact.status === 'active' && contact.businessId === businessId) {
      account = 'existing_account';
      employerUserId = contact.id;
    } else if (businessAccount || (contact && contact.status !== 'invited')) {
      account = 'business_has_account';
    } else if (contact && contact.businessId !== businessId) {
      // An invitation pending elsewhere: leave it; the organisation will call the contact.
      account = 'business_has_account';
    } else {
      employerUserId = invite(
        deps,
        actor,
        {
          email: request.contactEmail,
          name: request.contactName,
          role: 'employer',
          businessId,
          locale: request.locale as Locale,
        },
        req,
      ).userId;
      account = 'invited';
    }

    const postingId = tx
      .insert(postings)
      .values({
        businessId,
        title: request.title,
        nocCode: request.nocCode,
        regionCode: request.regionCode,
        city: request.city,
        hoursPerWeek: request.hoursPerWeek,
        hourlyWageCents: request.hourlyWageCents,
        positions: request.positions,
        startDate: request.startDate,
        durationWeeks: request.durationWeeks,
        description: request.description,
        requirements: request.requirements,
        status: 'draft',
        createdBy: actor.userId,
        createdAt: at,
        updatedAt: at,
      })
      .returning({ id: postings.id })
      .get().id;
    recordAudit(tx, {
      at: now,
      actorUserId: actor.userId,
      action: 'posting.created',
      subjectType: 'posting',
      subjectId: postingId,
      ip: req.ip,
      details: { businessId, fromEmployerRequest: request.id, status: 'draft' },
    });

    tx.update(employerRequests)
      .set({ businessId, postingId, employerUserId })
      .where(eq(employerRequests.id, request.id))
      .run();
    recordAudit(tx, {
      at: now,
      actorUserId: actor.userId,
      action: 'employerRequest.taken',
      subjectType: 'employer_request',
      subjectId: request.id,
      ip: req.ip,
      details: { organisationId, businessId, postingId, account, businessCreated: !existing },
    });
    return { businessId, businessCreated: !existing, postingId, account };
  });
}
