// Invitations: a coordinator invites coordinators, organisation managers, counsellors and
// employer contacts; an org_admin invites counsellors of their own organisation. The invitee
// gets an email with a single-use link that expires.
import { and, eq } from 'drizzle-orm';
import type { z } from 'zod';
import type { inviteInput } from '../../../shared/auth/schemas';
import { appError, fieldError } from '../../../shared/errors';
import { invitableRoles } from '../../../shared/roles';
import { businesses, organisations, users } from '../../db/schema';
import type { Actor, Deps, RequestInfo } from '../../deps';
import { invitationEmail } from '../../mail/templates';
import { recordAudit } from '../audit/recordAudit';
import { INVITATION_TTL_DAYS, issueAccountToken } from '../auth/accountTokens';

type Input = z.infer<typeof inviteInput>;

function resolveAffiliation(deps: Deps, actor: Actor, input: Input) {
  const { db } = deps;
  if (input.role === 'coordinator') return { organisationId: null, businessId: null, label: null };
  if (input.role === 'employer') {
    if (!input.businessId) throw fieldError('businessId', 'account.businessRequired');
    const b = db.select().from(businesses).where(eq(businesses.id, input.businessId)).get();
    if (!b) throw fieldError('businessId', 'business.notFound');
    // Outside the coordination, only a business's first contact can be invited, so nobody can
    // give themselves access to an existing business's candidates.
    if (actor.role !== 'coordinator') {
      const contact = db
        .select({ id: users.id })
        .from(users)
        .where(and(eq(users.businessId, b.id), eq(users.status, 'active')))
        .get();
      if (contact) throw fieldError('businessId', 'account.businessHasContact');
    }
    return { organisationId: null, businessId: b.id, label: b.legalName };
  }
  // Organisation roles: an org_admin may only invite into their own organisation.
  const organisationId =
    actor.role === 'org_admin'
      ? (input.organisationId ?? actor.organisationId)
      : input.organisationId;
  if (!organisationId) throw fieldError('organisationId', 'account.organisationRequired');
  if (actor.role === 'org_admin' && organisationId !== actor.organisationId) {
    throw appError('auth.forbidden');
  }
  const o = db.select().from(organisations).where(eq(organisations.id, organisationId)).get();
  if (!o) throw fieldError('organisationId', 'organisation.notFound');
  return { organisationId: o.id, businessId: null, label: o.name };
}

export function invite(
  deps: Deps,
  actor: Actor,
  input: Input,
  req: RequestInfo,
): { userId: number } {
  if (!invitableRoles(actor.role).includes(input.role)) {
    throw appError('account.roleNotInvitable', { role: input.role });
  }
  const affiliation = resolveAffiliation(deps, actor, input);
  const { db, clock } = deps;
  const now = clock.now();
  const inviter = db.select().from(users).where(eq(users.id, actor.userId)).get();

  return db.transaction((tx) => {
    const existing = tx.select().from(users).where(eq(users.email, input.email)).get();
    if (existing && existing.status !== 'invited') throw fieldError('email', 'account.emailTaken');
    if (
      existing &&
      actor.role === 'org_admin' &&
      existing.organisationId !== actor.organisationId
    ) {
      throw fieldError('email', 'account.emailTaken');
    }
    const values = {
      name: input.name,
      role: input.role,
      organisationId: affiliation.organisationId,
      businessId: affiliation.businessId,
      locale: input.locale,
      updatedAt: now.toISOString(),
    };
    // Inviting again someone who has not accepted yet sends a fresh link.
    let userId: number;
    if (existing) {
      tx.update(users).set(values).where(eq(users.id, existing.id)).run();
      userId = existing.id;
    } else {
      userId = tx
        .insert(users)
        .values({ ...values, email: input.email, status: 'invited', createdAt: now.toISOString() })
        .returning({ id: users.id })
        .get().id;
    }
    const token = issueAccountToken(tx, {
      purpose: 'invitation',
      userId,
      createdBy: actor.userId,
      now,
      ttlMinutes: INVITATION_TTL_DAYS * 24 * 60,
    });
    deps.mailer.enqueue(
      tx,
      invitationEmail({
        to: input.email,
        locale: input.locale,
        inviteeName: input.name,
        inviterName: inviter?.name ?? 'Passerelle',
        role: input.role,
        affiliation: affiliation.label,
        link: `${deps.config.appUrl}/invitation#token=${token}`,
        expiresInDays: INVITATION_TTL_DAYS,
      }),
    );
    recordAudit(tx, {
      at: now,
      actorUserId: actor.userId,
      action: 'invitation.sent',
      subjectType: 'user',
      subjectId: userId,
      ip: req.ip,
      details: { role: input.role, ...affiliation, resent: Boolean(existing) },
    });
    return { userId };
  });
}
