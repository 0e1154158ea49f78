// Reading what the outbox holds for an address, as SMTP would deliver it.
import { desc, eq } from 'drizzle-orm';
import type { Db } from '../../server/db/client';
import { outbox } from '../../server/db/schema';

export function mailsTo(db: Db, to: string) {
  return db.select().from(outbox).where(eq(outbox.toAddress, to)).orderBy(desc(outbox.id)).all();
}

/** The `#token=` of the last email sent to `to`. */
export function lastTokenSentTo(db: Db, to: string): string {
  const m = mailsTo(db, to)[0]?.textBody.match(/#token=([\w-]+)/);
  if (!m?.[1]) throw new Error(`no link sent to ${to}`);
  return m[1];
}
