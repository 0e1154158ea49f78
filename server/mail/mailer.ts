// Email goes through the outbox table: use cases enqueue inside their transaction, and a
// delivery loop sends through SMTP (nodemailer, SMTP_URL). Failures are retried with back-off.
// Without SMTP_URL email is off: nothing is queued or sent, and no message (nor the link it
// would carry) is ever written to the log; invitation and reset links are then shown on screen
// to whoever creates them (features/accounts).
import { and, asc, eq, lte } from 'drizzle-orm';
import type { Clock } from '../clock';
import type { Db, DbOrTx } from '../db/client';
import { outbox } from '../db/schema';
import { nodemailerModule } from '../lazyModule';

export interface OutgoingEmail {
  to: string;
  subject: string;
  text: string;
}

export interface Mailer {
  /** False without SMTP_URL: enqueue does nothing, use cases show links instead. */
  readonly enabled: boolean;
  enqueue(tx: DbOrTx, email: OutgoingEmail): void;
  deliverPending(): Promise<number>;
  start(intervalMs?: number): void;
  stop(): void;
}

const MAX_ATTEMPTS = 8;

interface Transport {
  send(email: OutgoingEmail): Promise<void>;
}

function smtpTransport(url: string, from: string): Transport {
  // Made at the first delivery (nodemailer is loaded then, not at start).
  let t: ReturnType<Awaited<ReturnType<typeof nodemailerModule>>['createTransport']> | undefined;
  return {
    async send(e) {
      t ??= (await nodemailerModule()).createTransport(url);
      await t.sendMail({ from, to: e.to, subject: e.subject, text: e.text });
    },
  };
}

export function createMailer(opts: {
  db: Db;
  clock: Clock;
  smtpUrl: string | undefined;
  from: string;
  log: (m: string) => void;
}): Mailer {
  const { db, clock } = opts;
  const transport = opts.smtpUrl ? smtpTransport(opts.smtpUrl, opts.from) : null;
  let timer: NodeJS.Timeout | undefined;
  let running: Promise<number> | undefined;

  async function deliverOnce(send: Transport): Promise<number> {
    const now = clock.now();
    const due = db
      .select()
      .from(outbox)
      .where(and(eq(outbox.status, 'pending'), lte(outbox.nextAttemptAt, now.toISOString())))
      .orderBy(asc(outbox.id))
      .limit(50)
      .all();
    let sent = 0;
    for (const m of due) {
      try {
        await send.send({ to: m.toAddress, subject: m.subject, text: m.textBody });
        db.update(outbox)
          .set({ status: 'sent', sentAt: clock.now().toISOString(), attempts: m.attempts + 1 })
          .where(eq(outbox.id, m.id))
          .run();
        sent++;
      } catch (err) {
        const attempts = m.attempts + 1;
        const backoffMs = Math.min(2 ** attempts * 30_000, 6 * 3_600_000);
        db.update(outbox)
          .set({
            attempts,
            status: attempts >= MAX_ATTEMPTS ? 'failed' : 'pending',
            lastError: err instanceof Error ? err.message.slice(0, 500) : String(err),
            nextAttemptAt: new Date(clock.now().getTime() + backoffMs).toISOString(),
          })
          .where(eq(outbox.id, m.id))
          .run();
        // The outbox id, never the address: logs carry no emails (observability/logger.ts).
        opts.log(
          `[email] delivery of outbox #${m.id} failed (attempt ${attempts}): ${String(err)}`,
        );
      }
    }
    return sent;
  }

  const mailer: Mailer = {
    enabled: transport !== null,
    enqueue(tx, email) {
      if (!transport) return;
      const now = clock.now().toISOString();
      tx.insert(outbox)
        .values({
          toAddress: email.to,
          subject: email.subject,
          textBody: email.text,
          createdAt: now,
          nextAttemptAt: now,
        })
        .run();
      // Deliver soon after the transaction commits, without waiting for the next tick.
      if (timer) setTimeout(() => void mailer.deliverPending(), 10).unref();
    },
    deliverPending() {
      if (!transport) return Promise.resolve(0);
      // One delivery loop at a time, so a message is never sent twice concurrently.
      running ??= deliverOnce(transport).finally(() => {
        running = undefined;
      });
      return running;
    },
    start(intervalMs = 5_000) {
      if (!transport) {
        opts.log(
          'Courriel désactivé (pas de SMTP_URL) : rien n’est envoyé; les liens d’invitation et de réinitialisation sont montrés à qui les crée. / Email is off (no SMTP_URL): nothing is sent; invitation and reset links are shown to whoever creates them.',
        );
        return;
      }
      timer = setInterval(() => void mailer.deliverPending(), intervalMs);
      timer.unref();
    },
    stop() {
      if (timer) clearInterval(timer);
      timer = undefined;
    },
  };
  return mailer;
}
