import { eq } from 'drizzle-orm';
import { beforeEach, describe, expect, it } from 'vitest';
import { auditEvents, outbox } from '../../server/db/schema';
import { aUser, TEST_PASSWORD } from '../helpers/builders';
import { anonymous, callerWithToken, signIn } from '../helpers/callers';
import { expectAppError } from '../helpers/expectError';
import { type TestDeps, testDeps } from '../helpers/testDeps';

let deps: TestDeps;
beforeEach(() => {
  deps = testDeps();
});

function tokenFromOutbox(): string {
  const mail = deps.db.select().from(outbox).get();
  const m = mail?.textBody.match(/reset-password#token=([\w-]+)/);
  if (!m?.[1]) throw new Error('no reset link');
  return m[1];
}

describe('password reset', () => {
  it('answers the same for unknown emails and sends nothing', async () => {
    expect(
      await anonymous(deps).auth.requestPasswordReset({ email: 'ghost@example.test' }),
    ).toEqual({ ok: true });
    expect(deps.db.select().from(outbox).all()).toHaveLength(0);
  });

  it('emails a link; the reset sets the password, signs out every session and is single-use', async () => {
    const u = await aUser(deps.db, 'counsellor');
    const session = signIn(deps, u.id);
    expect(
      await anonymous(deps).auth.requestPasswordReset({ email: u.email.toUpperCase() }),
    ).toEqual({ ok: true });
    const token = tokenFromOutbox();
    await anonymous(deps).auth.resetPassword({ token, password: 'my new long passphrase' });
    expect(await callerWithToken(deps, session.token).caller.auth.me()).toBeNull();
    await expectAppError(
      anonymous(deps).auth.login({ email: u.email, password: TEST_PASSWORD }),
      'auth.invalidCredentials',
    );
    expect(
      (await anonymous(deps).auth.login({ email: u.email, password: 'my new long passphrase' })).id,
    ).toBe(u.id);
    await expectAppError(
      anonymous(deps).auth.resetPassword({ token, password: 'yet another passphrase' }),
      'token.used',
    );
    const actions = deps.db
      .select({ a: auditEvents.action })
      .from(auditEvents)
      .where(eq(auditEvents.subjectId, u.id))
      .all()
      .map((r) => r.a);
    expect(actions).toEqual(expect.arrayContaining(['password.reset_requested', 'password.reset']));
  });

  it('the link expires after 60 minutes', async () => {
    const u = await aUser(deps.db, 'employer');
    await anonymous(deps).auth.requestPasswordReset({ email: u.email });
    const token = tokenFromOutbox();
    deps.clock.advanceMinutes(61);
    await expectAppError(
      anonymous(deps).auth.resetPassword({ token, password: 'my new long passphrase' }),
      'token.expired',
    );
  });

  it('a stranger asking again for the owner’s account does not spoil the link in their mailbox; once one is used, the others stop', async () => {
    const u = await aUser(deps.db, 'employer');
    await anonymous(deps).auth.requestPasswordReset({ email: u.email });
    const ownersLink = tokenFromOutbox();
    // Someone else, knowing the address, asks again and again.
    for (let i = 0; i < 5; i++) {
      deps.clock.advanceMinutes(3);
      await anonymous(deps, { ip: '198.51.100.9', userAgent: 'x' }).auth.requestPasswordReset({
        email: u.email,
      });
    }
    const mails = deps.db.select().from(outbox).all();
    expect(mails).toHaveLength(6);
    const lastLink = mails.at(-1)?.textBody.match(/#token=([\w-]+)/)?.[1] ?? '';
    const me = await anonymous(deps).auth.resetPassword({
      token: ownersLink,
      password: 'my new long passphrase',
    });
    expect(me.id).toBe(u.id);
    await expectAppError(
      anonymous(deps).auth.resetPassword({ token: lastLink, password: 'a stranger’s passphrase' }),
      'token.used',
    );
  });

  it('does not flood a mailbox: one email per 2 minutes', async () => {
    const u = await aUser(deps.db, 'employer');
    await anonymous(deps).auth.requestPasswordReset({ email: u.email });
    await anonymous(deps).auth.requestPasswordReset({ email: u.email });
    expect(deps.db.select().from(outbox).all()).toHaveLength(1);
    deps.clock.advanceMinutes(3);
    await anonymous(deps).auth.requestPasswordReset({ email: u.email });
    expect(deps.db.select().from(outbox).all()).toHaveLength(2);
  });
});
