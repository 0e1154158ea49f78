// The org_admin's view of the organisation's participation in a phase (chosen in the URL, the
// open one by default): pairings against the target, the budget figures of each fund
// (envelope = its allocation when the phase sets one, committed, approved, paid, remaining),
// and the phase's ledger entries for its pairings.
import { useQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { useLocation, useSearch } from 'wouter';
import { ErrorAlert } from '../../components/Alert';
import { SelectField } from '../../components/Field';
import { PageTitle } from '../../components/PageTitle';
import { describeError } from '../../lib/errors';
import { phaseTitle } from '../../lib/phases';
import { useTRPC } from '../../lib/trpc';
import { useLocaleFormat } from '../../lib/useLocaleFormat';
import { BudgetTable, Target } from './OrganisationBudgetParts';
import { Ledger, type LedgerFund } from './OrganisationLedger';

export function OrganisationBudgetPage() {
  const { t } = useTranslation();
  const trpc = useTRPC();
  const fmt = useLocaleFormat();
  const [, navigate] = useLocation();
  const search = new URLSearchParams(useSearch());
  const asked = Number(search.get('phase'));
  const fundParam = search.get('fund');
  const fund: LedgerFund =
    fundParam === 'wage' || fundParam === 'all' ? fundParam : 'accompaniment';
  const phases = useQuery(trpc.phases.list.queryOptions());
  const list = phases.data ?? [];
  // The phase asked in the URL (by number), else the open one, else the latest.
  const chosen =
    list.find((p) => p.number === asked) ??
    list.find((p) => p.status === 'open') ??
    list.find((p) => p.status === 'closed') ??
    list[0];
  const phase = useQuery(
    trpc.phases.get.queryOptions({ phaseId: chosen?.id ?? 0 }, { enabled: chosen !== undefined }),
  );
  const mine = phase.data?.participants[0];

  return (
    <>
      <PageTitle>{t('organisation.budget.title')}</PageTitle>
      <p className="org-muted">{t('organisation.budget.intro')}</p>
      <ErrorAlert>
        {phases.error
          ? describeError(phases.error, t).message
          : phase.error
            ? describeError(phase.error, t).message
            : null}
      </ErrorAlert>
      {phases.isPending ? (
        <p role="status" className="org-muted">
          {t('app.loading')}
        </p>
      ) : null}
      {phases.data && list.length === 0 ? <p>{t('organisation.budget.noPhase')}</p> : null}
      {list.length > 1 ? (
        <div className="org-filters">
          <div className="org-filters__form">
            <SelectField
              label={t('organisation.budget.phase')}
              value={chosen ? String(chosen.number) : ''}
              onChange={(v) => navigate(`/organisation-budget?phase=${v}`)}
            >
              {list.map((p) => (
                <option key={p.id} value={p.number}>
                  {t('organisation.budget.phaseOption', {
                    phase: phaseTitle(t, p),
                    status: t(`organisation.budget.phaseStatus.${p.status}`),
                  })}
                </option>
              ))}
            </SelectField>
          </div>
        </div>
      ) : null}
      {phase.data ? (
        <div className="org-pairing">
          <p className="org-budget-phase">
            <strong>
              {t('organisation.budget.phaseOption', {
                phase: phaseTitle(t, phase.data),
                status: t(`organisation.budget.phaseStatus.${phase.data.status}`),
              })}
            </strong>{' '}
            <span className="org-muted">
              {t('organisation.budget.dates', {
                start: fmt.date(phase.data.startDate),
                end: fmt.date(phase.data.endDate),
              })}
            </span>
          </p>
          {mine ? (
            <>
              <Target participant={mine} phaseNumber={phase.data.number} />
              <BudgetTable participant={mine} phaseNumber={phase.data.number} />
              <Ledger
                phaseId={phase.data.id}
                fund={fund}
                onFund={(f) =>
                  navigate(
                    `/organisation-budget?phase=${phase.data?.number ?? ''}${f === 'accompaniment' ? '' : `&fund=${f}`}`,
                    { replace: true },
                  )
                }
              />
            </>
          ) : (
            <p>{t('organisation.budget.notParticipating')}</p>
          )}
        </div>
      ) : null}
    </>
  );
}
