import { desc, eq } from 'drizzle-orm';
import { beforeEach, describe, expect, it } from 'vitest';
import { auditEvents, outbox, users } from '../../server/db/schema';
import { aBusiness, anOrganisation, aUser, TEST_PASSWORD } from '../helpers/builders';
import { anonymous, as, callerWithToken } from '../helpers/callers';
import { expectAppError, expectValidationError } from '../helpers/expectError';
import { type TestDeps, testDeps } from '../helpers/testDeps';

let deps: TestDeps;
beforeEach(() => {
  deps = testDeps();
});

/** The token in the last email sent to `to` (read from the outbox, as SMTP would send it). */
function linkTokenFor(to: string): string {
  const mail = deps.db
    .select()
    .from(outbox)
    .where(eq(outbox.toAddress, to))
    .orderBy(desc(outbox.id))
    .get();
  const m = mail?.textBody.match(/#token=([\w-]+)/);
  if (!m?.[1]) throw new Error(`no link in email to ${to}`);
  return m[1];
}

describe('invitations', () => {
  it('a coordinator invites an employer contact: email with link, account usable after acceptance', async () => {
    const coord = await aUser(deps.db, 'coordinator', { name: 'Catherine Lavoie' });
    const biz = aBusiness(deps.db, { legalName: 'Boulangerie Test inc.' });
    const { userId } = await as(deps, coord.id).accounts.invite({
      email: 'Nouvel.Employeur@Example.test',
      name: 'Nadia Employeur',
      role: 'employer',
      businessId: biz.id,
      locale: 'fr-CA',
    });
    const invited = deps.db.select().from(users).where(eq(users.id, userId)).get();
    expect(invited).toMatchObject({
      email: 'nouvel.employeur@example.test',
      status: 'invited',
      passwordHash: null,
      businessId: biz.id,
    });

    const mail = deps.db.select().from(outbox).get();
    expect(mail?.subject).toContain('invitation');
    expect(mail?.textBody).toContain('Catherine Lavoie');
    expect(mail?.textBody).toContain('Boulangerie Test inc.');
    expect(mail?.textBody).toContain('http://localhost:3000/invitation#token=');

    const token = linkTokenFor('nouvel.employeur@example.test');
    const described = await anonymous(deps).accounts.invitation({ token });
    expect(described).toMatchObject({
      email: 'nouvel.employeur@example.test',
      role: 'employer',
      businessName: 'Boulangerie Test inc.',
    });

    const { caller, cookies } = callerWithToken(deps, null);
    const me = await caller.accounts.acceptInvitation({
      token,
      name: 'Nadia E.',
      password: 'une phrase de passe solide',
    });
    expect(me).toMatchObject({ id: userId, name: 'Nadia E.', role: 'employer' });
    expect(cookies.setCalls).toHaveLength(1);
    const again = await anonymous(deps).auth.login({
      email: 'nouvel.employeur@example.test',
      password: 'une phrase de passe solide',
    });
    expect(again.id).toBe(userId);
    const actions = deps.db
      .select({ a: auditEvents.action })
      .from(auditEvents)
      .all()
      .map((r) => r.a);
    expect(actions).toEqual(expect.arrayContaining(['invitation.sent', 'invitation.accepted']));
  });

  it('the link works once', async () => {
    const coord = await aUser(deps.db, 'coordinator');
    await as(deps, coord.id).accounts.invite({
      email: 'c2@example.test',
      name: 'C Deux',
      role: 'coordinator',
      locale: 'en-CA',
    });
    const token = linkTokenFor('c2@example.test');
    await anonymous(deps).accounts.acceptInvitation({
      token,
      name: 'C Deux',
      password: 'first passphrase here',
    });
    await expectAppError(
      anonymous(deps).accounts.acceptInvitation({
        token,
        name: 'Attacker',
        password: 'second passphrase here',
      }),
      'token.used',
    );
    await expectAppError(anonymous(deps).accounts.invitation({ token }), 'token.used');
    // The first password still works; the second never took effect.
    await expectAppError(
      anonymous(deps).auth.login({ email: 'c2@example.test', password: 'second passphrase here' }),
      'auth.invalidCredentials',
    );
  });

  it('the link expires after 7 days', async () => {
    const coord = await aUser(deps.db, 'coordinator');
    await as(deps, coord.id).accounts.invite({
      email: 'late@example.test',
      name: 'Late',
      role: 'coordinator',
      locale: 'fr-CA',
    });
    const token = linkTokenFor('late@example.test');
    deps.clock.advanceMinutes(7 * 24 * 60 + 1);
    await expectAppError(
      anonymous(deps).accounts.acceptInvitation({
        token,
        name: 'Late',
        password: 'a long passphrase',
      }),
      'token.expired',
    );
    const u = deps.db.select().from(users).where(eq(users.email, 'late@example.test')).get();
    expect(u?.status).toBe('invited');
  });

  it('an unknown token is refused, and a malformed one gets a field error', async () => {
    await expectAppError(
      anonymous(deps).accounts.acceptInvitation({
        token: 'x'.repeat(43),
        name: 'X',
        password: 'a long passphrase',
      }),
      'token.invalid',
    );
    await expectValidationError(
      anonymous(deps).accounts.acceptInvitation({
        token: 'short',
        name: 'X',
        password: 'a long passphrase',
      }),
      'token',
    );
  });

  it('refuses a short password at acceptance, field by field, and writes nothing', async () => {
    const coord = await aUser(deps.db, 'coordinator');
    await as(deps, coord.id).accounts.invite({
      email: 'weak@example.test',
      name: 'Weak',
      role: 'coordinator',
      locale: 'fr-CA',
    });
    const token = linkTokenFor('weak@example.test');
    await expectValidationError(
      anonymous(deps).accounts.acceptInvitation({ token, name: 'Weak', password: 'short' }),
      'password',
    );
    // The token is still usable.
    expect((await anonymous(deps).accounts.invitation({ token })).email).toBe('weak@example.test');
  });

  it('an org_admin invites counsellors of their own organisation only', async () => {
    const admin = await aUser(deps.db, 'org_admin');
    const other = anOrganisation(deps.db);
    const caller = as(deps, admin.id);
    const { userId } = await caller.accounts.invite({
      email: 'new.c@example.test',
      name: 'New C',
      role: 'counsellor',
      locale: 'fr-CA',
    });
    expect(deps.db.select().from(users).where(eq(users.id, userId)).get()?.organisationId).toBe(
      admin.organisationId,
    );
    await expectAppError(
      caller.accounts.invite({
        email: 'x1@example.test',
        name: 'X',
        role: 'counsellor',
        organisationId: other.id,
        locale: 'fr-CA',
      }),
      'auth.forbidden',
      'FORBIDDEN',
    );
    await expectAppError(
      caller.accounts.invite({
        email: 'x2@example.test',
        name: 'X',
        role: 'org_admin',
        locale: 'fr-CA',
      }),
      'account.roleNotInvitable',
    );
    await expectAppError(
      caller.accounts.invite({
        email: 'x3@example.test',
        name: 'X',
        role: 'coordinator',
        locale: 'fr-CA',
      }),
      'account.roleNotInvitable',
    );
    // An employer contact only for a business without one yet.
    const taken = aBusiness(deps.db);
    await aUser(deps.db, 'employer', { businessId: taken.id });
    await expectAppError(
      caller.accounts.invite({
        email: 'x4@example.test',
        name: 'X',
        role: 'employer',
        businessId: taken.id,
        locale: 'fr-CA',
      }),
      'account.businessHasContact',
    );
    const fresh = aBusiness(deps.db);
    await caller.accounts.invite({
      email: 'x5@example.test',
      name: 'X',
      role: 'employer',
      businessId: fresh.id,
      locale: 'fr-CA',
    });
    expect(
      deps.db.select().from(users).where(eq(users.email, 'x1@example.test')).get(),
    ).toBeUndefined();
  });

  it('employers cannot invite anyone; counsellors only a new business’s first contact', async () => {
    const c = await aUser(deps.db, 'counsellor');
    const e = await aUser(deps.db, 'employer');
    const invitation = { email: 'z@example.test', name: 'Z', locale: 'fr-CA' } as const;
    await expectAppError(
      as(deps, e.id).accounts.invite({ ...invitation, role: 'counsellor' }),
      'auth.forbidden',
      'FORBIDDEN',
    );
    await expectAppError(
      as(deps, c.id).accounts.invite({ ...invitation, role: 'counsellor' }),
      'account.roleNotInvitable',
    );
    await expectAppError(
      as(deps, c.id).accounts.invite({
        ...invitation,
        role: 'employer',
        businessId: e.businessId ?? 0,
      }),
      'account.businessHasContact',
    );
    expect(deps.db.select().from(outbox).all()).toHaveLength(0);
  });

  it('refuses an email that already has an account, and needs the affiliation for the role', async () => {
    const coord = await aUser(deps.db, 'coordinator');
    const existing = await aUser(deps.db, 'counsellor');
    const caller = as(deps, coord.id);
    await expectAppError(
      caller.accounts.invite({
        email: existing.email,
        name: 'Dup',
        role: 'coordinator',
        locale: 'fr-CA',
      }),
      'account.emailTaken',
      'CONFLICT',
    );
    await expectAppError(
      caller.accounts.invite({
        email: 'o@example.test',
        name: 'O',
        role: 'counsellor',
        locale: 'fr-CA',
      }),
      'account.organisationRequired',
    );
    await expectAppError(
      caller.accounts.invite({
        email: 'b@example.test',
        name: 'B',
        role: 'employer',
        locale: 'fr-CA',
      }),
      'account.businessRequired',
    );
    await expectAppError(
      caller.accounts.invite({
        email: 'b@example.test',
        name: 'B',
        role: 'employer',
        businessId: 9999,
        locale: 'fr-CA',
      }),
      'business.notFound',
    );
  });

  it('inviting again someone who has not accepted sends a new link and kills the old one', async () => {
    const coord = await aUser(deps.db, 'coordinator');
    const caller = as(deps, coord.id);
    await caller.accounts.invite({
      email: 'twice@example.test',
      name: 'Twice',
      role: 'coordinator',
      locale: 'fr-CA',
    });
    const first = linkTokenFor('twice@example.test');
    await caller.accounts.invite({
      email: 'twice@example.test',
      name: 'Twice',
      role: 'coordinator',
      locale: 'fr-CA',
    });
    const second = linkTokenFor('twice@example.test');
    expect(second).not.toBe(first);
    await expectAppError(anonymous(deps).accounts.invitation({ token: first }), 'token.used');
    expect((await anonymous(deps).accounts.invitation({ token: second })).email).toBe(
      'twice@example.test',
    );
  });

  it('emails the invitation in the invitee’s language', async () => {
    const coord = await aUser(deps.db, 'coordinator');
    await as(deps, coord.id).accounts.invite({
      email: 'en@example.test',
      name: 'Ann',
      role: 'coordinator',
      locale: 'en-CA',
    });
    const mail = deps.db.select().from(outbox).get();
    expect(mail?.subject).toBe('Your invitation to Passerelle (FIT program)');
    expect(mail?.textBody).toContain('expires in 7 days');
  });
});

describe('role changes', () => {
  it('a coordinator makes a counsellor an org_admin, with an audit row', async () => {
    const coord = await aUser(deps.db, 'coordinator');
    const c = await aUser(deps.db, 'counsellor');
    await as(deps, coord.id).accounts.changeRole({ userId: c.id, role: 'org_admin' });
    expect(deps.db.select().from(users).where(eq(users.id, c.id)).get()?.role).toBe('org_admin');
    const row = deps.db
      .select()
      .from(auditEvents)
      .where(eq(auditEvents.action, 'role.changed'))
      .get();
    expect(row?.details).toEqual({ from: 'counsellor', to: 'org_admin' });
    expect(row?.actorUserId).toBe(coord.id);
  });

  it('refuses employers, coordinators and oneself as targets, and non-coordinators as actors', async () => {
    const coord = await aUser(deps.db, 'coordinator');
    const emp = await aUser(deps.db, 'employer');
    const admin = await aUser(deps.db, 'org_admin');
    const c = await aUser(deps.db, 'counsellor', { organisationId: admin.organisationId });
    await expectAppError(
      as(deps, coord.id).accounts.changeRole({ userId: emp.id, role: 'org_admin' }),
      'account.roleChangeNotAllowed',
    );
    await expectAppError(
      as(deps, coord.id).accounts.changeRole({ userId: coord.id, role: 'org_admin' }),
      'account.cannotChangeOwnRole',
    );
    await expectAppError(
      as(deps, admin.id).accounts.changeRole({ userId: c.id, role: 'org_admin' }),
      'auth.forbidden',
    );
    await expectAppError(
      as(deps, coord.id).accounts.changeRole({ userId: 424242, role: 'org_admin' }),
      'account.notFound',
    );
  });
});

describe('my account', () => {
  it('changes the password (current one required) and signs out the other sessions only', async () => {
    const u = await aUser(deps.db, 'counsellor');
    const here = as(deps, u.id);
    const elsewhere = callerWithToken(deps, null);
    await elsewhere.caller.auth.login({ email: u.email, password: TEST_PASSWORD });
    const elsewhereToken = elsewhere.cookies.setCalls[0]?.token ?? '';
    await expectAppError(
      here.accounts.changePassword({
        currentPassword: 'not it at all',
        newPassword: 'a brand new passphrase',
      }),
      'auth.wrongCurrentPassword',
    );
    await here.accounts.changePassword({
      currentPassword: TEST_PASSWORD,
      newPassword: 'a brand new passphrase',
    });
    expect((await here.auth.me())?.id).toBe(u.id);
    expect(await callerWithToken(deps, elsewhereToken).caller.auth.me()).toBeNull();
    expect(
      (await anonymous(deps).auth.login({ email: u.email, password: 'a brand new passphrase' })).id,
    ).toBe(u.id);
  });

  it('updates name and language; the language is remembered', async () => {
    const u = await aUser(deps.db, 'employer');
    const caller = as(deps, u.id);
    await caller.accounts.updateProfile({ name: '  Julie R. ', locale: 'en-CA' });
    expect(await caller.auth.me()).toMatchObject({ name: 'Julie R.', locale: 'en-CA' });
    await caller.accounts.setLocale({ locale: 'fr-CA' });
    expect((await caller.auth.me())?.locale).toBe('fr-CA');
    await expectValidationError(
      caller.accounts.updateProfile({ name: '   ', locale: 'en-CA' }),
      'name',
    );
  });
});
