// One pairing as the coordination sees it: the hire's terms and maxima, its claims, its
// accompaniment tranches and its ledger entries (not the organisation's follow-up notes).

import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'wouter';
import type { RejectReason } from '../../../../../shared/money/machines';
import { PageTitle } from '../../../components/PageTitle';
import { StatusBadge } from '../../../components/StatusBadge';
import { TableFrame } from '../../../components/TableFrame';
import { phaseTitle } from '../../../lib/phases';
import type { RouterOutputs } from '../../../lib/trpc';
import { personName, useLocaleFormat } from '../../../lib/useLocaleFormat';
import { AgreementCard } from '../../agreements/AgreementCard';
import { PairingStatusBadge } from '../PairingStatusBadge';

const reviewTone: Record<string, string> = {
  submitted: 'draft',
  due: 'draft',
  approved: 'open',
  rejected: 'closed',
};

function RejectDetails(props: { reason: RejectReason | null; comment: string | null }) {
  const { t } = useTranslation();
  if (!props.reason) return null;
  const reason = t(`coordinator.rejectReason.${props.reason}`);
  return (
    <span className="coord-line coord-muted">
      {props.comment
        ? t('coordinator.pairing.rejectDetails', { reason, comment: props.comment })
        : reason}
    </span>
  );
}

/** A claim's or tranche's review status, with the reason when it was rejected. */
function ReviewStatus(props: {
  status: string;
  label: string;
  reason: RejectReason | null;
  comment: string | null;
}) {
  return (
    <>
      <StatusBadge tone={reviewTone[props.status] ?? 'draft'}>{props.label}</StatusBadge>
      <RejectDetails reason={props.reason} comment={props.comment} />
    </>
  );
}

/** A titled section holding one table (its head and body), or a sentence when it is empty. */
function TableSection(props: {
  id: string;
  title: string;
  empty: boolean;
  emptyText: string;
  children: ReactNode;
  footer?: ReactNode;
}) {
  return (
    <section aria-labelledby={props.id} className="coord-section">
      <h2 id={props.id}>{props.title}</h2>
      {props.empty ? (
        <p>{props.emptyText}</p>
      ) : (
        <TableFrame label={props.title}>
          <table className="coord-table">{props.children}</table>
        </TableFrame>
      )}
      {props.footer}
    </section>
  );
}

/** The coordination's sections of a pairing (see PairingPage). */
export function CoordinatorPairing({ pairing: p }: { pairing: RouterOutputs['pairings']['get'] }) {
  const { t } = useTranslation();
  const fmt = useLocaleFormat();
  const s = p.summary;
  const name = s ? personName(s) : t('coordinator.common.pairing', { id: p.id });
  return (
    <>
      <p className="coord-breadcrumb">
        <Link href={`/pairings?phase=${p.phase.id}`}>{t('coordinator.pairing.backToList')}</Link>
      </p>
      <PageTitle>{t('coordinator.pairing.title', { id: p.id, name })}</PageTitle>
      <p className="coord-subtitle-line">
        <PairingStatusBadge status={p.status} side="coordinator" />
      </p>
      <AgreementCard pairingId={p.id} />
      <section className="card" aria-labelledby="pairing-facts">
        <h2 id="pairing-facts">{t('coordinator.pairing.factsTitle')}</h2>
        <dl className="facts">
          {s ? (
            <>
              <dt>{t('coordinator.pairing.job')}</dt>
              <dd>{s.postingTitle}</dd>
              <dt>{t('coordinator.pairing.business')}</dt>
              <dd>{s.businessName}</dd>
              <dt>{t('coordinator.pairing.organisation')}</dt>
              <dd>{s.organisationName}</dd>
            </>
          ) : null}
          <dt>{t('coordinator.pairing.phase')}</dt>
          <dd>
            <Link href={`/phases/${p.phase.id}`}>{phaseTitle(t, p.phase)}</Link>
          </dd>
          <dt>{t('coordinator.pairing.dates')}</dt>
          <dd>
            {fmt.date(p.startDate)} ·{' '}
            {p.endDate
              ? t('coordinator.pairing.ended', { date: fmt.date(p.endDate) })
              : t('coordinator.pairing.plannedEnd', { date: fmt.date(p.plannedEndDate) })}
          </dd>
          <dt>{t('coordinator.pairing.terms')}</dt>
          <dd>
            {t('coordinator.pairing.termsValue', {
              wage: fmt.money(p.hourlyWageCents),
              hours: p.hoursPerWeek,
              weeks: p.plannedWeeks,
            })}
          </dd>
          <dt>{t('coordinator.pairing.maxWage')}</dt>
          <dd>{fmt.money(p.maxWageSubsidyCents)}</dd>
          <dt>{t('coordinator.pairing.accompaniment')}</dt>
          <dd>{fmt.money(p.accompanimentCents)}</dd>
          <dt>{t('coordinator.pairing.committed')}</dt>
          <dd>
            {t('coordinator.pairing.committedValue', {
              wage: fmt.money(p.committedWageCents),
              accompaniment: fmt.money(p.committedAccompanimentCents),
            })}
          </dd>
          {p.retentionOutcome || p.retentionDueOn ? (
            <>
              <dt>{t('coordinator.pairing.retention')}</dt>
              <dd>
                {p.retentionOutcome
                  ? t(`coordinator.retentionOutcome.${p.retentionOutcome}`)
                  : t('coordinator.pairing.retentionDue', {
                      date: fmt.date(p.retentionDueOn ?? ''),
                    })}
              </dd>
            </>
          ) : null}
        </dl>
      </section>

      <TableSection
        id="pairing-claims"
        title={t('coordinator.pairing.claimsTitle')}
        empty={p.claims.length === 0}
        emptyText={t('coordinator.pairing.claimsEmpty')}
      >
        <thead>
          <tr>
            <th scope="col">{t('coordinator.pairing.period')}</th>
            <th scope="col" className="coord-num">
              {t('coordinator.pairing.hours')}
            </th>
            <th scope="col" className="coord-num">
              {t('coordinator.pairing.gross')}
            </th>
            <th scope="col" className="coord-num">
              {t('coordinator.pairing.amount')}
            </th>
            <th scope="col">{t('coordinator.pairing.status')}</th>
          </tr>
        </thead>
        <tbody>
          {p.claims.map((c) => (
            <tr key={c.id}>
              <th scope="row">{fmt.period(c.periodStart, c.periodEnd)}</th>
              <td className="coord-num">{fmt.number(c.hoursWorkedHundredths / 100)}</td>
              <td className="coord-num">{fmt.money(c.grossWagesCents)}</td>
              <td className="coord-num">{fmt.money(c.amountCents)}</td>
              <td>
                <ReviewStatus
                  status={c.status}
                  label={t(`coordinator.claimStatus.${c.status}`)}
                  reason={c.rejectReason}
                  comment={c.rejectComment}
                />
              </td>
            </tr>
          ))}
        </tbody>
      </TableSection>

      <TableSection
        id="pairing-tranches"
        title={t('coordinator.pairing.tranchesTitle')}
        empty={p.tranches.length === 0}
        emptyText={t('coordinator.pairing.tranchesEmpty')}
      >
        <thead>
          <tr>
            <th scope="col">{t('coordinator.pairing.milestone')}</th>
            <th scope="col">{t('coordinator.pairing.dueOn')}</th>
            <th scope="col" className="coord-num">
              {t('coordinator.pairing.amount')}
            </th>
            <th scope="col">{t('coordinator.pairing.status')}</th>
          </tr>
        </thead>
        <tbody>
          {p.tranches.map((tr) => (
            <tr key={tr.id}>
              <th scope="row">{t(`coordinator.milestoneName.${tr.milestone}`)}</th>
              <td>{fmt.shortDate(tr.dueOn)}</td>
              <td className="coord-num">{fmt.money(tr.amountCents)}</td>
              <td>
                <ReviewStatus
                  status={tr.status}
                  label={t(`coordinator.trancheStatus.${tr.status}`)}
                  reason={tr.rejectReason}
                  comment={tr.rejectComment}
                />
              </td>
            </tr>
          ))}
        </tbody>
      </TableSection>

      <TableSection
        id="pairing-ledger"
        title={t('coordinator.pairing.ledgerTitle')}
        empty={p.ledger.length === 0}
        emptyText={t('coordinator.pairing.ledgerEmpty')}
        footer={
          <p>
            <Link href={`/money/ledger?phase=${p.phase.id}`}>
              {t('coordinator.phase.seeLedger')}
            </Link>
          </p>
        }
      >
        <thead>
          <tr>
            <th scope="col">{t('coordinator.ledger.number')}</th>
            <th scope="col">{t('coordinator.pairing.date')}</th>
            <th scope="col">{t('coordinator.pairing.kind')}</th>
            <th scope="col" className="coord-num">
              {t('coordinator.pairing.amount')}
            </th>
            <th scope="col">{t('coordinator.pairing.payment')}</th>
          </tr>
        </thead>
        <tbody>
          {p.ledger.map((e) => (
            <tr key={e.id}>
              <th scope="row">{e.id}</th>
              <td>{fmt.instant(e.createdAt, 'shortDate')}</td>
              <td>
                {t(`coordinator.ledgerKind.${e.kind}`)}
                {e.reversesEntryId ? (
                  <span className="coord-line coord-muted">
                    {t('coordinator.ledger.reverses', { id: e.reversesEntryId })}
                  </span>
                ) : null}
                {e.note ? (
                  <span className="coord-line coord-note">
                    {t('coordinator.ledger.note', { note: e.note })}
                  </span>
                ) : null}
              </td>
              <td className={`coord-num${e.amountCents < 0 ? ' coord-negative' : ''}`}>
                {fmt.money(e.amountCents)}
              </td>
              <td>
                {e.paidOn ? (
                  <>
                    {t('coordinator.ledger.paidOn', { date: fmt.shortDate(e.paidOn) })}
                    {e.reference ? (
                      <span className="coord-line coord-muted">
                        {t('coordinator.ledger.reference', { reference: e.reference })}
                      </span>
                    ) : null}
                  </>
                ) : e.kind === 'reversal' ? (
                  t('coordinator.common.none')
                ) : (
                  <span className="coord-muted">{t('coordinator.ledger.unpaid')}</span>
                )}
              </td>
            </tr>
          ))}
        </tbody>
      </TableSection>
    </>
  );
}
