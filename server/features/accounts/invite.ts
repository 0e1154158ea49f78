// Invitations: a coordinator invites coordinators, organisation managers, counsellors and
// employer contacts; an org_admin invites counsellors of their own organisation; member
// organisations invite the first contact of a business. The invitee gets a single-use link that
// expires: by email, or, when email is off (no SMTP_URL), shown once to whoever made it.
//
// Sending, resending and changing are one action with one rule: the actor must be allowed to
// send an invitation for the role and scope asked AND, when a pending invitation exists for the
// address, for that invitation's role and scope (sent from their own organisation, outside the
// coordination). Otherwise nothing is written and the answer is the one an address with an
// account gets (`account.emailTaken` on the email field): the form already tells that an address
// is taken, so this says nothing more, whereas a distinct refusal would tell a counsellor that
// someone else (perhaps the coordination) has a pending invitation for that address.
import { and, desc, eq } from 'drizzle-orm';
import type { z } from 'zod';
import type { inviteInput } from '../../../shared/auth/schemas';
import { appError, fieldError } from '../../../shared/errors';
import type { Locale } from '../../../shared/locale';
import { invitableRoles, type Role } from '../../../shared/roles';
import type { DbOrTx } from '../../db/client';
import { accountTokens, businesses, organisations, users } from '../../db/schema';
import type { Actor, Deps, RequestInfo } from '../../deps';
import { invitationEmail } from '../../mail/templates';
import { recordAudit } from '../audit/recordAudit';
import { INVITATION_TTL_DAYS, issueAccountToken } from '../auth/accountTokens';

type Input = z.infer<typeof inviteInput>;

export interface Scope {
  role: Role;
  organisationId: number | null;
  businessId: number | null;
}

/** Whether `actor` may send an invitation for this role and affiliation (already resolved). */
function mayInvite(tx: DbOrTx, actor: Actor, scope: Scope): boolean {
  if (!invitableRoles(actor.role).includes(scope.role)) return false;
  if (actor.role === 'coordinator') return true;
  if (scope.role === 'employer') {
    // Outside the coordination, only a business's first contact can be invited, so nobody can
    // give themselves access to an existing business's candidates.
    return scope.businessId !== null && !hasActiveContact(tx, scope.businessId);
  }
  return scope.organisationId !== null && scope.organisationId === actor.organisationId;
}

function hasActiveContact(tx: DbOrTx, businessId: number): boolean {
  return Boolean(
    tx
      .select({ id: users.id })
      .from(users)
      .where(and(eq(users.businessId, businessId), eq(users.status, 'active')))
      .get(),
  );
}

/** The organisation of whoever sent the pending invitation last (null: the coordination). */
function pendingInviterOrganisation(tx: DbOrTx, userId: number): number | null | undefined {
  const last = tx
    .select({ organisationId: users.organisationId })
    .from(accountTokens)
    .innerJoin(users, eq(users.id, accountTokens.createdBy))
    .where(and(eq(accountTokens.userId, userId), eq(accountTokens.purpose, 'invitation')))
    .orderBy(desc(accountTokens.id))
    .get();
  return last ? last.organisationId : undefined;
}

/** Whether `actor` may resend or change this pending invitation. */
function mayTouchPending(tx: DbOrTx, actor: Actor, pending: typeof users.$inferSelect): boolean {
  if (actor.role === 'coordinator') return true;
  const from = pendingInviterOrganisation(tx, pending.id);
  if (from === undefined || from === null || from !== actor.organisationId) return false;
  return mayInvite(tx, actor, pending);
}

function resolveAffiliation(tx: DbOrTx, actor: Actor, input: Input) {
  if (input.role === 'coordinator') return { organisationId: null, businessId: null, label: null };
  if (input.role === 'employer') {
    if (!input.businessId) throw fieldError('businessId', 'account.businessRequired');
    const b = tx.select().from(businesses).where(eq(businesses.id, input.businessId)).get();
    if (!b) throw fieldError('businessId', 'business.notFound');
    if (actor.role !== 'coordinator' && hasActiveContact(tx, b.id)) {
      throw fieldError('businessId', 'account.businessHasContact');
    }
    return { organisationId: null, businessId: b.id, label: b.legalName };
  }
  // Organisation roles: an org_admin may only invite into their own organisation.
  const organisationId =
    actor.role === 'org_admin'
      ? (input.organisationId ?? actor.organisationId)
      : input.organisationId;
  if (!organisationId) throw fieldError('organisationId', 'account.organisationRequired');
  if (actor.role !== 'coordinator' && organisationId !== actor.organisationId) {
    throw appError('auth.forbidden');
  }
  const o = tx.select().from(organisations).where(eq(organisations.id, organisationId)).get();
  if (!o) throw fieldError('organisationId', 'organisation.notFound');
  return { organisationId: o.id, businessId: null, label: o.name };
}

export interface InvitationResult {
  userId: number;
  /** The link itself, for its maker only, when email is off; null when it went by email. */
  link: string | null;
}

/**
 * Writes an invitation whose sender is already known to be allowed: the invited account (a
 * pending one gets the new role, affiliation, name and language), a fresh single-use link that
 * replaces any earlier one, the email when email is on, and the audit row. Also used by the
 * operator's command line (features/accounts/commandLineInvitation.ts).
 */
export function writeInvitation(
  deps: Deps,
  tx: DbOrTx,
  p: {
    existing: typeof users.$inferSelect | undefined;
    email: string;
    name: string;
    locale: Locale;
    scope: Scope;
    affiliationLabel: string | null;
    inviter: { userId: number; name: string } | null;
    ip: string | null;
    now: Date;
  },
): InvitationResult {
  const values = {
    name: p.name,
    role: p.scope.role,
    organisationId: p.scope.organisationId,
    businessId: p.scope.businessId,
    locale: p.locale,
    updatedAt: p.now.toISOString(),
  };
  let userId: number;
  if (p.existing) {
    tx.update(users).set(values).where(eq(users.id, p.existing.id)).run();
    userId = p.existing.id;
  } else {
    userId = tx
      .insert(users)
      .values({ ...values, email: p.email, status: 'invited', createdAt: p.now.toISOString() })
      .returning({ id: users.id })
      .get().id;
  }
  const token = issueAccountToken(tx, {
    purpose: 'invitation',
    userId,
    createdBy: p.inviter?.userId ?? null,
    now: p.now,
    ttlMinutes: INVITATION_TTL_DAYS * 24 * 60,
  });
  const link = `${deps.config.appUrl}/invitation#token=${token}`;
  if (deps.mailer.enabled) {
    deps.mailer.enqueue(
      tx,
      invitationEmail({
        to: p.email,
        locale: p.locale,
        inviteeName: p.name,
        inviterName: p.inviter?.name ?? 'Passerelle',
        role: p.scope.role,
        affiliation: p.affiliationLabel,
        link,
        expiresInDays: INVITATION_TTL_DAYS,
      }),
    );
  }
  recordAudit(tx, {
    at: p.now,
    actorUserId: p.inviter?.userId ?? null,
    action: 'invitation.sent',
    subjectType: 'user',
    subjectId: userId,
    ip: p.ip,
    details: {
      ...p.scope,
      label: p.affiliationLabel,
      by: p.inviter ? 'user' : 'command_line',
      resent: Boolean(p.existing),
      delivery: deps.mailer.enabled ? 'email' : 'shown',
    },
  });
  return { userId, link: deps.mailer.enabled ? null : link };
}

export function invite(deps: Deps, actor: Actor, input: Input, req: RequestInfo): InvitationResult {
  if (!invitableRoles(actor.role).includes(input.role)) {
    throw appError('account.roleNotInvitable', { role: input.role });
  }
  const now = deps.clock.now();
  return deps.db.transaction((tx) => {
    const { label, ...affiliation } = resolveAffiliation(tx, actor, input);
    const scope: Scope = { role: input.role, ...affiliation };
    if (!mayInvite(tx, actor, scope)) throw appError('auth.forbidden');
    const existing = tx.select().from(users).where(eq(users.email, input.email)).get();
    if (existing && existing.status !== 'invited') throw fieldError('email', 'account.emailTaken');
    // Resending or changing someone else's pending invitation: nothing happens, and the answer
    // is the one an address with an account gets.
    if (existing && !mayTouchPending(tx, actor, existing)) {
      throw fieldError('email', 'account.emailTaken');
    }
    const inviter = tx
      .select({ name: users.name })
      .from(users)
      .where(eq(users.id, actor.userId))
      .get();
    return writeInvitation(deps, tx, {
      existing,
      email: input.email,
      name: input.name,
      locale: input.locale,
      scope,
      affiliationLabel: label,
      inviter: { userId: actor.userId, name: inviter?.name ?? 'Passerelle' },
      ip: req.ip,
      now,
    });
  });
}
