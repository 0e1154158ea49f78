import { useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'wouter';
import { isCountingClaim, pairingActionsFor } from '../../../../../shared/money/machines';
import { StatusMessage } from '../../../components/Alert';
import { PageTitle } from '../../../components/PageTitle';
import { useLocaleFormat } from '../../../lib/useLocaleFormat';
import { AgreementCard } from '../../agreements/AgreementCard';
import { ClaimForm } from '../../claims/ClaimForm';
import {
  lastClaimableDay,
  liveClaims,
  nextPeriodStart,
  remainingCents,
} from '../../claims/claimValues';
import { ClaimsTable } from '../../claims/PairingClaimsTable';
import type { PairingDetail } from '../../money/moneyText';
import { PaymentsTable } from '../../money/PairingPayments';
import { useHiredFlash } from '../flash';
import { PairingStatusBadge } from '../PairingStatusBadge';
import { pairingName } from './EmployerPairings';
import { EndPairingForm } from './EndPairingForm';
import { HireFacts } from './HireFacts';

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

/** The employer's sections of a pairing (see PairingPage). */
export function EmployerPairing({ pairing: p }: { pairing: PairingDetail }) {
  const { t } = useTranslation();
  const fmt = useLocaleFormat();
  const hired = useHiredFlash();
  const [submitted, setSubmitted] = useState<string | null>(null);
  const claimHeading = useRef<HTMLHeadingElement>(null);
  // « Réclamer » links from the home and the list land on the claim form.
  useEffect(() => {
    if (window.location.hash === '#claim') {
      claimHeading.current?.scrollIntoView({ block: 'start' });
      claimHeading.current?.focus();
    }
  }, []);
  const name = p.summary ? pairingName(p.summary) : t('employer.pairing.fallbackName');
  const remaining = remainingCents(p);
  const allClaimed =
    nextPeriodStart(p) > lastClaimableDay(p) && p.claims.every((c) => isCountingClaim(c.status));
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
        <PairingStatusBadge status={p.status} side="employer" />{' '}
        <span>{t(`employer.pairing.statusNote.${p.status}`)}</span>
      </p>
      <StatusMessage>
        {submitted ??
          (hired
            ? t('employer.pairing.hiredFlash', {
                name,
                amount: fmt.money(p.maxWageSubsidyCents),
              })
            : null)}
      </StatusMessage>
      <MoneyStats pairing={p} allClaimed={allClaimed} />

      <div className="emp-detail">
        <div className="emp-column">
          <AgreementCard pairingId={p.id} />
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
