// One phase: its facts, rules, open/close (confirmed first), the budget of each fund, and each
// participating organisation's pairings against its target and its budget figures.
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'wouter';
import { maxWageSubsidyCents, trancheAmounts } from '../../../../shared/money/calculator';
import type { SubsidyRules } from '../../../../shared/money/rules';
import { ErrorAlert, StatusMessage } from '../../components/Alert';
import { LoadingStatus, NotFoundPage } from '../../components/PageStates';
import { PageTitle } from '../../components/PageTitle';
import { describeError } from '../../lib/errors';
import { parseId } from '../../lib/ids';
import { phaseTitle } from '../../lib/phases';
import type { RouterOutputs } from '../../lib/trpc';
import { useTRPC } from '../../lib/trpc';
import { useLocaleFormat } from '../../lib/useLocaleFormat';

type PhaseDetail = RouterOutputs['phases']['get'];

import { bpToInput } from '../../lib/numberText';
import { type FundFigures, FundFiguresView } from '../money/FundFigures';
import { useFlash } from './flash';
import { PhaseStatusBadge } from './PhaseStatusBadge';

type PhaseAction = 'open' | 'close';

function percentText(bp: number, locale: 'fr-CA' | 'en-CA') {
  return `${bpToInput(bp, locale)}${locale === 'fr-CA' ? '\u00a0' : ''}%`;
}

export function RulesSummary({ rules }: { rules: SubsidyRules }) {
  const { t } = useTranslation();
  const fmt = useLocaleFormat();
  const max = maxWageSubsidyCents(rules, {
    hourlyWageCents: rules.hourlyWageCapCents,
    hoursPerWeek: rules.maxHoursPerWeekCounted,
    weeks: rules.maxWeeks,
  });
  const amounts = trancheAmounts(rules);
  return (
    <dl className="facts coord-rules">
      <dt>{t('coordinator.phase.rules.rate')}</dt>
      <dd>
        {t('coordinator.phase.rules.rateValue', {
          rate: percentText(rules.wageSubsidyRateBp, fmt.locale),
          cap: fmt.money(rules.hourlyWageCapCents),
        })}
      </dd>
      <dt>{t('coordinator.phase.rules.hours')}</dt>
      <dd>
        {t('coordinator.phase.rules.hoursValue', {
          min: rules.minHoursPerWeek,
          max: rules.maxHoursPerWeekCounted,
        })}
      </dd>
      <dt>{t('coordinator.phase.rules.weeks')}</dt>
      <dd>
        {t('coordinator.phase.rules.weeksValue', { min: rules.minWeeks, max: rules.maxWeeks })}
      </dd>
      <dt>{t('coordinator.phase.rules.max')}</dt>
      <dd className="coord-strong">{fmt.money(max)}</dd>
      <dt>{t('coordinator.phase.rules.accompaniment')}</dt>
      <dd>
        {t('coordinator.phase.rules.accompanimentValue', {
          amount: fmt.money(rules.accompanimentAmountCents),
        })}
        <ul className="coord-plain">
          {rules.accompanimentTranches.map((tr, i) => (
            <li key={tr.milestone}>
              {t('coordinator.phase.rules.trancheValue', {
                share: percentText(tr.shareBp, fmt.locale),
                milestone: t(`coordinator.milestone.${tr.milestone}`),
                amount: fmt.money(amounts[i]?.amountCents ?? 0),
              })}
            </li>
          ))}
        </ul>
      </dd>
      <dt>{t('coordinator.phase.rules.claims')}</dt>
      <dd>
        {t('coordinator.phase.rules.claimsValue', {
          count: rules.claimPeriodWeeks,
          days: rules.claimDeadlineDays,
        })}
      </dd>
    </dl>
  );
}

function PhaseActions({ phase, onAction }: { phase: PhaseDetail; onAction: () => void }) {
  const { t } = useTranslation();
  const trpc = useTRPC();
  const qc = useQueryClient();
  const [confirming, setConfirming] = useState<PhaseAction | null>(null);
  const [done, setDone] = useState<PhaseAction | null>(null);
  const [error, setError] = useState<string | null>(null);
  const confirmRef = useRef<HTMLParagraphElement>(null);
  const triggerRef = useRef<HTMLButtonElement>(null);
  const transition = useMutation(
    trpc.phases.transition.mutationOptions({
      onSuccess: async (_r, input) => {
        setConfirming(null);
        setDone(input.action);
        await qc.invalidateQueries({ queryKey: trpc.phases.pathKey() });
      },
      onError: (err) => {
        const shown = describeError(err, t);
        // A missing part (rules, envelope, organisations) is one field's message: say it.
        setError(Object.values(shown.fields)[0] ?? shown.message ?? t('errors.generic'));
        setConfirming(null);
        triggerRef.current?.focus();
      },
    }),
  );
  useEffect(() => {
    if (confirming) confirmRef.current?.focus();
  }, [confirming]);
  const action: PhaseAction | null =
    phase.status === 'draft' ? 'open' : phase.status === 'open' ? 'close' : null;
  return (
    <div className="stack">
      <StatusMessage>{done ? t(`coordinator.phase.done.${done}`) : null}</StatusMessage>
      <ErrorAlert>{error}</ErrorAlert>
      {phase.status === 'draft' || action ? (
        <div className="coord-actions">
          {phase.status === 'draft' ? (
            <Link href={`/phases/${phase.id}/edit`} className="button">
              {t('coordinator.phase.edit')}
            </Link>
          ) : null}
          {action ? (
            <button
              ref={triggerRef}
              type="button"
              className={action === 'open' ? 'button button--primary' : 'button coord-danger'}
              aria-expanded={confirming === action}
              disabled={transition.isPending}
              onClick={() => {
                setError(null);
                setDone(null);
                onAction();
                setConfirming(confirming === action ? null : action);
              }}
            >
              {t(`coordinator.phase.action.${action}`)}
            </button>
          ) : null}
        </div>
      ) : null}
      {confirming ? (
        <div className="coord-confirm">
          <p ref={confirmRef} tabIndex={-1}>
            <strong>
              {t(`coordinator.phase.confirm.${confirming}.question`, { number: phase.number })}
            </strong>{' '}
            {t(`coordinator.phase.confirm.${confirming}.text`, {
              days: phase.rules?.claimDeadlineDays ?? 0,
            })}
          </p>
          <div className="coord-actions">
            <button
              type="button"
              className={confirming === 'open' ? 'button button--primary' : 'button coord-danger'}
              disabled={transition.isPending}
              onClick={() => transition.mutate({ phaseId: phase.id, action: confirming })}
            >
              {t(`coordinator.phase.confirm.${confirming}.yes`)}
            </button>
            <button
              type="button"
              className="button"
              onClick={() => {
                setConfirming(null);
                triggerRef.current?.focus();
              }}
            >
              {t('coordinator.phase.confirm.no')}
            </button>
          </div>
        </div>
      ) : null}
    </div>
  );
}

/** An organisation's figures for one fund, in a table cell. */
function FundCell({ figures }: { figures: FundFigures }) {
  const { t } = useTranslation();
  const fmt = useLocaleFormat();
  return (
    <dl className="coord-cell-figures">
      <dt>{t('coordinator.budget.committed')}</dt>
      <dd>{fmt.money(figures.committed)}</dd>
      <dt>{t('coordinator.budget.approved')}</dt>
      <dd>{fmt.money(figures.approved)}</dd>
      <dt>{t('coordinator.budget.paid')}</dt>
      <dd>{fmt.money(figures.paid)}</dd>
      {figures.envelope !== null ? (
        <>
          <dt>{t('coordinator.budget.allocation')}</dt>
          <dd>{fmt.money(figures.envelope)}</dd>
          <dt>{t('coordinator.budget.remaining')}</dt>
          <dd className={figures.remaining !== null && figures.remaining < 0 ? 'coord-over' : ''}>
            {fmt.money(figures.remaining ?? 0)}
          </dd>
        </>
      ) : null}
    </dl>
  );
}

function ParticipantsTable({ phase }: { phase: PhaseDetail }) {
  const { t } = useTranslation();
  const fmt = useLocaleFormat();
  if (phase.participants.length === 0) return <p>{t('coordinator.phase.orgsEmpty')}</p>;
  const totals = phase.participants.reduce(
    (s, p) => ({ target: s.target + p.pairingTarget, pairings: s.pairings + p.pairings }),
    { target: 0, pairings: 0 },
  );
  return (
    <div className="table-wrap">
      <table className="coord-table">
        <thead>
          <tr>
            <th scope="col">{t('coordinator.phase.organisation')}</th>
            <th scope="col">{t('coordinator.phase.pairings')}</th>
            <th scope="col">{t('coordinator.budget.wage')}</th>
            <th scope="col">{t('coordinator.budget.accompaniment')}</th>
          </tr>
        </thead>
        <tbody>
          {phase.participants.map((p) => {
            const reached =
              p.pairingTarget > 0 ? Math.min(100, (p.pairings / p.pairingTarget) * 100) : 0;
            return (
              <tr key={p.organisationId}>
                <th scope="row">
                  {p.name}
                  <span className="coord-line coord-muted">{fmt.region(p.regionCode)}</span>
                </th>
                <td>
                  <span className="coord-strong">
                    {t('coordinator.phase.pairingsValue', {
                      count: p.pairings,
                      target: p.pairingTarget,
                    })}
                  </span>
                  <span className="coord-minibar" aria-hidden="true">
                    <span style={{ width: `${reached}%` }} />
                  </span>
                  <span className="coord-line coord-muted">
                    {t('coordinator.phase.activeValue', { count: p.activePairings })}
                  </span>
                </td>
                <td>
                  <FundCell figures={p.budget.wage} />
                </td>
                <td>
                  <FundCell figures={p.budget.accompaniment} />
                </td>
              </tr>
            );
          })}
        </tbody>
        <tfoot>
          <tr>
            <th scope="row">{t('coordinator.phase.total')}</th>
            <td className="coord-strong">
              {t('coordinator.phase.pairingsValue', {
                count: totals.pairings,
                target: totals.target,
              })}
            </td>
            <td />
            <td />
          </tr>
        </tfoot>
      </table>
    </div>
  );
}

export function PhasePage() {
  const { t } = useTranslation();
  const trpc = useTRPC();
  const fmt = useLocaleFormat();
  const [flash, clearFlash] = useFlash();
  const params = useParams<{ id: string }>();
  const phaseId = parseId(params.id);
  const phase = useQuery({
    ...trpc.phases.get.queryOptions({ phaseId: phaseId ?? 0 }),
    enabled: phaseId !== null,
  });
  if (phaseId === null || phase.isError) {
    return (
      <NotFoundPage
        title={t('coordinator.phase.notFoundTitle')}
        error={phase.error}
        fallback={t('errors.phase.notFound')}
        backHref="/phases"
        backLabel={t('coordinator.phase.backToList')}
      />
    );
  }
  if (!phase.data) {
    return <LoadingStatus />;
  }
  const p = phase.data;
  return (
    <>
      <p className="coord-breadcrumb">
        <Link href="/phases">{t('coordinator.phase.backToList')}</Link>
      </p>
      <PageTitle>{phaseTitle(t, p)}</PageTitle>
      <p className="coord-subtitle-line">
        <PhaseStatusBadge status={p.status} />{' '}
        <span>{t(`coordinator.phase.statusNote.${p.status}`)}</span>
      </p>
      <StatusMessage>{flash ? t(`coordinator.phase.flash.${flash}`) : null}</StatusMessage>
      <PhaseActions phase={p} onAction={clearFlash} />

      <div className="grid grid--wide coord-phase-top">
        <section className="card" aria-labelledby="phase-facts">
          <h2 id="phase-facts">{t('coordinator.phase.factsTitle')}</h2>
          <dl className="facts">
            <dt>{t('coordinator.phase.period')}</dt>
            <dd>
              {t('coordinator.common.period', {
                start: fmt.date(p.startDate),
                end: fmt.date(p.endDate),
              })}
            </dd>
            {p.openedAt ? (
              <>
                <dt>{t('coordinator.phase.openedAt')}</dt>
                <dd>{fmt.instant(p.openedAt)}</dd>
              </>
            ) : null}
            {p.closedAt ? (
              <>
                <dt>{t('coordinator.phase.closedAt')}</dt>
                <dd>{fmt.instant(p.closedAt)}</dd>
              </>
            ) : null}
            <dt>{t('coordinator.phase.participantsCount')}</dt>
            <dd>{t('coordinator.phase.participantsValue', { count: p.participants.length })}</dd>
          </dl>
          <p className="coord-actions">
            <Link href={`/pairings?phase=${p.id}`}>{t('coordinator.phase.seePairings')}</Link>
            <Link href={`/money/ledger?phase=${p.id}`}>{t('coordinator.phase.seeLedger')}</Link>
          </p>
        </section>
        <section className="card" aria-labelledby="phase-rules">
          <h2 id="phase-rules">{t('coordinator.phase.rulesTitle')}</h2>
          {p.rules ? <RulesSummary rules={p.rules} /> : <p>{t('coordinator.phase.noRules')}</p>}
        </section>
      </div>

      {p.budget ? (
        <section aria-labelledby="phase-budget" className="coord-section">
          <h2 id="phase-budget">{t('coordinator.phase.budgetTitle')}</h2>
          <p className="field__hint">{t('coordinator.phase.budgetHint')}</p>
          <div className="grid grid--wide">
            <FundFiguresView
              id="fund-wage"
              headingLevel={3}
              title={t('coordinator.budget.wage')}
              figures={p.budget.wage}
            />
            <FundFiguresView
              id="fund-accompaniment"
              headingLevel={3}
              title={t('coordinator.budget.accompaniment')}
              figures={p.budget.accompaniment}
            />
          </div>
        </section>
      ) : null}

      <section aria-labelledby="phase-orgs" className="coord-section">
        <h2 id="phase-orgs">{t('coordinator.phase.orgsTitle')}</h2>
        <ParticipantsTable phase={p} />
      </section>
    </>
  );
}
