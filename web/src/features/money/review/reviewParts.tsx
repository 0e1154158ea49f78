// Pieces shared by the review lists: a pairing's line, a list's heading with its count, total
// and last confirmation, and the list frame.

import { createContext, type ReactNode, useContext } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'wouter';
import { StatusMessage } from '../../../components/Alert';
import type { RouterOutputs } from '../../../lib/trpc';
import { personName, useLocaleFormat } from '../../../lib/useLocaleFormat';
import type { ReviewQueue } from '../useReviewQueue';

export type PairingSummary = RouterOutputs['pairings']['list']['items'][number];

export type Notify = (message: string, section: string) => void;

/** « Jumelage n° 12 — Lucía Ramirez, Aide-boulanger·ère (phase 10) », linked to the pairing. */
export function PairingLine(props: { pairingId: number; summary: PairingSummary | undefined }) {
  const { t } = useTranslation();
  const s = props.summary;
  return (
    <p className="coord-item__meta">
      <Link href={`/pairings/${props.pairingId}`}>
        {t('coordinator.common.pairing', { id: props.pairingId })}
      </Link>
      {s ? (
        <>
          {' · '}
          {personName(s)} · {s.postingTitle} ·{' '}
          {t('coordinator.common.phaseLabel', { number: s.phaseNumber })}
        </>
      ) : null}
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

/** One list of the review page: its heading with count and total, then the items or a note. */
export function ReviewSection(props: {
  headingId: string;
  anchor: string;
  title: string;
  items: readonly { amountCents: number }[];
  emptyText: string;
  children: ReactNode;
}) {
  return (
    <section aria-labelledby={props.headingId} id={props.anchor} className="coord-section">
      <SectionHeading
        id={props.headingId}
        title={props.title}
        count={props.items.length}
        totalCents={sum(props.items)}
      />
      {props.items.length === 0 ? (
        <p className="card coord-empty">{props.emptyText}</p>
      ) : (
        props.children
      )}
    </section>
  );
}

export type ToPayItem = ReviewQueue['toPay'][number];

export function payeeOf(e: ToPayItem): string {
  return e.payeeBusiness ?? e.payeeOrganisation ?? '—';
}
