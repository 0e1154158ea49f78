// Payment notices (« avis de paiement »). When disbursements are marked paid, each payee gets one
// notice for that payment (its items, the date and the reference), written in the payment's
// transaction, and an email in each recipient's language through the outbox; a reversal of a
// paid item gets a corrective notice the same way. Notices are read by the payee (the business's
// employers; the organisation's managers) and the coordinators, on screen and as a PDF.
import { and, desc, eq, inArray, lt, type SQL } from 'drizzle-orm';
import type { z } from 'zod';
import { quebecToday } from '../../../shared/dates';
import { fill } from '../../../shared/documents/printable';
import { appError } from '../../../shared/errors';
import { formatMoney } from '../../../shared/format';
import type { Locale } from '../../../shared/locale';
import {
  buildNoticeDocument,
  documentAsText,
  type NoticeData,
} from '../../../shared/notices/document';
import type { listNoticesInput } from '../../../shared/notices/schemas';
import { noticeText } from '../../../shared/notices/text';
import type { DbOrTx } from '../../db/client';
import {
  businesses,
  claims,
  ledgerEntries,
  organisations,
  pairings,
  paymentNoticeItems,
  paymentNotices,
  postings,
  tranches,
  users,
} from '../../db/schema';
import type { Actor, Deps } from '../../deps';
import { renderPdf } from '../../documents/pdf';
import { recordAudit } from '../audit/recordAudit';

type NoticeDeps = Pick<Deps, 'db' | 'mailer' | 'config'>;

interface EntryFacts {
  id: number;
  pairingId: number;
  amountCents: number;
  payeeBusinessId: number | null;
  payeeOrganisationId: number | null;
  periodStart: string | null;
  periodEnd: string | null;
  milestone: 'hire' | 'completion' | 'retention' | null;
}

function entryFacts(tx: DbOrTx, ids: readonly number[]): EntryFacts[] {
  if (ids.length === 0) return [];
  return tx
    .select({
      id: ledgerEntries.id,
      pairingId: ledgerEntries.pairingId,
      amountCents: ledgerEntries.amountCents,
      payeeBusinessId: ledgerEntries.payeeBusinessId,
      payeeOrganisationId: ledgerEntries.payeeOrganisationId,
      periodStart: claims.periodStart,
      periodEnd: claims.periodEnd,
      milestone: tranches.milestone,
    })
    .from(ledgerEntries)
    .leftJoin(claims, eq(claims.id, ledgerEntries.claimId))
    .leftJoin(tranches, eq(tranches.id, ledgerEntries.trancheId))
    .where(inArray(ledgerEntries.id, [...ids]))
    .orderBy(ledgerEntries.id)
    .all();
}

const payeeKey = (e: Pick<EntryFacts, 'payeeBusinessId' | 'payeeOrganisationId'>) =>
  e.payeeBusinessId !== null ? `b${e.payeeBusinessId}` : `o${e.payeeOrganisationId}`;

/**
 * One notice per payee for the entries just paid (same date and reference), inside the payment's
 * transaction; entries already on a notice are skipped (the unique index keeps it once).
 */
export function issuePaymentNotices(
  deps: NoticeDeps,
  tx: DbOrTx,
  p: {
    ledgerEntryIds: readonly number[];
    paidOn: string;
    reference: string;
    actorUserId: number;
    now: Date;
  },
): number[] {
  const already = new Set(
    tx
      .select({ id: paymentNoticeItems.ledgerEntryId })
      .from(paymentNoticeItems)
      .where(inArray(paymentNoticeItems.ledgerEntryId, [...p.ledgerEntryIds]))
      .all()
      .map((r) => r.id),
  );
  const entries = entryFacts(tx, p.ledgerEntryIds).filter((e) => !already.has(e.id));
  const groups = new Map<string, EntryFacts[]>();
  for (const e of entries) groups.set(payeeKey(e), [...(groups.get(payeeKey(e)) ?? []), e]);
  const ids: number[] = [];
  for (const items of groups.values()) {
    const first = items[0];
    if (!first) continue;
    ids.push(
      writeNotice(deps, tx, {
        kind: 'payment',
        payeeBusinessId: first.payeeBusinessId,
        payeeOrganisationId: first.payeeOrganisationId,
        paidOn: p.paidOn,
        reference: p.reference,
        items: items.map((e) => ({ ...e, correctsNoticeId: null })),
        actorUserId: p.actorUserId,
        now: p.now,
      }),
    );
  }
  return ids;
}

/**
 * A reversal of a paid entry: a corrective notice to the same payee, naming the notice that
 * listed the payment. Nothing when the reversed entry was never paid (no notice went out).
 */
export function issueCorrectiveNotice(
  deps: NoticeDeps,
  tx: DbOrTx,
  p: { reversalEntryId: number; reversedEntryId: number; actorUserId: number; now: Date },
): number | null {
  const original = tx
    .select({ noticeId: paymentNoticeItems.noticeId, reference: paymentNotices.reference })
    .from(paymentNoticeItems)
    .innerJoin(paymentNotices, eq(paymentNotices.id, paymentNoticeItems.noticeId))
    .where(eq(paymentNoticeItems.ledgerEntryId, p.reversedEntryId))
    .get();
  if (!original) return null;
  const [reversal] = entryFacts(tx, [p.reversalEntryId]);
  const [reversed] = entryFacts(tx, [p.reversedEntryId]);
  if (!reversal || !reversed) return null;
  return writeNotice(deps, tx, {
    kind: 'correction',
    payeeBusinessId: reversal.payeeBusinessId,
    payeeOrganisationId: reversal.payeeOrganisationId,
    paidOn: quebecToday(p.now),
    reference: original.reference,
    items: [
      {
        ...reversal,
        periodStart: reversed.periodStart,
        periodEnd: reversed.periodEnd,
        milestone: reversed.milestone,
        correctsNoticeId: original.noticeId,
      },
    ],
    actorUserId: p.actorUserId,
    now: p.now,
  });
}

function writeNotice(
  deps: NoticeDeps,
  tx: DbOrTx,
  n: {
    kind: 'payment' | 'correction';
    payeeBusinessId: number | null;
    payeeOrganisationId: number | null;
    paidOn: string;
    reference: string;
    items: (EntryFacts & { correctsNoticeId: number | null })[];
    actorUserId: number;
    now: Date;
  },
): number {
  const totalCents = n.items.reduce((s, i) => s + i.amountCents, 0);
  const id = tx
    .insert(paymentNotices)
    .values({
      kind: n.kind,
      payeeBusinessId: n.payeeBusinessId,
      payeeOrganisationId: n.payeeOrganisationId,
      paidOn: n.paidOn,
      reference: n.reference,
      totalCents,
      createdBy: n.actorUserId,
      createdAt: n.now.toISOString(),
    })
    .returning({ id: paymentNotices.id })
    .get().id;
  tx.insert(paymentNoticeItems)
    .values(
      n.items.map((i) => ({
        noticeId: id,
        ledgerEntryId: i.id,
        pairingId: i.pairingId,
        amountCents: i.amountCents,
        periodStart: i.periodStart,
        periodEnd: i.periodEnd,
        milestone: i.milestone,
        correctsNoticeId: i.correctsNoticeId,
      })),
    )
    .run();
  recordAudit(tx, {
    at: n.now,
    actorUserId: n.actorUserId,
    action: 'notice.issued',
    subjectType: 'payment_notice',
    subjectId: id,
    details: {
      kind: n.kind,
      totalCents,
      entries: n.items.map((i) => i.id),
      payeeBusinessId: n.payeeBusinessId,
      payeeOrganisationId: n.payeeOrganisationId,
    },
  });
  emailNotice(deps, tx, id);
  return id;
}

/** The payee's people who receive notices: the business's employers, the organisation's managers. */
function noticeRecipients(
  tx: DbOrTx,
  notice: { payeeBusinessId: number | null; payeeOrganisationId: number | null },
) {
  const where =
    notice.payeeBusinessId !== null
      ? and(eq(users.businessId, notice.payeeBusinessId), eq(users.role, 'employer'))
      : and(
          eq(users.organisationId, notice.payeeOrganisationId ?? -1),
          eq(users.role, 'org_admin'),
        );
  return tx
    .select({ email: users.email, name: users.name, locale: users.locale })
    .from(users)
    .where(and(where, eq(users.status, 'active')))
    .all();
}

function emailNotice(deps: NoticeDeps, tx: DbOrTx, noticeId: number) {
  const data = noticeData(tx, noticeId);
  if (!data) return;
  for (const person of noticeRecipients(tx, data.notice)) {
    const locale = person.locale;
    const t = noticeText[locale];
    const document = buildNoticeDocument(data.data, locale);
    const total = formatMoney(data.data.totalCents, locale);
    deps.mailer.enqueue(tx, {
      to: person.email,
      subject: fill(data.data.kind === 'payment' ? t.emailSubject : t.emailSubjectCorrection, {
        id: noticeId,
        total,
      }),
      text: [
        fill(t.emailGreeting, { name: person.name }),
        '',
        documentAsText(document),
        '',
        fill(t.emailLink, { url: `${deps.config.appUrl}/payment-notices/${noticeId}` }),
      ].join('\n'),
    });
  }
}

/** A notice with its items, as the document needs it. */
function noticeData(tx: DbOrTx, noticeId: number) {
  const notice = tx
    .select({
      id: paymentNotices.id,
      kind: paymentNotices.kind,
      payeeBusinessId: paymentNotices.payeeBusinessId,
      payeeOrganisationId: paymentNotices.payeeOrganisationId,
      paidOn: paymentNotices.paidOn,
      reference: paymentNotices.reference,
      totalCents: paymentNotices.totalCents,
      createdAt: paymentNotices.createdAt,
      businessName: businesses.legalName,
      organisationName: organisations.name,
    })
    .from(paymentNotices)
    .leftJoin(businesses, eq(businesses.id, paymentNotices.payeeBusinessId))
    .leftJoin(organisations, eq(organisations.id, paymentNotices.payeeOrganisationId))
    .where(eq(paymentNotices.id, noticeId))
    .get();
  if (!notice) return null;
  const items = tx
    .select({
      pairingId: paymentNoticeItems.pairingId,
      postingTitle: postings.title,
      amountCents: paymentNoticeItems.amountCents,
      periodStart: paymentNoticeItems.periodStart,
      periodEnd: paymentNoticeItems.periodEnd,
      milestone: paymentNoticeItems.milestone,
      correctsNoticeId: paymentNoticeItems.correctsNoticeId,
    })
    .from(paymentNoticeItems)
    .innerJoin(pairings, eq(pairings.id, paymentNoticeItems.pairingId))
    .innerJoin(postings, eq(postings.id, pairings.postingId))
    .where(eq(paymentNoticeItems.noticeId, noticeId))
    .orderBy(paymentNoticeItems.id)
    .all();
  const data: NoticeData = {
    id: notice.id,
    kind: notice.kind,
    payeeName: notice.businessName ?? notice.organisationName ?? '',
    paidOn: notice.paidOn,
    reference: notice.reference,
    totalCents: notice.totalCents,
    createdAt: notice.createdAt,
    items,
  };
  return { notice, data };
}

/** The notices the actor may read: their business's, their organisation's, or all. */
function noticeScope(actor: Actor): SQL | undefined {
  switch (actor.role) {
    case 'coordinator':
      return undefined;
    case 'employer':
      return eq(paymentNotices.payeeBusinessId, actor.businessId ?? -1);
    case 'org_admin':
      return eq(paymentNotices.payeeOrganisationId, actor.organisationId ?? -1);
    default:
      throw appError('auth.forbidden');
  }
}

export function listNotices(deps: Deps, actor: Actor, input: z.infer<typeof listNoticesInput>) {
  const where = and(
    noticeScope(actor),
    input.cursor !== undefined ? lt(paymentNotices.id, input.cursor) : undefined,
  );
  const rows = deps.db
    .select({
      id: paymentNotices.id,
      kind: paymentNotices.kind,
      paidOn: paymentNotices.paidOn,
      reference: paymentNotices.reference,
      totalCents: paymentNotices.totalCents,
      createdAt: paymentNotices.createdAt,
      businessName: businesses.legalName,
      organisationName: organisations.name,
    })
    .from(paymentNotices)
    .leftJoin(businesses, eq(businesses.id, paymentNotices.payeeBusinessId))
    .leftJoin(organisations, eq(organisations.id, paymentNotices.payeeOrganisationId))
    .where(where)
    .orderBy(desc(paymentNotices.id))
    .limit(input.limit + 1)
    .all();
  const items = rows.slice(0, input.limit);
  return { items, nextCursor: rows.length > input.limit ? (items.at(-1)?.id ?? null) : null };
}

function visibleNotice(deps: Deps, actor: Actor, noticeId: number) {
  const scope = noticeScope(actor);
  const row = deps.db
    .select({ id: paymentNotices.id })
    .from(paymentNotices)
    .where(and(eq(paymentNotices.id, noticeId), scope))
    .get();
  const data = row ? noticeData(deps.db, row.id) : null;
  if (!data) throw appError('notice.notFound');
  return data.data;
}

export function getNotice(deps: Deps, actor: Actor, input: { noticeId: number; locale: Locale }) {
  const data = visibleNotice(deps, actor, input.noticeId);
  return { ...data, document: buildNoticeDocument(data, input.locale) };
}

export async function noticePdf(deps: Deps, actor: Actor, noticeId: number, locale: Locale) {
  const data = visibleNotice(deps, actor, noticeId);
  const document = buildNoticeDocument(data, locale);
  const bytes = await renderPdf(document, {
    createdAt: new Date(data.createdAt),
    subject: document.subtitle.join(' · '),
  });
  const word = locale === 'fr-CA' ? 'avis-de-paiement' : 'payment-notice';
  return { bytes, contentType: 'application/pdf', fileName: `${word}-${data.id}.pdf` };
}
