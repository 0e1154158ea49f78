// Strong sign-in, API level: TOTP (set-up, second step, wrong code, replayed code, another
// account's code, expiry, throttling), recovery codes (once each, hashed), passkeys checked by
// @simplewebauthn against a software authenticator (registration, passwordless sign-in, second
// factor, replay, wrong origin, another account's passkey), the grace period and its gate, and
// the coordinator's reset; a reset link and an invitation keep to the same rules. Time comes
// from the test clock, which the tests move.
import { and, eq } from 'drizzle-orm';
import { Secret, TOTP } from 'otpauth';
import { beforeEach, describe, expect, it } from 'vitest';
import { createApp } from '../../server/app';
import {
  auditEvents,
  loginFailures,
  passkeys,
  recoveryCodes,
  sessions,
  users,
} from '../../server/db/schema';
import { hashToken } from '../../server/features/auth/tokens';
import { aUser, TEST_PASSWORD } from '../helpers/builders';
import { anonymous, as, callerWithToken, REQ, signIn } from '../helpers/callers';
import { expectAppError } from '../helpers/expectError';
import { SoftAuthenticator } from '../helpers/softAuthenticator';
import { type TestDeps, testDeps } from '../helpers/testDeps';

let deps: TestDeps;
beforeEach(() => {
  deps = testDeps();
});

type User = Awaited<ReturnType<typeof aUser>>;

function codeAt(secret: string, deps: TestDeps, offsetSeconds = 0): string {
  return new TOTP({ secret: Secret.fromBase32(secret), digits: 6, period: 30 }).generate({
    timestamp: deps.clock.now().getTime() + offsetSeconds * 1000,
  });
}

/** Sets up TOTP for a user through the procedures; returns the secret and recovery codes. */
async function withTotp(user: User) {
  const caller = as(deps, user.id);
  const setup = await caller.security.totpBegin();
  const confirmed = await caller.security.totpConfirm({ code: codeAt(setup.secret, deps) });
  // The step just used cannot serve again: later codes come from the next step.
  deps.clock.advanceMinutes(1);
  return { secret: setup.secret, recoveryCodes: confirmed.recoveryCodes ?? [] };
}

/** Password step: expects the second factor to be asked; returns the half-session's token. */
async function passwordStep(email: string) {
  const { caller, cookies } = callerWithToken(deps, null);
  const err = await expectAppError(
    caller.auth.login({ email, password: TEST_PASSWORD }),
    'auth.secondFactorRequired',
    'UNAUTHORIZED',
  );
  const token = cookies.setCalls[0]?.token;
  if (!token) throw new Error('no half-session cookie');
  return { token, methods: String(err.params.methods) };
}

function pending(token: string) {
  return callerWithToken(deps, token);
}

describe('TOTP', () => {
  it('sets up with the first code, then asks for a code after the password and signs in with it', async () => {
    const u = await aUser(deps.db, 'counsellor');
    const caller = as(deps, u.id);
    const setup = await caller.security.totpBegin();
    expect(setup.uri).toMatch(/^otpauth:\/\/totp\/Passerelle:.+\?.*secret=/);
    expect(setup.qrCode).toMatch(/^data:image\/svg\+xml;base64,/);
    const wrong = await expectAppError(
      caller.security.totpConfirm({ code: codeAt(setup.secret, deps, 300) }),
      'secondFactor.codeInvalid',
    );
    expect(wrong.field).toBe('code');
    const { recoveryCodes: codes } = await caller.security.totpConfirm({
      code: codeAt(setup.secret, deps),
    });
    expect(codes).toHaveLength(10);
    for (const c of codes ?? []) expect(c).toMatch(/^[0-9A-Z]{4}(-[0-9A-Z]{4}){3}$/);
    // Stored hashed: no row holds a code.
    const stored = deps.db.select().from(recoveryCodes).where(eq(recoveryCodes.userId, u.id)).all();
    expect(stored).toHaveLength(10);
    for (const row of stored)
      for (const c of codes ?? []) expect(row.codeHash).not.toContain(c.replace(/-/g, ''));

    deps.clock.advanceMinutes(1);
    const { token, methods } = await passwordStep(u.email);
    expect(methods).toBe('totp,recovery');
    // The half-session opens nothing.
    const half = pending(token);
    expect(await half.caller.auth.me()).toBeNull();
    await expectAppError(half.caller.security.status(), 'auth.notAuthenticated');

    const signedIn = await half.caller.auth.verifySecondFactor({
      method: 'totp',
      code: ` ${codeAt(setup.secret, deps).replace(/(\d{3})/, '$1 ')}`,
    });
    expect(signedIn.id).toBe(u.id);
    const full = half.cookies.setCalls[0]?.token ?? '';
    expect(full).not.toBe(token);
    const rows = deps.db.select().from(sessions).where(eq(sessions.userId, u.id)).all();
    expect(rows.map((r) => r.id)).not.toContain(hashToken(token));
    expect(rows.find((r) => r.id === hashToken(full))?.stage).toBe('full');
    expect((await callerWithToken(deps, full).caller.auth.me())?.id).toBe(u.id);
  });

  it('refuses a wrong code, a replayed code and the code of another account', async () => {
    const a = await aUser(deps.db, 'org_admin');
    const b = await aUser(deps.db, 'org_admin');
    const ta = await withTotp(a);
    const tb = await withTotp(b);

    const first = await passwordStep(a.email);
    const wrong = String((Number(codeAt(ta.secret, deps)) + 1) % 1_000_000).padStart(6, '0');
    await expectAppError(
      pending(first.token).caller.auth.verifySecondFactor({ method: 'totp', code: wrong }),
      'auth.secondFactorInvalid',
    );
    await expectAppError(
      pending(first.token).caller.auth.verifySecondFactor({
        method: 'totp',
        code: codeAt(tb.secret, deps),
      }),
      'auth.secondFactorInvalid',
    );
    const code = codeAt(ta.secret, deps);
    await pending(first.token).caller.auth.verifySecondFactor({ method: 'totp', code });

    // Someone who saw the code tries it within the same 30 seconds.
    const second = await passwordStep(a.email);
    await expectAppError(
      pending(second.token).caller.auth.verifySecondFactor({ method: 'totp', code }),
      'auth.secondFactorReplayed',
    );
    // The next step's code works.
    deps.clock.advanceMinutes(0.5);
    await pending(second.token).caller.auth.verifySecondFactor({
      method: 'totp',
      code: codeAt(ta.secret, deps),
    });

    const failures = deps.db
      .select()
      .from(auditEvents)
      .where(
        and(eq(auditEvents.action, 'auth.second_factor_failed'), eq(auditEvents.subjectId, a.id)),
      )
      .all();
    expect(failures.map((f) => f.details.code)).toEqual([
      'auth.secondFactorInvalid',
      'auth.secondFactorInvalid',
      'auth.secondFactorReplayed',
    ]);
    // Counted on the account's second-factor key, which a right password does not clear.
    const counted = deps.db
      .select()
      .from(loginFailures)
      .where(eq(loginFailures.key, `second_factor:${a.id}`))
      .all();
    expect(counted).toHaveLength(3);
  });

  it('throttles guessing like passwords, and the half-session expires', async () => {
    const u = await aUser(deps.db, 'counsellor');
    const t = await withTotp(u);
    const { token } = await passwordStep(u.email);
    const bad = String((Number(codeAt(t.secret, deps)) + 7) % 1_000_000).padStart(6, '0');
    for (let i = 0; i < 5; i++) {
      await expectAppError(
        pending(token).caller.auth.verifySecondFactor({ method: 'totp', code: bad }),
        'auth.secondFactorInvalid',
      );
    }
    await expectAppError(
      pending(token).caller.auth.verifySecondFactor({
        method: 'totp',
        code: codeAt(t.secret, deps),
      }),
      'auth.tooManyAttempts',
    );
    // A right password again does not reopen the guessing.
    const fresh = await passwordStep(u.email);
    await expectAppError(
      pending(fresh.token).caller.auth.verifySecondFactor({ method: 'totp', code: bad }),
      'auth.tooManyAttempts',
    );

    deps.clock.advanceMinutes(20);
    const again = await passwordStep(u.email);
    deps.clock.advanceMinutes(11);
    await expectAppError(
      pending(again.token).caller.auth.verifySecondFactor({
        method: 'totp',
        code: codeAt(t.secret, deps),
      }),
      'auth.secondFactorExpired',
    );
  });

  it('rejects malformed codes field by field', async () => {
    const u = await aUser(deps.db, 'counsellor');
    await withTotp(u);
    const { token } = await passwordStep(u.email);
    for (const code of ['12345', 'abcdef', '1234567', '']) {
      const err = await pending(token)
        .caller.auth.verifySecondFactor({ method: 'totp', code })
        .then(
          () => null,
          (e: { code?: string }) => e,
        );
      expect(err?.code).toBe('BAD_REQUEST');
    }
  });
});

describe('recovery codes', () => {
  it('each works once; used twice, or from another account, it is refused', async () => {
    const a = await aUser(deps.db, 'coordinator');
    const b = await aUser(deps.db, 'coordinator');
    const ta = await withTotp(a);
    const tb = await withTotp(b);
    const [code] = ta.recoveryCodes;
    if (!code) throw new Error('no recovery code');

    const one = await passwordStep(a.email);
    await expectAppError(
      pending(one.token).caller.auth.verifySecondFactor({
        method: 'recovery',
        code: tb.recoveryCodes[0] ?? '',
      }),
      'auth.secondFactorInvalid',
    );
    const ok = await pending(one.token).caller.auth.verifySecondFactor({
      method: 'recovery',
      code: code.toLowerCase().replace(/-/g, ' '),
    });
    expect(ok.id).toBe(a.id);
    expect((await as(deps, a.id).security.status()).recoveryCodesLeft).toBe(9);

    const two = await passwordStep(a.email);
    await expectAppError(
      pending(two.token).caller.auth.verifySecondFactor({ method: 'recovery', code }),
      'auth.recoveryCodeUsed',
    );
    const audit = deps.db
      .select()
      .from(auditEvents)
      .where(and(eq(auditEvents.action, 'mfa.recovery_code_used'), eq(auditEvents.subjectId, a.id)))
      .all();
    expect(audit).toHaveLength(1);

    // New codes replace the old ones.
    const fresh = await as(deps, a.id).security.regenerateRecoveryCodes();
    expect(fresh.recoveryCodes).toHaveLength(10);
    await expectAppError(
      pending(two.token).caller.auth.verifySecondFactor({
        method: 'recovery',
        code: ta.recoveryCodes[1] ?? '',
      }),
      'auth.secondFactorInvalid',
    );
    await expectAppError(
      as(deps, (await aUser(deps.db, 'counsellor')).id).security.regenerateRecoveryCodes(),
      'secondFactor.noneEnabled',
    );
  });
});

describe('passkeys', () => {
  async function registered(user: User, authenticator = new SoftAuthenticator()) {
    const caller = as(deps, user.id);
    const options = await caller.security.passkeyOptions();
    expect(options.authenticatorSelection?.residentKey).toBe('required');
    expect(options.authenticatorSelection?.userVerification).toBe('required');
    const result = await caller.security.passkeyRegister({
      label: 'Ordinateur du bureau',
      response: authenticator.register(options),
    });
    return { authenticator, result };
  }

  it('registers (real verification), then signs in alone, passwordless', async () => {
    const u = await aUser(deps.db, 'employer');
    const { authenticator, result } = await registered(u);
    expect(result.recoveryCodes).toHaveLength(10);
    const status = await as(deps, u.id).security.status();
    expect(status.passkeys.map((p) => p.label)).toEqual(['Ordinateur du bureau']);

    const visitor = callerWithToken(deps, null);
    const options = await visitor.caller.auth.passkeyOptions();
    expect(options.allowCredentials ?? []).toEqual([]);
    const response = authenticator.assert(options);
    const me = await visitor.caller.auth.passkeySignIn({ response });
    expect(me.id).toBe(u.id);
    const token = visitor.cookies.setCalls[0]?.token ?? '';
    expect((await callerWithToken(deps, token).caller.auth.me())?.id).toBe(u.id);
    expect(deps.db.select().from(passkeys).where(eq(passkeys.userId, u.id)).get()?.counter).toBe(1);
    const audit = deps.db
      .select()
      .from(auditEvents)
      .where(eq(auditEvents.action, 'auth.passkey_sign_in'))
      .all();
    expect(audit.map((e) => e.actorUserId)).toEqual([u.id]);

    // The same signed response again: its challenge was spent.
    await expectAppError(anonymous(deps).auth.passkeySignIn({ response }), 'auth.passkeyInvalid');
  });

  it('refuses a registration from another origin, and an assertion for another site or challenge', async () => {
    const u = await aUser(deps.db, 'counsellor');
    const caller = as(deps, u.id);
    const options = await caller.security.passkeyOptions();
    const evil = new SoftAuthenticator('https://passerelle.example.com');
    const err = await expectAppError(
      caller.security.passkeyRegister({ label: 'x', response: evil.register(options) }),
      'secondFactor.passkeyInvalid',
    );
    expect(err.field).toBe('response');
    expect(deps.db.select().from(passkeys).all()).toHaveLength(0);

    const { authenticator } = await registered(u);
    const signInOptions = await anonymous(deps).auth.passkeyOptions();
    await expectAppError(
      anonymous(deps).auth.passkeySignIn({
        response: authenticator.assert(signInOptions, { origin: 'https://evil.example' }),
      }),
      'auth.passkeyInvalid',
    );
    await expectAppError(
      anonymous(deps).auth.passkeySignIn({
        response: authenticator.assert(signInOptions, { challenge: 'bm90LWlzc3VlZA' }),
      }),
      'auth.passkeyInvalid',
    );
  });

  it('finishes a password sign-in as second factor, and only with that account’s passkey', async () => {
    const a = await aUser(deps.db, 'org_admin');
    const b = await aUser(deps.db, 'org_admin');
    const { authenticator: keyA } = await registered(a);
    const { authenticator: keyB } = await registered(b);

    const step = await passwordStep(a.email);
    expect(step.methods).toBe('passkey,recovery');
    const half = pending(step.token);
    const options = await half.caller.auth.passkeyOptions();
    expect(options.allowCredentials?.map((c) => c.id)).toEqual([
      keyA.credentials[0]?.id.toString('base64url'),
    ]);
    const credentialB = keyB.credentials[0];
    await expectAppError(
      half.caller.auth.passkeySignIn({
        response: keyB.assert(options, { credential: credentialB }),
      }),
      'auth.passkeyInvalid',
    );
    const again = await half.caller.auth.passkeyOptions();
    const me = await half.caller.auth.passkeySignIn({ response: keyA.assert(again) });
    expect(me.id).toBe(a.id);
    expect(me.secondFactor).toMatchObject({ required: true, enabled: true, gate: 'ok' });
  });

  it('removes one’s own passkey only', async () => {
    const a = await aUser(deps.db, 'counsellor');
    const b = await aUser(deps.db, 'counsellor');
    await registered(a);
    const [key] = (await as(deps, a.id).security.status()).passkeys;
    if (!key) throw new Error('no passkey');
    await expectAppError(
      as(deps, b.id).security.passkeyRemove({ id: key.id }),
      'secondFactor.passkeyNotFound',
    );
    await as(deps, a.id).security.passkeyRemove({ id: key.id });
    expect((await as(deps, a.id).security.status()).passkeys).toEqual([]);
  });
});

describe('required for coordinators and organisation managers', () => {
  it('gives a grace period from the first sign-in, then opens only the set-up', async () => {
    const c = await aUser(deps.db, 'coordinator');
    const { caller, cookies } = callerWithToken(deps, null);
    const me = await caller.auth.login({ email: c.email, password: TEST_PASSWORD });
    expect(me.secondFactor).toMatchObject({ required: true, enabled: false, gate: 'grace' });
    expect(me.secondFactor.deadline).toBe(
      new Date(deps.clock.now().getTime() + 14 * 86_400_000).toISOString(),
    );
    const token = cookies.setCalls[0]?.token ?? '';
    await callerWithToken(deps, token).caller.phases.list();

    // Sessions last 12 hours unused: two weeks later it is a new one, past the deadline.
    deps.clock.advanceMinutes(14 * 24 * 60 + 1);
    const later = signIn(deps, c.id).token;
    const session = () => callerWithToken(deps, later).caller;
    await expectAppError(session().phases.list(), 'auth.secondFactorSetupRequired', 'FORBIDDEN');
    await expectAppError(session().security.accounts(), 'auth.secondFactorSetupRequired');
    expect((await session().auth.me())?.secondFactor.gate).toBe('overdue');
    // The language of the screens can still change; the API tokens (a way around) cannot be made.
    await session().accounts.setLocale({ locale: 'en-CA' });
    await expectAppError(
      session().apiTokens.create({
        name: 'Jeton',
        scopes: ['program:read'],
        expiresOn: '2027-01-01',
      }),
      'auth.secondFactorSetupRequired',
    );
    // Downloads are closed too.
    const app = createApp(deps);
    const res = await app.request('http://localhost:3000/exports/phases/1/report.xlsx', {
      headers: { cookie: `passerelle_session=${later}` },
    });
    expect(res.status).toBe(403);

    const setup = await session().security.totpBegin();
    await session().security.totpConfirm({ code: codeAt(setup.secret, deps) });
    await session().phases.list();
    expect((await session().auth.me())?.secondFactor.gate).toBe('ok');
  });

  it('follows the grace period the coordinator sets; counsellors are never forced', async () => {
    const boss = await aUser(deps.db, 'coordinator');
    const manager = await aUser(deps.db, 'org_admin');
    const counsellor = await aUser(deps.db, 'counsellor');
    await as(deps, boss.id).security.setPolicy({ mfaGraceDays: 3 });
    expect(await as(deps, boss.id).security.policy()).toEqual({ mfaGraceDays: 3 });
    const login = (email: string) =>
      callerWithToken(deps, null).caller.auth.login({ email, password: TEST_PASSWORD });
    expect((await login(manager.email)).secondFactor.gate).toBe('grace');
    expect((await login(counsellor.email)).secondFactor).toMatchObject({
      required: false,
      gate: 'ok',
    });
    deps.clock.advanceMinutes(3 * 24 * 60 + 1);
    await expectAppError(
      signIn(deps, manager.id).caller.phases.list(),
      'auth.secondFactorSetupRequired',
    );
    await signIn(deps, counsellor.id).caller.postings.list({});
    await as(deps, boss.id).security.setPolicy({ mfaGraceDays: 30 });
    await signIn(deps, manager.id)
      .caller.reports.phase({ phaseId: 999 })
      .catch((e: { cause?: { code?: string } }) => {
        expect(e.cause?.code).not.toBe('auth.secondFactorSetupRequired');
      });
    const bad = await as(deps, boss.id)
      .security.setPolicy({ mfaGraceDays: 91 })
      .then(
        () => null,
        (e: { code?: string }) => e,
      );
    expect(bad?.code).toBe('BAD_REQUEST');
    const audit = deps.db
      .select()
      .from(auditEvents)
      .where(eq(auditEvents.action, 'mfa.policy_updated'))
      .all();
    expect(audit.map((e) => e.details.mfaGraceDays)).toEqual([3, 30]);
  });
});

describe('coordinator reset of a lost factor', () => {
  it('removes every factor and session of the account, audited, with a new grace period', async () => {
    const coordinator = await aUser(deps.db, 'coordinator');
    const manager = await aUser(deps.db, 'org_admin');
    await withTotp(manager);
    const managerSession = signIn(deps, manager.id);
    await passwordStep(manager.email);

    const listed = await as(deps, coordinator.id).security.accounts();
    expect(listed.find((a) => a.id === manager.id)).toMatchObject({ totp: true, gate: 'ok' });

    await as(deps, coordinator.id).security.resetForUser({ userId: manager.id });
    expect(
      deps.db.select().from(recoveryCodes).where(eq(recoveryCodes.userId, manager.id)).all(),
    ).toEqual([]);
    expect(deps.db.select().from(sessions).where(eq(sessions.userId, manager.id)).all()).toEqual(
      [],
    );
    expect(await callerWithToken(deps, managerSession.token).caller.auth.me()).toBeNull();
    const audit = deps.db
      .select()
      .from(auditEvents)
      .where(eq(auditEvents.action, 'mfa.reset'))
      .all();
    expect(audit).toHaveLength(1);
    expect(audit[0]).toMatchObject({
      actorUserId: coordinator.id,
      subjectType: 'user',
      subjectId: manager.id,
      ip: REQ.ip,
    });
    expect(audit[0]?.details).toMatchObject({ totp: 1, recoveryCodes: 10 });

    // Next sign-in: password only, then set up again within a fresh grace period.
    const me = await callerWithToken(deps, null).caller.auth.login({
      email: manager.email,
      password: TEST_PASSWORD,
    });
    expect(me.secondFactor.gate).toBe('grace');
    const row = deps.db.select().from(users).where(eq(users.id, manager.id)).get();
    expect(row?.mfaRequiredFrom).toBe(deps.clock.now().toISOString());

    await expectAppError(
      as(deps, coordinator.id).security.resetForUser({ userId: coordinator.id }),
      'secondFactor.cannotResetOwn',
    );
    await expectAppError(
      as(deps, coordinator.id).security.resetForUser({ userId: 99_999 }),
      'account.notFound',
    );
  });
});

describe('other ways in keep the second factor', () => {
  it('a reset link replaces the password only: the sign-in still ends with the second factor', async () => {
    deps = testDeps({ SMTP_URL: '' }); // email off: the coordination's link comes back to it
    const coordinator = await aUser(deps.db, 'coordinator');
    const manager = await aUser(deps.db, 'org_admin');
    const { secret } = await withTotp(manager);
    const { link } = await as(deps, coordinator.id).accounts.resetLink({ userId: manager.id });
    const token = link?.split('#token=')[1] ?? '';

    const { caller, cookies } = callerWithToken(deps, null);
    const err = await expectAppError(
      caller.auth.resetPassword({ token, password: 'a brand new passphrase' }),
      'auth.secondFactorRequired',
      'UNAUTHORIZED',
    );
    expect(String(err.params.methods)).toBe('totp,recovery');
    const half = cookies.setCalls[0]?.token ?? '';
    // The half-session opens nothing but the second step.
    expect(await pending(half).caller.auth.me()).toBeNull();
    await expectAppError(pending(half).caller.security.status(), 'auth.notAuthenticated');
    await expectAppError(
      pending(half).caller.auth.verifySecondFactor({ method: 'totp', code: '000000' }),
      'auth.secondFactorInvalid',
    );
    const done = pending(half);
    const me = await done.caller.auth.verifySecondFactor({
      method: 'totp',
      code: codeAt(secret, deps),
    });
    expect(me.id).toBe(manager.id);
    expect(me.secondFactor).toMatchObject({ enabled: true, gate: 'ok' });
    // The new password is the one that works now, and it too leads to the second step.
    await expectAppError(
      anonymous(deps).auth.login({ email: manager.email, password: TEST_PASSWORD }),
      'auth.invalidCredentials',
    );
    await expectAppError(
      anonymous(deps).auth.login({ email: manager.email, password: 'a brand new passphrase' }),
      'auth.secondFactorRequired',
    );
  });

  it('accepting an invitation starts a coordinator’s or manager’s grace period, not a counsellor’s', async () => {
    deps = testDeps({ SMTP_URL: '' });
    const coordinator = await aUser(deps.db, 'coordinator');
    const { organisationId } = await aUser(deps.db, 'counsellor');
    const accepted = [];
    for (const role of ['org_admin', 'counsellor'] as const) {
      const invitation = await as(deps, coordinator.id).accounts.invite({
        email: `${role}@example.test`,
        name: role,
        role,
        locale: 'fr-CA',
        organisationId: organisationId ?? undefined,
      });
      const me = await anonymous(deps).accounts.acceptInvitation({
        token: invitation.link?.split('#token=')[1] ?? '',
        name: `New ${role}`,
        password: 'a long enough passphrase',
      });
      accepted.push(me);
    }
    const [manager, counsellor] = accepted;
    const graceEnds = new Date(deps.clock.now().getTime() + 14 * 86_400_000).toISOString();
    expect(manager?.secondFactor).toEqual({
      required: true,
      enabled: false,
      gate: 'grace',
      deadline: graceEnds,
    });
    expect(counsellor?.secondFactor).toEqual({
      required: false,
      enabled: false,
      gate: 'ok',
      deadline: null,
    });
    const row = deps.db
      .select()
      .from(users)
      .where(eq(users.id, manager?.id ?? 0))
      .get();
    expect(row?.mfaRequiredFrom).toBe(deps.clock.now().toISOString());
  });
});
