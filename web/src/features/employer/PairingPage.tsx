// One pairing, as the employer sees it: the wage subsidy at a glance (maximum, claimed, paid,
// left), the claim form for the next pay period, the claims with their status, the payments
// (ledger entries with paid date and reference), the hire's terms, and ending it early.
import { useQuery } from '@tanstack/react-query';
import { useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'wouter';
import { pairingActionsFor } from '../../../../shared/money/machines';
import { StatusMessage } from '../../components/Alert';
import { LoadingStatus, NotFoundPage } from '../../components/PageStates';
import { PageTitle } from '../../components/PageTitle';
import { useTRPC } from '../../lib/trpc';
import { useLocaleFormat } from '../../lib/useLocaleFormat';
import { ClaimStatusBadge, PairingStatusBadge } from './Badges';
import {
  ClaimForm,
  lastClaimableDay,
  liveClaims,
  nextPeriodStart,
  remainingCents,
} from './ClaimForm';
import { EndPairingForm } from './EndPairingForm';
import { useFlash } from './flash';
import { formatPeriod, type PairingDetail } from './money';
import { pairingName } from './PairingsPage';

function MoneyStats({ pairing, allClaimed }: { pairing: PairingDetail; allClaimed: boolean }) {
  const { t } = useTranslation();
  const fmt = useLocaleFormat();
  const claimed = liveClaims(pairing).reduce((s, c) => s + c.amountCents, 0);
  // Money that went out: entries marked paid (a correction is listed below, never netted here).
  const paid = pairing.ledger
    .filter((e) => e.paidOn !== null)
    .reduce((s, e) => s + e.amountCents, 0);
  return (
    <dl className="emp-stats emp-money-stats">
      <div className="emp-stat">
        <dt>{t('employer.pairing.stats.max')}</dt>
        <dd>{fmt.money(pairing.maxWageSubsidyCents)}</dd>
      </div>
      <div className="emp-stat">
        <dt>{t('employer.pairing.stats.claimed')}</dt>
        <dd>{fmt.money(claimed)}</dd>
      </div>
      <div className="emp-stat">
        <dt>{t('employer.pairing.stats.paid')}</dt>
        <dd>{fmt.money(paid)}</dd>
      </div>
      {/* Once every period is claimed, what is left is not for claiming: it was not used. */}
      <div className={allClaimed ? 'emp-stat' : 'emp-stat emp-stat--hot'}>
        <dt>{t(allClaimed ? 'employer.pairing.stats.unused' : 'employer.pairing.stats.left')}</dt>
        <dd>{fmt.money(remainingCents(pairing))}</dd>
      </div>
    </dl>
  );
}

function ClaimsTable({ pairing }: { pairing: PairingDetail }) {
  const { t } = useTranslation();
  const fmt = useLocaleFormat();
  if (pairing.claims.length === 0) {
    return <p className="emp-note">{t('employer.claims.empty')}</p>;
  }
  // Newest period first: the one the employer is waiting on.
  const rows = [...pairing.claims].sort(
    (a, b) => b.periodStart.localeCompare(a.periodStart) || b.id - a.id,
  );
  return (
    <div className="table-wrap emp-table-wrap">
      <table className="emp-table">
        <caption className="visually-hidden">{t('employer.claims.caption')}</caption>
        <thead>
          <tr>
            <th scope="col">{t('employer.claims.period')}</th>
            <th scope="col" className="emp-num">
              {t('employer.claims.hours')}
            </th>
            <th scope="col" className="emp-num">
              {t('employer.claims.gross')}
            </th>
            <th scope="col" className="emp-num">
              {t('employer.claims.amount')}
            </th>
            <th scope="col">{t('employer.claims.status')}</th>
          </tr>
        </thead>
        <tbody>
          {rows.map((c) => (
            <tr key={c.id}>
              <th scope="row" className="emp-row-head">
                {formatPeriod(c.periodStart, c.periodEnd, fmt.locale)}
              </th>
              <td className="emp-num" data-label={t('employer.claims.hours')}>
                {t('employer.claims.hoursValue', {
                  hours: fmt.number(c.hoursWorkedHundredths / 100),
                })}
              </td>
              <td className="emp-num" data-label={t('employer.claims.gross')}>
                {fmt.money(c.grossWagesCents)}
              </td>
              <td className="emp-num" data-label={t('employer.claims.amount')}>
                <strong>{fmt.money(c.amountCents)}</strong>
              </td>
              <td data-label={t('employer.claims.status')}>
                <ClaimStatusBadge status={c.status} />
                {c.status === 'submitted' ? (
                  <span className="emp-cell-note">
                    {t('employer.claims.submittedOn', {
                      date: fmt.instant(c.submittedAt, 'date'),
                    })}
                  </span>
                ) : null}
                {c.status === 'approved' && c.reviewedAt ? (
                  <span className="emp-cell-note">
                    {t('employer.claims.approvedOn', {
                      date: fmt.instant(c.reviewedAt, 'date'),
                    })}
                  </span>
                ) : null}
                {c.status === 'rejected' ? (
                  <span className="emp-cell-note">
                    {t('employer.claims.rejectedBecause', {
                      reason: t(`employer.rejectReason.${c.rejectReason ?? 'other'}`, {
                        defaultValue: c.rejectReason ?? '',
                      }),
                    })}
                    {c.rejectComment ? ` — ${c.rejectComment}` : ''}
                  </span>
                ) : null}
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}

function PaymentsTable({ pairing }: { pairing: PairingDetail }) {
  const { t } = useTranslation();
  const fmt = useLocaleFormat();
  if (pairing.ledger.length === 0) {
    return <p className="emp-note">{t('employer.payments.empty')}</p>;
  }
  const rows = [...pairing.ledger].reverse();
  return (
    <div className="table-wrap emp-table-wrap">
      <table className="emp-table">
        <caption className="visually-hidden">{t('employer.payments.caption')}</caption>
        <thead>
          <tr>
            <th scope="col">{t('employer.payments.approvedOn')}</th>
            <th scope="col">{t('employer.payments.kind')}</th>
            <th scope="col" className="emp-num">
              {t('employer.payments.amount')}
            </th>
            <th scope="col">{t('employer.payments.payment')}</th>
          </tr>
        </thead>
        <tbody>
          {rows.map((e) => (
            <tr key={e.id}>
              <th scope="row" className="emp-row-head">
                {fmt.instant(e.createdAt, 'date')}
              </th>
              <td data-label={t('employer.payments.kind')}>{t(`employer.ledgerKind.${e.kind}`)}</td>
              <td className="emp-num" data-label={t('employer.payments.amount')}>
                <strong>{fmt.money(e.amountCents)}</strong>
              </td>
              <td data-label={t('employer.payments.payment')}>
                {e.paidOn ? (
                  t('employer.payments.paid', {
                    date: fmt.date(e.paidOn),
                    reference: e.reference ?? '',
                  })
                ) : e.kind === 'reversal' ? (
                  t('employer.payments.reversal')
                ) : (
                  <span className="emp-cell-note">{t('employer.payments.toCome')}</span>
                )}
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}

function HireFacts({ pairing }: { pairing: PairingDetail }) {
  const { t } = useTranslation();
  const fmt = useLocaleFormat();
  const s = pairing.summary;
  return (
    <dl className="facts">
      {s ? (
        <>
          <dt>{t('employer.pairing.job')}</dt>
          <dd>
            <Link href={`/postings/${pairing.postingId}`}>{s.postingTitle}</Link>
          </dd>
          <dt>{t('employer.pairing.organisation')}</dt>
          <dd>{s.organisationName}</dd>
        </>
      ) : null}
      <dt>{t('employer.pairing.phase')}</dt>
      <dd>
        {/* « Phase 10 » needs no « 10 — » before it; a named phase does. */}
        {pairing.phase.name.includes(String(pairing.phase.number))
          ? pairing.phase.name
          : t('employer.pairing.phaseValue', {
              number: pairing.phase.number,
              name: pairing.phase.name,
            })}
      </dd>
      <dt>{t('employer.pairing.start')}</dt>
      <dd>{fmt.date(pairing.startDate)}</dd>
      <dt>{t('employer.pairing.plannedEnd')}</dt>
      <dd>{fmt.date(pairing.plannedEndDate)}</dd>
      {pairing.endDate ? (
        <>
          <dt>{t(`employer.pairing.endedOn.${pairing.status}`)}</dt>
          <dd>
            {fmt.date(pairing.endDate)}
            {pairing.endReason
              ? ` — ${t(`employer.endReason.${pairing.endReason}`, { defaultValue: pairing.endReason })}`
              : ''}
            {pairing.endComment ? ` (${pairing.endComment})` : ''}
          </dd>
        </>
      ) : null}
      <dt>{t('employer.detail.wage')}</dt>
      <dd>{t('employer.detail.wageValue', { amount: fmt.money(pairing.hourlyWageCents) })}</dd>
      <dt>{t('employer.detail.hours')}</dt>
      <dd>{t('employer.detail.hoursValue', { count: pairing.hoursPerWeek })}</dd>
      <dt>{t('employer.detail.duration')}</dt>
      <dd>{t('employer.detail.weeks', { count: pairing.plannedWeeks })}</dd>
      <dt>{t('employer.pairing.maxSubsidy')}</dt>
      <dd>{fmt.money(pairing.maxWageSubsidyCents)}</dd>
    </dl>
  );
}

function EndEarly({ pairing, name }: { pairing: PairingDetail; name: string }) {
  const { t } = useTranslation();
  const fmt = useLocaleFormat();
  const [open, setOpen] = useState(false);
  const [done, setDone] = useState<string | null>(null);
  const button = useRef<HTMLButtonElement>(null);
  const canEnd = pairingActionsFor(pairing.status, 'employer').includes('endEarly');
  if (!canEnd && !done) return null;
  return (
    <section className="card stack emp-end" aria-labelledby="pairing-end">
      <h2 id="pairing-end">{t('employer.end.sectionTitle')}</h2>
      <StatusMessage>
        {done ? t('employer.end.done', { date: fmt.date(done) }) : null}
      </StatusMessage>
      {canEnd && !open ? (
        <>
          <p className="emp-note">{t('employer.end.intro')}</p>
          <p>
            <button
              ref={button}
              type="button"
              className="button"
              aria-expanded={false}
              onClick={() => setOpen(true)}
            >
              {t('employer.end.open')}
            </button>
          </p>
        </>
      ) : null}
      {canEnd && open ? (
        <EndPairingForm
          pairingId={pairing.id}
          name={name}
          startDate={pairing.startDate}
          plannedEndDate={pairing.plannedEndDate}
          onCancel={() => {
            setOpen(false);
            requestAnimationFrame(() => button.current?.focus());
          }}
          onDone={(date) => {
            setOpen(false);
            setDone(date);
          }}
        />
      ) : null}
    </section>
  );
}

export function PairingPage() {
  const { t } = useTranslation();
  const trpc = useTRPC();
  const fmt = useLocaleFormat();
  const flash = useFlash();
  const params = useParams<{ id: string }>();
  const pairingId = Number(params.id);
  const valid = Number.isInteger(pairingId) && pairingId > 0;
  const pairing = useQuery({ ...trpc.pairings.get.queryOptions({ pairingId }), enabled: valid });
  const [submitted, setSubmitted] = useState<string | null>(null);
  const claimHeading = useRef<HTMLHeadingElement>(null);
  const loaded = Boolean(pairing.data);
  // « Réclamer » links from the home and the list land on the claim form.
  useEffect(() => {
    if (loaded && window.location.hash === '#claim') {
      claimHeading.current?.scrollIntoView({ block: 'start' });
      claimHeading.current?.focus();
    }
  }, [loaded]);

  if (!valid || pairing.isError) {
    return (
      <NotFoundPage
        title={t('employer.pairing.notFoundTitle')}
        error={pairing.error}
        fallback={t('errors.pairing.notFound')}
        backHref="/pairings"
        backLabel={t('employer.pairing.backToList')}
      />
    );
  }
  if (!pairing.data) {
    return <LoadingStatus />;
  }
  const p = pairing.data;
  const name = p.summary ? pairingName(p.summary) : t('employer.pairing.fallbackName');
  const remaining = remainingCents(p);
  const allClaimed =
    nextPeriodStart(p) > lastClaimableDay(p) && !p.claims.some((c) => c.status === 'rejected');
  return (
    <>
      <p className="emp-breadcrumb">
        <Link href="/pairings">{t('employer.pairing.backToList')}</Link>
      </p>
      <PageTitle>
        {p.summary
          ? t('employer.pairings.itemTitle', { name, title: p.summary.postingTitle })
          : name}
      </PageTitle>
      <p className="emp-subtitle">
        <PairingStatusBadge status={p.status} />{' '}
        <span>{t(`employer.pairing.statusNote.${p.status}`)}</span>
      </p>
      <StatusMessage>
        {submitted ??
          (flash === 'hired'
            ? t('employer.pairing.hiredFlash', {
                name,
                amount: fmt.money(p.maxWageSubsidyCents),
              })
            : null)}
      </StatusMessage>
      <MoneyStats pairing={p} allClaimed={allClaimed} />

      <div className="emp-detail">
        <div className="emp-column">
          <section className="card stack" aria-labelledby="pairing-claim" id="claim">
            <h2 id="pairing-claim" ref={claimHeading} tabIndex={-1}>
              {t('employer.claim.title')}
            </h2>
            {remaining === 0 && p.maxWageSubsidyCents > 0 ? (
              <p className="emp-note">{t('errors.claim.nothingLeft')}</p>
            ) : allClaimed ? (
              <p className="emp-note">
                {t('employer.claim.allClaimed', { end: fmt.date(lastClaimableDay(p)) })}
              </p>
            ) : (
              <ClaimForm
                // A new end date (ended early) gives new default periods.
                key={p.endDate ?? 'open'}
                pairing={p}
                onSubmitted={(r) =>
                  setSubmitted(
                    t('employer.claim.submitted', {
                      amount: fmt.money(r.amountCents),
                      start: fmt.date(r.periodStart),
                      end: fmt.date(r.periodEnd),
                    }),
                  )
                }
              />
            )}
          </section>
          <section className="card" aria-labelledby="pairing-claims">
            <h2 id="pairing-claims">{t('employer.claims.title', { count: p.claims.length })}</h2>
            <ClaimsTable pairing={p} />
          </section>
          <section className="card" aria-labelledby="pairing-payments">
            <h2 id="pairing-payments">{t('employer.payments.title')}</h2>
            <PaymentsTable pairing={p} />
          </section>
        </div>
        <div className="emp-column">
          <section className="card emp-facts" aria-labelledby="pairing-facts">
            <h2 id="pairing-facts">{t('employer.pairing.factsTitle')}</h2>
            <HireFacts pairing={p} />
          </section>
          <EndEarly pairing={p} name={name} />
        </div>
      </div>
    </>
  );
}
