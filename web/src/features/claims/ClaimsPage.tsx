// Wage-subsidy claims: an employer's business's claims, or every claim for the coordinator
// (filtered by status, phase and organisation). Filters and order live in the URL.
import { useInfiniteQuery, useQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { Link } from 'wouter';
import { claimStatuses } from '../../../../shared/money/machines';
import { SelectField } from '../../components/Field';
import { ListStatus } from '../../components/ListStatus';
import { LoadMoreButton } from '../../components/LoadMoreButton';
import { PageTitle } from '../../components/PageTitle';
import { SortableTh, SortSelect } from '../../components/SortSelect';
import { TableFrame } from '../../components/TableFrame';
import type { Me } from '../../lib/session';
import { useTRPC } from '../../lib/trpc';
import { useUrlState } from '../../lib/urlState';
import { useLocaleFormat } from '../../lib/useLocaleFormat';
import { claimsQuery, claimsView } from './opening';

export function ClaimsPage({ me }: { me: Me }) {
  const { t } = useTranslation();
  const trpc = useTRPC();
  const fmt = useLocaleFormat();
  const [v, setView] = useUrlState(claimsView);
  const coordinator = me.role === 'coordinator';
  const phases = useQuery({ ...trpc.phases.list.queryOptions(), enabled: coordinator });
  const organisations = useQuery({
    ...trpc.directory.organisations.queryOptions(),
    enabled: coordinator,
  });
  const list = useInfiniteQuery(claimsQuery(trpc, v, me.role));
  const rows = list.data?.pages.flatMap((p) => p.items) ?? [];
  return (
    <>
      <PageTitle>{t('lists.claims.title')}</PageTitle>
      <p>{coordinator ? t('lists.claims.introCoordinator') : t('lists.claims.introEmployer')}</p>
      <form
        className="filters"
        aria-label={t('lists.claims.filtersLabel')}
        onSubmit={(e) => e.preventDefault()}
      >
        <SelectField
          label={t('lists.status')}
          value={v.status ?? ''}
          onChange={(s) =>
            setView({
              status: (claimStatuses as readonly string[]).includes(s)
                ? (s as (typeof claimStatuses)[number])
                : undefined,
            })
          }
        >
          <option value="">{t('lists.allStatuses')}</option>
          {claimStatuses.map((s) => (
            <option key={s} value={s}>
              {t(`lists.claims.statusesPlural.${s}`)}
            </option>
          ))}
        </SelectField>
        {coordinator ? (
          <>
            <SelectField
              label={t('lists.phase')}
              value={v.phase ? String(v.phase) : ''}
              onChange={(id) => setView({ phase: Number(id) || undefined })}
            >
              <option value="">{t('lists.allPhases')}</option>
              {phases.data?.map((p) => (
                <option key={p.id} value={p.id}>
                  {p.number} — {p.name}
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
          </>
        ) : null}
        <SortSelect
          by={v.sort}
          dir={v.dir}
          choices={[
            { by: 'newest', dir: 'desc', label: t('lists.sort.newest') },
            { by: 'newest', dir: 'asc', label: t('lists.sort.oldest') },
            { by: 'submitted', dir: 'desc', label: t('lists.sort.submittedDesc') },
            { by: 'submitted', dir: 'asc', label: t('lists.sort.submittedAsc') },
            { by: 'amount', dir: 'desc', label: t('lists.sort.amountDesc') },
            { by: 'amount', dir: 'asc', label: t('lists.sort.amountAsc') },
          ]}
          onChange={(sort, dir) => setView({ sort, dir })}
        />
      </form>
      <ListStatus
        error={list.error}
        pending={list.isPending}
        count={t('lists.claims.count', { count: rows.length })}
      />
      <TableFrame>
        <table className="list-table">
          <caption className="visually-hidden">{t('lists.claims.caption')}</caption>
          <thead>
            <tr>
              <th scope="col">{t('lists.claims.person')}</th>
              <th scope="col">{t('lists.claims.job')}</th>
              <th scope="col">{t('lists.claims.period')}</th>
              <SortableTh
                sortKey="submitted"
                by={v.sort}
                dir={v.dir}
                label={t('lists.claims.submitted')}
                onChange={(sort, dir) => setView({ sort, dir })}
              />
              <th scope="col">{t('lists.claims.status')}</th>
              <SortableTh
                sortKey="amount"
                by={v.sort}
                dir={v.dir}
                label={t('lists.claims.amount')}
                className="num"
                onChange={(sort, dir) => setView({ sort, dir })}
              />
            </tr>
          </thead>
          <tbody>
            {rows.length === 0 && !list.isPending ? (
              <tr>
                <td colSpan={6}>{t('lists.claims.empty')}</td>
              </tr>
            ) : null}
            {rows.map((c) => (
              <tr key={c.id}>
                <th scope="row">
                  <Link href={`/pairings/${c.pairingId}`}>
                    {c.firstName} {c.lastName}
                  </Link>
                </th>
                <td>
                  {c.postingTitle}
                  <br />
                  <span className="muted">
                    {coordinator ? `${c.businessName} · ${c.organisationName}` : c.organisationName}
                  </span>
                </td>
                <td>
                  {fmt.date(c.periodStart)} – {fmt.date(c.periodEnd)}
                </td>
                <td>{fmt.instant(c.submittedAt)}</td>
                <td>{t(`lists.claims.statuses.${c.status}`)}</td>
                <td className="num">{fmt.money(c.amountCents)}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </TableFrame>
      <LoadMoreButton list={list} label={t('lists.more')} />
    </>
  );
}
