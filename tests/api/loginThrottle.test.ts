// Login throttling is atomic and cannot be turned against the account's owner:
// - an attempt is counted before its password is checked, so 25 wrong passwords sent in
//   parallel get at most the limit checked (the real argon2 verify is counted, not replaced);
// - the limits are per (account, IP), per IP, and a slower one per account: failures from one
//   place do not lock the owner out elsewhere; only the per-account limit can, and the reset
//   link always gets the owner in.
import { eq } from 'drizzle-orm';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { loginFailures, outbox, sessions } from '../../server/db/schema';
import {
  MAX_FAILURES_PER_ACCOUNT,
  MAX_FAILURES_PER_ACCOUNT_AND_IP,
  MAX_FAILURES_PER_IP,
} from '../../server/features/auth/loginThrottle';
import { AppError } from '../../shared/errors';
import { aUser, TEST_PASSWORD } from '../helpers/builders';
import { anonymous, callerWithToken } from '../helpers/callers';
import { expectAppError } from '../helpers/expectError';
import { type TestDeps, testDeps } from '../helpers/testDeps';

const checked = vi.hoisted(() => ({ count: 0 }));
vi.mock('../../server/features/auth/password', async (importOriginal) => {
  const real = await importOriginal<typeof import('../../server/features/auth/password')>();
  return {
    ...real,
    verifyPassword: async (hash: string, password: string) => {
      checked.count++;
      return real.verifyPassword(hash, password);
    },
  };
});

let deps: TestDeps;
beforeEach(() => {
  deps = testDeps();
  checked.count = 0;
});

const from = (ip: string) => ({ ip, userAgent: 'vitest' });

async function codeOf(p: Promise<unknown>): Promise<string> {
  try {
    await p;
    return 'ok';
  } catch (e) {
    const cause = (e as { cause?: unknown }).cause;
    return cause instanceof AppError ? cause.code : String(e);
  }
}

describe('atomic counting', { timeout: 60_000 }, () => {
  it('25 wrong passwords in parallel from one place: at most the limit are checked', async () => {
    const u = await aUser(deps.db, 'counsellor');
    const results = await Promise.all(
      Array.from({ length: 25 }, () =>
        codeOf(anonymous(deps).auth.login({ email: u.email, password: 'wrong password' })),
      ),
    );
    expect(checked.count).toBeLessThanOrEqual(MAX_FAILURES_PER_ACCOUNT_AND_IP);
    expect(results.filter((r) => r === 'auth.invalidCredentials')).toHaveLength(
      MAX_FAILURES_PER_ACCOUNT_AND_IP,
    );
    expect(results.filter((r) => r === 'auth.tooManyAttempts')).toHaveLength(
      25 - MAX_FAILURES_PER_ACCOUNT_AND_IP,
    );
  });

  it('25 wrong passwords in parallel from 25 places against one account: the per-IP limits do not add up past the account’s', async () => {
    const u = await aUser(deps.db, 'counsellor');
    // Fill the account's slow limit up to 10 below it, from many places.
    const before = MAX_FAILURES_PER_ACCOUNT - 10;
    deps.db
      .insert(loginFailures)
      .values(
        Array.from({ length: before }, () => ({
          key: `account:${u.email}`,
          at: deps.clock.now().toISOString(),
        })),
      )
      .run();
    const results = await Promise.all(
      Array.from({ length: 25 }, (_, i) =>
        codeOf(
          anonymous(deps, from(`198.51.100.${i + 1}`)).auth.login({
            email: u.email,
            password: 'wrong password',
          }),
        ),
      ),
    );
    expect(checked.count).toBe(10);
    expect(results.filter((r) => r === 'auth.accountLocked')).toHaveLength(15);
  });

  it('one IP trying many accounts in parallel: at most the per-IP limit are checked', async () => {
    const results = await Promise.all(
      Array.from({ length: MAX_FAILURES_PER_IP + 10 }, (_, i) =>
        codeOf(
          anonymous(deps).auth.login({ email: `guess${i}@example.test`, password: 'nope nope' }),
        ),
      ),
    );
    expect(checked.count).toBe(MAX_FAILURES_PER_IP);
    expect(results.filter((r) => r === 'auth.tooManyAttempts')).toHaveLength(10);
  });

  it('a right password is not left counted as a failure', async () => {
    const u = await aUser(deps.db, 'counsellor');
    await anonymous(deps).auth.login({ email: u.email, password: TEST_PASSWORD });
    expect(deps.db.select().from(loginFailures).all()).toHaveLength(0);
  });
});

describe('a throttle cannot lock the owner out', { timeout: 60_000 }, () => {
  it('failures from one IP leave the owner free to log in from another', async () => {
    const u = await aUser(deps.db, 'counsellor');
    const attacker = anonymous(deps, from('203.0.113.66'));
    for (let i = 0; i < MAX_FAILURES_PER_ACCOUNT_AND_IP; i++) {
      await expectAppError(
        attacker.auth.login({ email: u.email, password: 'wrong password' }),
        'auth.invalidCredentials',
      );
    }
    await expectAppError(
      attacker.auth.login({ email: u.email, password: TEST_PASSWORD }),
      'auth.tooManyAttempts',
    );
    const owner = anonymous(deps, from('192.0.2.10'));
    expect((await owner.auth.login({ email: u.email, password: TEST_PASSWORD })).id).toBe(u.id);
    // The owner's success does not give the attacker new tries.
    await expectAppError(
      attacker.auth.login({ email: u.email, password: 'wrong password' }),
      'auth.tooManyAttempts',
    );
  });

  it('the slower per-account limit holds a guess spread over many IPs, and the reset link still gets the owner in', async () => {
    const u = await aUser(deps.db, 'counsellor');
    for (let i = 0; i < MAX_FAILURES_PER_ACCOUNT; i++) {
      await expectAppError(
        anonymous(deps, from(`198.51.${Math.floor(i / 4)}.${i % 4}`)).auth.login({
          email: u.email,
          password: 'wrong password',
        }),
        'auth.invalidCredentials',
      );
    }
    const owner = anonymous(deps, from('192.0.2.10'));
    const err = await expectAppError(
      owner.auth.login({ email: u.email, password: TEST_PASSWORD }),
      'auth.accountLocked',
      'TOO_MANY_REQUESTS',
    );
    expect(err.params.minutes).toBe(24 * 60);
    // Forgot password → the link from the email → a new password, and signed in at once.
    await owner.auth.requestPasswordReset({ email: u.email });
    const mail = deps.db.select().from(outbox).where(eq(outbox.toAddress, u.email)).get();
    const token = mail?.textBody.match(/#token=([\w-]+)/)?.[1] ?? '';
    const { caller, cookies } = callerWithToken(deps, null, from('192.0.2.10'));
    const me = await caller.auth.resetPassword({ token, password: 'a brand new passphrase' });
    expect(me.id).toBe(u.id);
    expect(cookies.setCalls).toHaveLength(1);
    expect(deps.db.select().from(sessions).where(eq(sessions.userId, u.id)).all()).toHaveLength(1);
    // And the new password works right away, even if the guessing goes on.
    await expectAppError(
      anonymous(deps, from('198.51.99.1')).auth.login({ email: u.email, password: 'again wrong' }),
      'auth.invalidCredentials',
    );
    expect(
      (await owner.auth.login({ email: u.email, password: 'a brand new passphrase' })).id,
    ).toBe(u.id);
  });

  it('the per-account limit reopens after its window', async () => {
    const u = await aUser(deps.db, 'counsellor');
    deps.db
      .insert(loginFailures)
      .values(
        Array.from({ length: MAX_FAILURES_PER_ACCOUNT }, () => ({
          key: `account:${u.email}`,
          at: deps.clock.now().toISOString(),
        })),
      )
      .run();
    await expectAppError(
      anonymous(deps).auth.login({ email: u.email, password: TEST_PASSWORD }),
      'auth.accountLocked',
    );
    deps.clock.advanceMinutes(24 * 60);
    expect((await anonymous(deps).auth.login({ email: u.email, password: TEST_PASSWORD })).id).toBe(
      u.id,
    );
  });
});
