// Every pairing of the program (coordinators see them all), filtered by phase and status; the
// filters and order live in the URL (?phase=10&status=active&sort=startDate&dir=asc).
import { useInfiniteQuery, useQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { Link } from 'wouter';
import { type PairingStatus, pairingStatuses } from '../../../../../shared/money/machines';
import { SelectField } from '../../../components/Field';
import { ListStatus } from '../../../components/ListStatus';
import { LoadMoreButton } from '../../../components/LoadMoreButton';
import { PageTitle } from '../../../components/PageTitle';
import { PhaseFilter } from '../../../components/PhaseFilter';
import { SortSelect } from '../../../components/SortSelect';
import { TableFrame } from '../../../components/TableFrame';
import { pairingSortChoices } from '../../../lib/sortChoices';
import { useTRPC } from '../../../lib/trpc';
import { useUrlState } from '../../../lib/urlState';
import { personName, useLocaleFormat } from '../../../lib/useLocaleFormat';
import { coordinatorPairingsQuery, coordinatorPairingsView } from '../opening';
import { PairingStatusBadge } from '../PairingStatusBadge';

function isStatus(s: string | null | undefined): s is PairingStatus {
  return (pairingStatuses as readonly string[]).includes(s ?? '');
}

/** Every pairing of the program (see PairingsPage). */
export function CoordinatorPairings() {
  const { t } = useTranslation();
  const trpc = useTRPC();
  const fmt = useLocaleFormat();
  const [v, setView] = useUrlState(coordinatorPairingsView);
  const organisations = useQuery(trpc.directory.organisations.queryOptions());
  const list = useInfiniteQuery(coordinatorPairingsQuery(trpc, v));
  const items = list.data?.pages.flatMap((p) => p.items) ?? [];
  const filtered = v.phase !== undefined || v.status !== undefined || v.org !== undefined;
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
          value={v.phase ?? null}
          onChange={(id) => setView({ phase: id ?? undefined })}
        />
        <SelectField
          label={t('coordinator.pairings.status')}
          value={v.status ?? ''}
          onChange={(s) => setView({ status: isStatus(s) ? s : undefined })}
        >
          <option value="">{t('coordinator.pairings.allStatuses')}</option>
          {pairingStatuses.map((s) => (
            <option key={s} value={s}>
              {t(`coordinator.pairingStatusPlural.${s}`)}
            </option>
          ))}
        </SelectField>
        <SelectField
          label={t('lists.organisation')}
          value={v.org ? String(v.org) : ''}
          onChange={(id) => setView({ org: Number(id) || undefined })}
        >
          <option value="">{t('lists.allOrganisations')}</option>
          {organisations.data?.map((o) => (
            <option key={o.id} value={o.id}>
              {o.name}
            </option>
          ))}
        </SelectField>
        <SortSelect
          by={v.sort}
          dir={v.dir}
          choices={pairingSortChoices(t)}
          onChange={(sort, dir) => setView({ sort, dir })}
        />
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
        <TableFrame label={t('coordinator.pairings.title')}>
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
                    <PairingStatusBadge status={p.status} side="coordinator" />
                  </td>
                  <td className="coord-num">{fmt.money(p.maxWageSubsidyCents)}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </TableFrame>
      ) : null}
      <LoadMoreButton list={list} label={t('lists.more')} />
    </>
  );
}
