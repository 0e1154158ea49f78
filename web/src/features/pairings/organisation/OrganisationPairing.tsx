import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'wouter';
import { canRecordRetention, pairingActionsFor } from '../../../../../shared/money/machines';
import { StatusMessage } from '../../../components/Alert';
import { PageTitle } from '../../../components/PageTitle';
import { today } from '../../../lib/dates';
import { phaseTitle } from '../../../lib/phases';
import type { Me } from '../../../lib/session';
import { useLocaleFormat } from '../../../lib/useLocaleFormat';
import { AgreementCard } from '../../agreements/AgreementCard';
import { PairingStatusBadge } from '../PairingStatusBadge';
import { nextFollowUpOf, type PairingFile } from './accompaniment';
import { EndPairing } from './EndPairing';
import { FollowUpForm } from './FollowUpForm';
import { FollowUpHistory } from './FollowUpHistory';
import { PairingMoney } from './PairingMoney';
import { RetentionCheck } from './RetentionCheck';

/** The organisation's sections of a pairing (see PairingPage). */
export function OrganisationPairing({ me, pairing: p }: { me: Me; pairing: PairingFile }) {
  const { t } = useTranslation();
  const [message, setMessage] = useState<string | null>(null);
  const [justEnded, setJustEnded] = useState(false);
  const status = p.status;
  // Once the pairing ends its end form disappears: focus goes to the 12-week check that replaces
  // the follow-up form, so keyboard and screen reader users land on what comes next.
  useEffect(() => {
    if (justEnded && status !== 'active') {
      document.getElementById('org-retention-title')?.focus();
      setJustEnded(false);
    }
  }, [justEnded, status]);
  const s = p.summary;
  const name = s ? `${s.firstName} ${s.lastName}` : `#${p.id}`;
  const ref = { id: p.id, status: p.status, personName: name };
  const actions = pairingActionsFor(p.status, me.role);
  const active = p.status === 'active';

  return (
    <>
      <p className="org-breadcrumb">
        <Link href="/accompaniment">{t('organisation.pairing.back')}</Link>
      </p>
      <PageTitle>{name}</PageTitle>
      <p className="org-file-head org-pairing-head">
        {s ? (
          <span>
            {t('organisation.pairing.subtitle', {
              posting: s.postingTitle,
              business: s.businessName,
            })}
          </span>
        ) : null}{' '}
        <PairingStatusBadge status={p.status} side="organisation" />
      </p>
      <StatusMessage>{message}</StatusMessage>

      <div className="org-pairing">
        <div className="grid grid--wide">
          <PairingFacts pairing={p} />
          {active ? (
            <section className="card" aria-labelledby="org-followup-title">
              <h2 id="org-followup-title">{t('organisation.followUp.title')}</h2>
              <FollowUpForm pairing={ref} />
            </section>
          ) : (
            <section className="card" aria-labelledby="org-retention-title">
              <h2 id="org-retention-title" tabIndex={-1}>
                {t('organisation.retention.title')}
              </h2>
              {canRecordRetention(p.status, me.role) ? (
                <RetentionCheck
                  key={`${p.retentionOutcome}-${p.retentionCheckedOn}`}
                  pairing={{
                    ...ref,
                    retentionDueOn: p.retentionDueOn,
                    retentionOutcome: p.retentionOutcome,
                    retentionCheckedOn: p.retentionCheckedOn,
                  }}
                  onDone={setMessage}
                />
              ) : (
                <p>{t('organisation.retention.afterEnd')}</p>
              )}
            </section>
          )}
        </div>

        <AgreementCard pairingId={p.id} />

        <FollowUpHistory pairing={p} personName={name} />

        {active && actions.length > 0 ? (
          <section className="card" aria-labelledby="org-end-title">
            <h2 id="org-end-title">{t('organisation.end.title')}</h2>
            <EndPairingIntro plannedEndDate={p.plannedEndDate} />
            <EndPairing
              pairing={{ ...ref, startDate: p.startDate, plannedEndDate: p.plannedEndDate }}
              actions={actions}
              onDone={(m) => {
                setMessage(m);
                setJustEnded(true);
              }}
            />
          </section>
        ) : null}

        <PairingMoney pairing={p} />
      </div>
    </>
  );
}

function EndPairingIntro({ plannedEndDate }: { plannedEndDate: string }) {
  const { t } = useTranslation();
  const fmt = useLocaleFormat();
  return <p>{t('organisation.end.intro', { date: fmt.date(plannedEndDate) })}</p>;
}

function PairingFacts({ pairing: p }: { pairing: PairingFile }) {
  const { t } = useTranslation();
  const fmt = useLocaleFormat();
  const next = nextFollowUpOf(p, p.followUps);
  const wagePaid = p.ledger
    .filter((e) => e.payeeBusinessId !== null && e.paidOn !== null)
    .reduce((sum, e) => sum + e.amountCents, 0);
  return (
    <section className="card" aria-labelledby="org-facts-title">
      <h2 id="org-facts-title">{t('organisation.pairing.facts')}</h2>
      <dl className="facts org-pairing-facts">
        <dt>{t('organisation.pairing.phase')}</dt>
        <dd>{phaseTitle(t, p.phase)}</dd>
        <dt>{t('organisation.pairing.start')}</dt>
        <dd>{fmt.date(p.startDate)}</dd>
        {p.endDate ? (
          <>
            <dt>{t('organisation.pairing.end')}</dt>
            <dd>
              {fmt.date(p.endDate)}{' '}
              <span className="org-muted">
                ({t('organisation.pairing.plannedEndWas', { date: fmt.date(p.plannedEndDate) })})
              </span>
            </dd>
          </>
        ) : (
          <>
            <dt>{t('organisation.pairing.plannedEnd')}</dt>
            <dd>{fmt.date(p.plannedEndDate)}</dd>
          </>
        )}
        {p.endReason ? (
          <>
            <dt>{t('organisation.pairing.endReason')}</dt>
            <dd>
              {t(`organisation.endReason.${p.endReason}`)}
              {p.endComment ? (
                <span className="org-line org-prewrap">
                  {t('organisation.common.quoted', { text: p.endComment })}
                </span>
              ) : null}
            </dd>
          </>
        ) : null}
        <dt>{t('organisation.pairing.terms')}</dt>
        <dd>
          {t('organisation.pairing.termsValue', {
            hours: p.hoursPerWeek,
            wage: fmt.money(p.hourlyWageCents),
            weeks: p.plannedWeeks,
          })}
        </dd>
        <dt>{t('organisation.pairing.wageSubsidy')}</dt>
        <dd>
          {t('organisation.pairing.wageSubsidyValue', {
            paid: fmt.money(wagePaid),
            max: fmt.money(p.maxWageSubsidyCents),
          })}
        </dd>
        {p.status === 'active' ? (
          <>
            <dt>{t('organisation.pairing.nextFollowUp')}</dt>
            <dd>
              {next === null ? (
                t('organisation.pairing.noNextFollowUp')
              ) : next < today() ? (
                <span className="org-late">
                  {t('organisation.pairing.nextFollowUpLate', { date: fmt.date(next) })}
                </span>
              ) : (
                t('organisation.pairing.nextFollowUpValue', { date: fmt.date(next) })
              )}
            </dd>
          </>
        ) : null}
      </dl>
      <p>
        <Link href={`/job-seekers/${p.jobSeekerId}`}>{t('organisation.pairing.personFile')}</Link>
      </p>
    </section>
  );
}
