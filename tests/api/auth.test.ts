import { eq } from 'drizzle-orm';
import { beforeEach, describe, expect, it } from 'vitest';
import { auditEvents, sessions } from '../../server/db/schema';
import { hashToken } from '../../server/features/auth/tokens';
import { aUser, TEST_PASSWORD } from '../helpers/builders';
import { anonymous, callerWithToken, REQ, signIn } from '../helpers/callers';
import { expectAppError, expectValidationError } from '../helpers/expectError';
import { type TestDeps, testDeps } from '../helpers/testDeps';

let deps: TestDeps;
beforeEach(() => {
  deps = testDeps();
});

async function loginAs(email: string, password = TEST_PASSWORD, req = REQ) {
  const { caller, cookies } = callerWithToken(deps, null, req);
  const user = await caller.auth.login({ email, password });
  const token = cookies.setCalls[0]?.token ?? '';
  return { user, token, cookies };
}

describe('auth.login', () => {
  it('signs in with the right password, sets a session cookie and stores only its hash', async () => {
    const u = await aUser(deps.db, 'counsellor', { email: 'sophie@example.test' });
    const { user, token } = await loginAs('  Sophie@Example.test ');
    expect(user.id).toBe(u.id);
    expect(user.role).toBe('counsellor');
    expect(user.organisation?.id).toBe(u.organisationId);
    expect(token).toMatch(/^[\w-]{40,}$/);
    const stored = deps.db.select().from(sessions).all();
    expect(stored).toHaveLength(1);
    expect(stored[0]?.id).toBe(hashToken(token));
    expect(stored[0]?.id).not.toBe(token);
    const audit = deps.db
      .select()
      .from(auditEvents)
      .where(eq(auditEvents.action, 'auth.login_succeeded'))
      .all();
    expect(audit).toHaveLength(1);
    expect(audit[0]?.ip).toBe(REQ.ip);
  });

  it('gives the same generic error for a wrong password and an unknown email', async () => {
    await aUser(deps.db, 'employer', { email: 'julie@example.test' });
    await expectAppError(
      anonymous(deps).auth.login({ email: 'julie@example.test', password: 'wrong password!' }),
      'auth.invalidCredentials',
      'UNAUTHORIZED',
    );
    await expectAppError(
      anonymous(deps).auth.login({ email: 'nobody@example.test', password: 'wrong password!' }),
      'auth.invalidCredentials',
      'UNAUTHORIZED',
    );
    const failures = deps.db
      .select()
      .from(auditEvents)
      .where(eq(auditEvents.action, 'auth.login_failed'))
      .all();
    expect(failures).toHaveLength(2);
    expect(deps.db.select().from(sessions).all()).toHaveLength(0);
  });

  it('refuses invited (not yet accepted) and disabled accounts with the generic error', async () => {
    await aUser(deps.db, 'counsellor', {
      email: 'inv@example.test',
      status: 'invited',
      passwordHash: null,
    });
    await aUser(deps.db, 'counsellor', { email: 'off@example.test', status: 'disabled' });
    await expectAppError(
      anonymous(deps).auth.login({ email: 'inv@example.test', password: TEST_PASSWORD }),
      'auth.invalidCredentials',
    );
    await expectAppError(
      anonymous(deps).auth.login({ email: 'off@example.test', password: TEST_PASSWORD }),
      'auth.invalidCredentials',
    );
  });

  it('returns field errors for malformed input', async () => {
    await expectValidationError(
      anonymous(deps).auth.login({ email: 'not-an-email', password: 'x' }),
      'email',
    );
    await expectValidationError(
      anonymous(deps).auth.login({ email: 'a@b.ca', password: '' }),
      'password',
    );
  });

  it('issues a new session id at every login and ends the one presented before', async () => {
    const u = await aUser(deps.db, 'coordinator');
    const first = signIn(deps, u.id);
    await first.caller.auth.login({ email: u.email, password: TEST_PASSWORD });
    const newToken = first.cookies.setCalls[0]?.token;
    expect(newToken).toBeDefined();
    expect(newToken).not.toBe(first.token);
    expect(await callerWithToken(deps, first.token).caller.auth.me()).toBeNull();
    expect((await callerWithToken(deps, newToken ?? '').caller.auth.me())?.id).toBe(u.id);
  });
});

describe('rate limiting', { timeout: 60_000 }, () => {
  it('5 failures from one IP lock that IP out of the account, even with the right password, and say for how long', async () => {
    const u = await aUser(deps.db, 'counsellor');
    for (let i = 0; i < 5; i++) {
      await expectAppError(
        anonymous(deps).auth.login({ email: u.email, password: 'wrong password' }),
        'auth.invalidCredentials',
      );
      deps.clock.advanceMinutes(1);
    }
    const err = await expectAppError(
      anonymous(deps).auth.login({ email: u.email, password: TEST_PASSWORD }),
      'auth.tooManyAttempts',
      'TOO_MANY_REQUESTS',
    );
    // The first failure was 5 minutes ago: the 15-minute window reopens in 10 minutes.
    expect(err.params.minutes).toBe(10);
    deps.clock.advanceMinutes(10);
    const ok = await anonymous(deps).auth.login({ email: u.email, password: TEST_PASSWORD });
    expect(ok.id).toBe(u.id);
  });

  it('a success clears the account counter', async () => {
    const u = await aUser(deps.db, 'counsellor');
    for (let i = 0; i < 4; i++) {
      await expectAppError(
        anonymous(deps).auth.login({ email: u.email, password: 'wrong password' }),
        'auth.invalidCredentials',
      );
    }
    await anonymous(deps).auth.login({ email: u.email, password: TEST_PASSWORD });
    for (let i = 0; i < 4; i++) {
      await expectAppError(
        anonymous(deps).auth.login({ email: u.email, password: 'wrong password' }),
        'auth.invalidCredentials',
      );
    }
    expect((await anonymous(deps).auth.login({ email: u.email, password: TEST_PASSWORD })).id).toBe(
      u.id,
    );
  });

  it('limits one IP trying many accounts', async () => {
    const u = await aUser(deps.db, 'employer');
    for (let i = 0; i < 30; i++) {
      await expectAppError(
        anonymous(deps).auth.login({ email: `guess${i}@example.test`, password: 'wrong password' }),
        'auth.invalidCredentials',
      );
    }
    await expectAppError(
      anonymous(deps).auth.login({ email: u.email, password: TEST_PASSWORD }),
      'auth.tooManyAttempts',
    );
    // Another IP is not affected.
    const other = { ip: '198.51.100.9', userAgent: 'vitest' };
    expect(
      (await anonymous(deps, other).auth.login({ email: u.email, password: TEST_PASSWORD })).id,
    ).toBe(u.id);
  });
});

describe('auth.me, logout and sessions', () => {
  it('me is null without a session and the user with one', async () => {
    const u = await aUser(deps.db, 'org_admin');
    expect(await anonymous(deps).auth.me()).toBeNull();
    const me = await signIn(deps, u.id).caller.auth.me();
    expect(me).toMatchObject({ id: u.id, email: u.email, role: 'org_admin', locale: 'fr-CA' });
    expect(me?.organisation?.id).toBe(u.organisationId);
    expect(me?.business).toBeNull();
  });

  it('logout really ends the session server-side and clears the cookie', async () => {
    const u = await aUser(deps.db, 'employer');
    const s = signIn(deps, u.id);
    await s.caller.auth.logout();
    expect(s.cookies.cleared).toBe(1);
    expect(await callerWithToken(deps, s.token).caller.auth.me()).toBeNull();
    expect(deps.db.select().from(sessions).all()).toHaveLength(0);
  });

  it('logout everywhere ends every session of the user, not of others', async () => {
    const u = await aUser(deps.db, 'employer');
    const other = await aUser(deps.db, 'employer');
    const a = signIn(deps, u.id);
    const b = signIn(deps, u.id);
    const c = signIn(deps, other.id);
    await a.caller.auth.logoutEverywhere();
    expect(await callerWithToken(deps, b.token).caller.auth.me()).toBeNull();
    expect((await callerWithToken(deps, c.token).caller.auth.me())?.id).toBe(other.id);
  });

  it('expires after the idle time, and slides forward when used', async () => {
    const u = await aUser(deps.db, 'counsellor');
    const s = signIn(deps, u.id); // idle limit: 12 h
    deps.clock.advanceMinutes(11 * 60);
    const used = callerWithToken(deps, s.token);
    expect((await used.caller.auth.me())?.id).toBe(u.id);
    expect(used.cookies.setCalls).toHaveLength(1); // renewed: cookie sent again
    deps.clock.advanceMinutes(11 * 60); // 22 h after login, 11 h after last use
    expect((await callerWithToken(deps, s.token).caller.auth.me())?.id).toBe(u.id);
    deps.clock.advanceMinutes(12 * 60 + 1);
    const expired = callerWithToken(deps, s.token);
    expect(await expired.caller.auth.me()).toBeNull();
  });

  it('never slides past the absolute limit', async () => {
    const u = await aUser(deps.db, 'counsellor');
    const s = signIn(deps, u.id); // absolute limit: 14 days
    for (let h = 0; h < 14 * 24; h += 10) {
      deps.clock.advanceMinutes(10 * 60);
      callerWithToken(deps, s.token);
    }
    deps.clock.advanceMinutes(10 * 60);
    expect(await callerWithToken(deps, s.token).caller.auth.me()).toBeNull();
  });

  it('a disabled user loses their sessions at once', async () => {
    const u = await aUser(deps.db, 'counsellor');
    const s = signIn(deps, u.id);
    deps.db.$client.prepare("update users set status = 'disabled' where id = ?").run(u.id);
    expect(await callerWithToken(deps, s.token).caller.auth.me()).toBeNull();
  });
});
