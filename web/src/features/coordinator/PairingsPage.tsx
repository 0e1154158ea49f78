// Every pairing of the program (coordinators see them all), filtered by phase and status; the
// filters live in the URL (?phase=10&status=active).
import { useQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { Link, useLocation, useSearch } from 'wouter';
import { type PairingStatus, pairingStatuses } from '../../../../shared/money/machines';
import { SelectField } from '../../components/Field';
import { ListStatus } from '../../components/ListStatus';
import { PageTitle } from '../../components/PageTitle';
import { useTRPC } from '../../lib/trpc';
import { PhaseFilter, parseId, personName, StatusBadge, useCoordFormat } from './common';

function isStatus(s: string | null): s is PairingStatus {
  return (pairingStatuses as readonly string[]).includes(s ?? '');
}

export function pairingsUrl(phaseId: number | null, status: PairingStatus | null) {
  const params = new URLSearchParams();
  if (phaseId) params.set('phase', String(phaseId));
  if (status) params.set('status', status);
  const s = params.toString();
  return s ? `/pairings?${s}` : '/pairings';
}

const statusTone: Record<PairingStatus, string> = {
  active: 'open',
  completed: 'done',
  ended_early: 'closed',
};

export function PairingStatusBadge({ status }: { status: PairingStatus }) {
  const { t } = useTranslation();
  return (
    <StatusBadge tone={statusTone[status]}>{t(`coordinator.pairingStatus.${status}`)}</StatusBadge>
  );
}

export function PairingsPage() {
  const { t } = useTranslation();
  const trpc = useTRPC();
  const fmt = useCoordFormat();
  const [, navigate] = useLocation();
  const params = new URLSearchParams(useSearch());
  const phaseId = parseId(params.get('phase'));
  const rawStatus = params.get('status');
  const status = isStatus(rawStatus) ? rawStatus : null;
  const list = useQuery(
    trpc.pairings.list.queryOptions({
      ...(phaseId ? { phaseId } : {}),
      ...(status ? { status } : {}),
    }),
  );
  const items = list.data ?? [];
  const filtered = phaseId !== null || status !== null;
  return (
    <>
      <PageTitle>{t('coordinator.pairings.title')}</PageTitle>
      <form
        className="coord-filters"
        aria-label={t('coordinator.pairings.filtersLabel')}
        onSubmit={(e) => e.preventDefault()}
      >
        <PhaseFilter
          label={t('coordinator.pairings.phase')}
          value={phaseId}
          onChange={(id) => navigate(pairingsUrl(id, status), { replace: true })}
        />
        <SelectField
          label={t('coordinator.pairings.status')}
          value={status ?? ''}
          onChange={(v) =>
            navigate(pairingsUrl(phaseId, isStatus(v) ? v : null), { replace: true })
          }
        >
          <option value="">{t('coordinator.pairings.allStatuses')}</option>
          {pairingStatuses.map((s) => (
            <option key={s} value={s}>
              {t(`coordinator.pairingStatusPlural.${s}`)}
            </option>
          ))}
        </SelectField>
      </form>
      <ListStatus
        error={list.error}
        pending={list.isPending}
        count={t('coordinator.pairings.count', { count: items.length })}
      />
      {!list.isPending && items.length === 0 && !list.error ? (
        <p className="card coord-empty">
          {filtered ? (
            <>
              {t('coordinator.pairings.emptyFiltered')}{' '}
              <Link href="/pairings">{t('coordinator.pairings.showAll')}</Link>
            </>
          ) : (
            t('coordinator.pairings.empty')
          )}
        </p>
      ) : null}
      {items.length > 0 ? (
        <div className="table-wrap">
          <table className="coord-table">
            <thead>
              <tr>
                <th scope="col">{t('coordinator.pairings.person')}</th>
                <th scope="col">{t('coordinator.pairings.job')}</th>
                <th scope="col">{t('coordinator.pairings.organisation')}</th>
                <th scope="col">{t('coordinator.pairings.dates')}</th>
                <th scope="col">{t('coordinator.pairings.status')}</th>
                <th scope="col" className="coord-num">
                  {t('coordinator.pairings.max')}
                </th>
              </tr>
            </thead>
            <tbody>
              {items.map((p) => (
                <tr key={p.id}>
                  <th scope="row">
                    <Link href={`/pairings/${p.id}`}>{personName(p)}</Link>
                    <span className="coord-line coord-muted">
                      {t('coordinator.common.pairing', { id: p.id })} ·{' '}
                      {t('coordinator.common.phaseLabel', { number: p.phaseNumber })}
                    </span>
                  </th>
                  <td>
                    {p.postingTitle}
                    <span className="coord-line coord-muted">{p.businessName}</span>
                  </td>
                  <td>{p.organisationName}</td>
                  <td>{fmt.period(p.startDate, p.endDate ?? p.plannedEndDate)}</td>
                  <td>
                    <PairingStatusBadge status={p.status} />
                  </td>
                  <td className="coord-num">{fmt.money(p.maxWageSubsidyCents)}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      ) : null}
    </>
  );
}
