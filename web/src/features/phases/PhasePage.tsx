// One phase: its facts, rules, open/close (confirmed first), the budget of each fund, and each
// participating organisation's pairings against its target and its budget figures.
import { useQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'wouter';
import { StatusMessage } from '../../components/Alert';
import { LoadingStatus, NotFoundPage } from '../../components/PageStates';
import { PageTitle } from '../../components/PageTitle';
import { parseId } from '../../lib/ids';
import { phaseTitle } from '../../lib/phases';
import { useTRPC } from '../../lib/trpc';
import { useLocaleFormat } from '../../lib/useLocaleFormat';

import { FundFiguresView } from '../money/FundFigures';
import { useFlash } from './flash';
import { ParticipantsTable } from './ParticipantsTable';
import { PhaseActions } from './PhaseActions';
import { PhaseStatusBadge } from './PhaseStatusBadge';
import { RulesSummary } from './RulesSummary';

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
