// Pieces shared by the review lists: a pairing's line, a list's heading with its count, total
// and last confirmation, and the list frame with its pages (count and total from the server).

import { createContext, type ReactNode, useContext } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'wouter';
import { ErrorAlert, StatusMessage } from '../../../components/Alert';
import { LoadMoreButton } from '../../../components/LoadMoreButton';
import { LoadingStatus } from '../../../components/PageStates';
import { describeError } from '../../../lib/errors';
import { personName, useLocaleFormat } from '../../../lib/useLocaleFormat';
import type { EntryToPay } from '../useReviewQueue';

export type Notify = (message: string, section: string) => void;

/** What the queue's items tell about their pairing (read by the server with the item). */
interface PairingFacts {
  pairingId: number;
  firstName: string;
  lastName: string;
  postingTitle: string;
  phaseNumber: number;
}

/** « Jumelage n° 12 — Lucía Ramirez, Aide-boulanger·ère (phase 10) », linked to the pairing. */
export function PairingLine({ item }: { item: PairingFacts }) {
  const { t } = useTranslation();
  return (
    <p className="coord-item__meta">
      <Link href={`/pairings/${item.pairingId}`}>
        {t('coordinator.common.pairing', { id: item.pairingId })}
      </Link>
      {' · '}
      {personName(item)} · {item.postingTitle} ·{' '}
      {t('coordinator.common.phaseLabel', { number: item.phaseNumber })}
    </p>
  );
}

export function Total({ cents }: { cents: number }) {
  const { t } = useTranslation();
  const fmt = useLocaleFormat();
  return (
    <span className="coord-total">
      {t('coordinator.review.total', { amount: fmt.money(cents) })}
    </span>
  );
}

/** The last confirmation, shown under the heading of the list it concerns. */
export const MessageContext = createContext<{ text: string; section: string } | null>(null);

export function SectionHeading(props: {
  id: string;
  title: string;
  count: number;
  totalCents: number;
}) {
  const message = useContext(MessageContext);
  return (
    <>
      <h2 id={props.id} tabIndex={-1} className="coord-section__title">
        {props.title} <span className="coord-pill">{props.count}</span>{' '}
        {props.count > 0 ? <Total cents={props.totalCents} /> : null}
      </h2>
      <StatusMessage>{message?.section === props.id ? message.text : null}</StatusMessage>
    </>
  );
}

export function sum(items: readonly { amountCents: number }[]) {
  return items.reduce((s, i) => s + i.amountCents, 0);
}

/** One page of a queue list as the server sends it: items, next cursor, count and total. */
interface QueuePage<T> {
  items: T[];
  nextCursor: string | null;
  count: number;
  totalCents: number;
}

/** A queue list's pages, with the count and total of the whole list (from the latest page). */
export function queueList<T>(pages: readonly QueuePage<T>[] | undefined) {
  const last = pages?.at(-1);
  return {
    items: pages?.flatMap((p) => p.items) ?? [],
    count: last?.count ?? 0,
    totalCents: last?.totalCents ?? 0,
  };
}

/** One list of the review page: its heading with count and total, then the items or a note. */
export function ReviewSection(props: {
  headingId: string;
  anchor: string;
  title: string;
  count: number;
  totalCents: number;
  emptyText: string;
  pending: boolean;
  error: unknown;
  more: {
    hasNextPage: boolean;
    isFetchingNextPage: boolean;
    fetchNextPage: () => Promise<unknown>;
  };
  children: ReactNode;
}) {
  const { t } = useTranslation();
  return (
    <section aria-labelledby={props.headingId} id={props.anchor} className="coord-section">
      <SectionHeading
        id={props.headingId}
        title={props.title}
        count={props.count}
        totalCents={props.totalCents}
      />
      <ErrorAlert>{props.error ? describeError(props.error, t).message : null}</ErrorAlert>
      {props.pending ? (
        <LoadingStatus />
      ) : props.count === 0 ? (
        <p className="card coord-empty">{props.emptyText}</p>
      ) : (
        <>
          {props.children}
          <LoadMoreButton list={props.more} label={t('coordinator.review.more')} showLoading />
        </>
      )}
    </section>
  );
}

export function payeeOf(e: EntryToPay): string {
  return e.payeeBusiness ?? e.payeeOrganisation ?? '—';
}
