// One pairing, as its organisation follows it: the facts, the next follow-up and the form to
// log one, the history of follow-ups, the end (completed or ended early), the 12-week check,
// and the accompaniment subsidy (tranches by milestone and payments received).
import { useQuery } from '@tanstack/react-query';
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'wouter';
import { canRecordRetention, pairingActionsFor } from '../../../../shared/money/machines';
import { ErrorAlert, StatusMessage } from '../../components/Alert';
import { PageTitle } from '../../components/PageTitle';
import { describeError } from '../../lib/errors';
import type { Me } from '../../lib/session';
import { useTRPC } from '../../lib/trpc';
import { useLocaleFormat } from '../../lib/useLocaleFormat';
import { nextFollowUpOf, type PairingFile, phaseLabel, trancheLines } from './accompaniment';
import { EndPairing, FollowUpForm, RetentionCheck } from './accompanimentForms';
import { today } from './common';
import { PairingStatusBadge } from './pairingParts';

export function PairingPage({ me }: { me: Me }) {
  const params = useParams<{ id: string }>();
  // A fresh page (messages, open forms) for each pairing.
  return <PairingView key={params.id} me={me} pairingId={Number(params.id)} />;
}

function PairingView({ me, pairingId }: { me: Me; pairingId: number }) {
  const { t } = useTranslation();
  const trpc = useTRPC();
  const valid = Number.isInteger(pairingId) && pairingId > 0;
  const [message, setMessage] = useState<string | null>(null);
  const [justEnded, setJustEnded] = useState(false);
  const q = useQuery(trpc.pairings.get.queryOptions({ pairingId }, { enabled: valid }));
  const status = q.data?.status;
  // Once the pairing ends its end form disappears: focus goes to the 12-week check that replaces
  // the follow-up form, so keyboard and screen reader users land on what comes next.
  useEffect(() => {
    if (justEnded && status && status !== 'active') {
      document.getElementById('org-retention-title')?.focus();
      setJustEnded(false);
    }
  }, [justEnded, status]);

  if (!valid || q.error) {
    return (
      <>
        <p className="org-breadcrumb">
          <Link href="/accompaniment">{t('organisation.pairing.back')}</Link>
        </p>
        <PageTitle>{t('organisation.pairing.notFound')}</PageTitle>
        <ErrorAlert>{q.error ? describeError(q.error, t).message : null}</ErrorAlert>
      </>
    );
  }
  if (!q.data) {
    return (
      <p role="status" className="org-muted">
        {t('app.loading')}
      </p>
    );
  }
  const p = q.data;
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
        <PairingStatusBadge status={p.status} />
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
        <dd>{phaseLabel(t, p.phase)}</dd>
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
              {t(`organisation.endReason.${p.endReason}`, { defaultValue: p.endReason })}
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

function FollowUpHistory(props: { pairing: PairingFile; personName: string }) {
  const { t } = useTranslation();
  const fmt = useLocaleFormat();
  const p = props.pairing;
  return (
    <section className="card" aria-labelledby="org-history-title">
      <h2 id="org-history-title">
        {t('organisation.followUp.history')} <span className="org-pill">{p.followUps.length}</span>
      </h2>
      {p.status === 'active' ? null : (
        <div className="org-history-add">
          <FollowUpForm
            pairing={{ id: p.id, status: p.status, personName: props.personName }}
            collapsed
          />
        </div>
      )}
      {p.followUps.length === 0 ? (
        <p>{t('organisation.followUp.none')}</p>
      ) : (
        <ol className="org-items org-followups">
          {p.followUps.map((f) => (
            <li key={f.id} className="org-item">
              <p className="org-item__title">
                <time dateTime={f.on}>{fmt.date(f.on)}</time> —{' '}
                {t('organisation.followUp.entry', {
                  kind: t(`organisation.followUpKind.${f.kind}`),
                  withWhom: t(`organisation.withWhomLower.${f.withWhom}`),
                })}
              </p>
              <p className="org-item__meta">
                {t('organisation.followUp.by', { name: f.recordedByName })}
                {f.nextOn ? (
                  <> · {t('organisation.followUp.next', { date: fmt.date(f.nextOn) })}</>
                ) : null}
              </p>
              {f.notes ? <p className="org-prewrap org-followup__notes">{f.notes}</p> : null}
            </li>
          ))}
        </ol>
      )}
    </section>
  );
}

function PairingMoney({ pairing: p }: { pairing: PairingFile }) {
  const { t } = useTranslation();
  const fmt = useLocaleFormat();
  const lines = trancheLines(p.phase.rules, p.status, p.tranches);
  // The organisation's side of the ledger: what is paid to it (not the employer's subsidy).
  const entries = p.ledger.filter((e) => e.payeeBusinessId === null);
  const received = entries
    .filter((e) => e.paidOn !== null)
    .reduce((sum, e) => sum + e.amountCents, 0);
  const planned = lines
    .filter((l) => l.state !== 'notApplicable' && l.state !== 'rejected')
    .reduce((sum, l) => sum + l.amountCents, 0);
  return (
    <section className="card" aria-labelledby="org-money-title">
      <h2 id="org-money-title">{t('organisation.money.title')}</h2>
      <p className="org-muted">{t('organisation.money.intro')}</p>
      <p className="org-money-total">
        {t('organisation.money.total', { amount: fmt.money(planned), paid: fmt.money(received) })}
      </p>
      <div className="table-wrap">
        <table className="org-stack-table">
          <caption className="visually-hidden">{t('organisation.money.title')}</caption>
          <thead>
            <tr>
              <th scope="col">{t('organisation.money.milestone')}</th>
              <th scope="col">{t('organisation.money.amount')}</th>
              <th scope="col">{t('organisation.money.state')}</th>
            </tr>
          </thead>
          <tbody>
            {lines.map((l) => (
              <tr key={l.milestone}>
                <th scope="row" className="org-row-head">
                  {t(`organisation.milestone.${l.milestone}`)}
                  {l.state === 'upcoming' ? (
                    <span className="org-row-hint">
                      {t(`organisation.trancheWhen.${l.milestone}`)}
                    </span>
                  ) : null}
                </th>
                <td data-label={t('organisation.money.amount')} className="org-num">
                  {l.state === 'notApplicable' ? (
                    <span className="org-muted">—</span>
                  ) : (
                    fmt.money(l.amountCents)
                  )}
                </td>
                <td data-label={t('organisation.money.state')}>
                  <span className={`org-badge org-status org-tranche--${l.state}`}>
                    {t(`organisation.trancheState.${l.state}`)}
                  </span>
                  {l.dueOn ? (
                    <span className="org-line org-muted org-small">
                      {t('organisation.money.dueOn', { date: fmt.date(l.dueOn) })}
                    </span>
                  ) : null}
                  {l.rejectReason ? (
                    <span className="org-line org-small">
                      {t(`organisation.rejectReason.${l.rejectReason}`, {
                        defaultValue: l.rejectReason,
                      })}
                      {l.rejectComment
                        ? ` — ${t('organisation.common.quoted', { text: l.rejectComment })}`
                        : ''}
                    </span>
                  ) : null}
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      <h3 className="org-subtitle">{t('organisation.money.payments')}</h3>
      {entries.length === 0 ? (
        <p>{t('organisation.money.noPayments')}</p>
      ) : (
        <ul className="org-items org-payments">
          {entries.map((e) => (
            <li key={e.id} className="org-item org-payment">
              <span className="org-payment__what">
                {t(`organisation.money.entryKind.${e.kind}`)}
                <span className="org-line org-muted org-small">
                  {e.paidOn
                    ? t('organisation.money.paidOn', { date: fmt.date(e.paidOn) })
                    : e.kind === 'reversal'
                      ? fmt.instant(e.createdAt, 'date')
                      : t('organisation.money.awaitingPayment', {
                          date: fmt.instant(e.createdAt, 'date'),
                        })}
                  {e.reference
                    ? ` · ${t('organisation.money.reference', { reference: e.reference })}`
                    : ''}
                </span>
              </span>
              <span className="org-num org-payment__amount">{fmt.money(e.amountCents)}</span>
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
