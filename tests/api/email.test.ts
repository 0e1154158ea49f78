// Email delivery through the outbox to a real local SMTP server (smtp-server), not a mock.
import type { AddressInfo } from 'node:net';
import { eq } from 'drizzle-orm';
import { SMTPServer } from 'smtp-server';
import { afterEach, describe, expect, it } from 'vitest';
import { composeDeps } from '../../server/compose';
import { loadConfig } from '../../server/config';
import { outbox } from '../../server/db/schema';
import { aUser } from '../helpers/builders';
import { anonymous, as } from '../helpers/callers';
import { expectAppError } from '../helpers/expectError';
import { freshDb } from '../helpers/testDb';
import { type TestDeps, testClock } from '../helpers/testDeps';

interface Received {
  from: string;
  to: string[];
  raw: string;
}

const servers: SMTPServer[] = [];
afterEach(async () => {
  await Promise.all(servers.splice(0).map((s) => new Promise((r) => s.close(() => r(null)))));
});

async function startSmtp(opts: { rejectRecipients?: boolean } = {}) {
  const received: Received[] = [];
  const server = new SMTPServer({
    authOptional: true,
    disabledCommands: ['STARTTLS'],
    logger: false,
    onRcptTo(_address, _session, cb) {
      if (opts.rejectRecipients) {
        const err = new Error('mailbox unavailable') as Error & { responseCode: number };
        err.responseCode = 550;
        return cb(err);
      }
      cb();
    },
    onData(stream, session, cb) {
      const chunks: Buffer[] = [];
      stream.on('data', (c: Buffer) => chunks.push(c));
      stream.on('end', () => {
        received.push({
          from: session.envelope.mailFrom ? session.envelope.mailFrom.address : '',
          to: session.envelope.rcptTo.map((r) => r.address),
          raw: Buffer.concat(chunks).toString('utf8'),
        });
        cb();
      });
    },
  });
  servers.push(server);
  await new Promise<void>((r) => server.listen(0, '127.0.0.1', () => r()));
  const port = (server.server.address() as AddressInfo).port;
  return { received, url: `smtp://127.0.0.1:${port}` };
}

function depsWithSmtp(smtpUrl: string | undefined): TestDeps {
  const config = loadConfig({
    NODE_ENV: 'test',
    SEED_DEMO: '0',
    APP_URL: 'http://localhost:3000',
    MAIL_FROM: 'Passerelle <no-reply@passerelle.test>',
    ...(smtpUrl ? { SMTP_URL: smtpUrl } : {}),
  });
  const logs: string[] = [];
  const clock = testClock();
  const deps = composeDeps(config, { db: freshDb(), clock, log: (m) => logs.push(m) });
  return { ...deps, clock, logs };
}

describe('email through the outbox', () => {
  it('delivers an invitation over SMTP and marks it sent; delivering again sends nothing twice', async () => {
    const smtp = await startSmtp();
    const deps = depsWithSmtp(smtp.url);
    const coord = await aUser(deps.db, 'coordinator');
    await as(deps, coord.id).accounts.invite({
      email: 'invitee@example.test',
      name: 'Invitée',
      role: 'coordinator',
      locale: 'fr-CA',
    });
    expect(await deps.mailer.deliverPending()).toBe(1);
    expect(smtp.received).toHaveLength(1);
    const msg = smtp.received[0];
    expect(msg?.to).toEqual(['invitee@example.test']);
    expect(msg?.from).toBe('no-reply@passerelle.test');
    expect(msg?.raw).toMatch(/Subject: =\?UTF-8\?|Subject: Votre invitation/);
    expect(msg?.raw.replace(/=\r\n/g, '')).toContain('/invitation#token=');
    expect(deps.db.select().from(outbox).get()?.status).toBe('sent');
    expect(await deps.mailer.deliverPending()).toBe(0);
    expect(smtp.received).toHaveLength(1);
  });

  it('keeps a refused message pending with the error, retries later, and gives up after 8 attempts', async () => {
    const smtp = await startSmtp({ rejectRecipients: true });
    const deps = depsWithSmtp(smtp.url);
    const coord = await aUser(deps.db, 'coordinator');
    await as(deps, coord.id).accounts.invite({
      email: 'bounce@example.test',
      name: 'B',
      role: 'coordinator',
      locale: 'fr-CA',
    });
    expect(await deps.mailer.deliverPending()).toBe(0);
    let row = deps.db
      .select()
      .from(outbox)
      .where(eq(outbox.toAddress, 'bounce@example.test'))
      .get();
    expect(row).toMatchObject({ status: 'pending', attempts: 1 });
    expect(row?.lastError).toContain('550');
    // Not retried before its back-off.
    expect(await deps.mailer.deliverPending()).toBe(0);
    expect(deps.db.select().from(outbox).get()?.attempts).toBe(1);
    for (let i = 0; i < 10; i++) {
      deps.clock.advanceMinutes(7 * 60);
      await deps.mailer.deliverPending();
    }
    row = deps.db.select().from(outbox).get();
    expect(row).toMatchObject({ status: 'failed', attempts: 8 });
  });

  it('without SMTP_URL, email is off: it says so at start, queues and logs nothing, and the links go to whoever made them', async () => {
    const deps = depsWithSmtp(undefined);
    expect(deps.mailer.enabled).toBe(false);
    deps.mailer.start();
    deps.mailer.stop();
    const coord = await aUser(deps.db, 'coordinator');
    const member = await aUser(deps.db, 'counsellor', { email: 'member@example.test' });
    const coordinator = as(deps, coord.id);
    const invitation = await coordinator.accounts.invite({
      email: 'dev@example.test',
      name: 'Dev',
      role: 'coordinator',
      locale: 'en-CA',
    });
    expect(invitation.link).toMatch(/^http:\/\/localhost:3000\/invitation#token=[\w-]{40,}$/);
    const reset = await coordinator.accounts.resetLink({ userId: member.id });
    expect(reset.link).toMatch(/^http:\/\/localhost:3000\/reset-password#token=[\w-]{40,}$/);
    // Someone asking for a reset themselves gets the usual answer; no link is made.
    await anonymous(deps).auth.requestPasswordReset({ email: 'member@example.test' });
    expect(await deps.mailer.deliverPending()).toBe(0);
    expect(deps.db.select().from(outbox).all()).toHaveLength(0);
    const log = deps.logs.join('\n');
    expect(log).toContain('Email is off (no SMTP_URL)');
    expect(log).not.toContain('#token=');
    for (const link of [invitation.link, reset.link]) {
      expect(log).not.toContain(link?.split('#token=')[1]);
    }
    // The links shown work.
    const token = invitation.link?.split('#token=')[1] ?? '';
    expect((await anonymous(deps).accounts.invitation({ token })).email).toBe('dev@example.test');
    const me = await anonymous(deps).auth.resetPassword({
      token: reset.link?.split('#token=')[1] ?? '',
      password: 'a brand new passphrase',
    });
    expect(me.id).toBe(member.id);
  });

  it('with email on, the links go by email and are never returned to the maker', async () => {
    const smtp = await startSmtp();
    const deps = depsWithSmtp(smtp.url);
    const coord = await aUser(deps.db, 'coordinator');
    const member = await aUser(deps.db, 'counsellor');
    const invitation = await as(deps, coord.id).accounts.invite({
      email: 'on@example.test',
      name: 'On',
      role: 'coordinator',
      locale: 'fr-CA',
    });
    expect(invitation.link).toBeNull();
    expect((await as(deps, coord.id).accounts.resetLink({ userId: member.id })).link).toBeNull();
    expect(await deps.mailer.deliverPending()).toBe(2);
    expect(smtp.received.map((m) => m.to[0]).sort()).toEqual(
      ['on@example.test', member.email].sort(),
    );
  });

  it('only the coordination makes reset links, for active accounts', async () => {
    const deps = depsWithSmtp(undefined);
    const admin = await aUser(deps.db, 'org_admin');
    const colleague = await aUser(deps.db, 'counsellor', { organisationId: admin.organisationId });
    const coord = await aUser(deps.db, 'coordinator');
    const invited = await aUser(deps.db, 'counsellor', { status: 'invited', passwordHash: null });
    await expectAppError(
      as(deps, admin.id).accounts.resetLink({ userId: colleague.id }),
      'auth.forbidden',
      'FORBIDDEN',
    );
    await expectAppError(
      as(deps, coord.id).accounts.resetLink({ userId: invited.id }),
      'account.notActive',
    );
    await expectAppError(
      as(deps, coord.id).accounts.resetLink({ userId: 99_999 }),
      'account.notFound',
    );
  });
});
