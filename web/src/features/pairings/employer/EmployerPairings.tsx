// "Mes jumelages": every confirmed hire of the business, filtered by status in the URL
// (?status=active&sort=startDate&dir=asc) so a view can be bookmarked. Each one leads to its pairing page, where the
// wage subsidy is claimed.
import { useInfiniteQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { Link } from 'wouter';
import { type PairingStatus, pairingStatuses } from '../../../../../shared/money/machines';
import { SelectField } from '../../../components/Field';
import { ListStatus } from '../../../components/ListStatus';
import { LoadMoreButton } from '../../../components/LoadMoreButton';
import { PageTitle } from '../../../components/PageTitle';
import { SortSelect } from '../../../components/SortSelect';
import { pairingSortChoices } from '../../../lib/sortChoices';
import { useTRPC } from '../../../lib/trpc';
import { useUrlState } from '../../../lib/urlState';
import { useLocaleFormat } from '../../../lib/useLocaleFormat';
import type { PairingSummary } from '../../money/moneyText';
import { employerPairingsQuery, employerPairingsView } from '../opening';
import { PairingStatusBadge } from '../PairingStatusBadge';

function isStatus(s: string | null | undefined): s is PairingStatus {
  return (pairingStatuses as readonly string[]).includes(s ?? '');
}

export function pairingName(p: { firstName: string; lastName: string }) {
  return `${p.firstName} ${p.lastName}`;
}

/** The pairing's dates in one phrase: planned end while active, actual end after. */
export function PairingDates({
  p,
}: {
  p: Pick<PairingSummary, 'startDate' | 'endDate' | 'plannedEndDate'>;
}) {
  const { t } = useTranslation();
  const fmt = useLocaleFormat();
  return (
    <>
      {p.endDate
        ? t('employer.pairings.datesEnded', {
            start: fmt.date(p.startDate),
            end: fmt.date(p.endDate),
          })
        : t('employer.pairings.datesPlanned', {
            start: fmt.date(p.startDate),
            end: fmt.date(p.plannedEndDate),
          })}
    </>
  );
}

/** The employer's pairings (see PairingsPage). */
export function EmployerPairings() {
  const { t } = useTranslation();
  const trpc = useTRPC();
  const fmt = useLocaleFormat();
  const [v, setView] = useUrlState(employerPairingsView);
  const status = v.status ?? null;
  const list = useInfiniteQuery(employerPairingsQuery(trpc, v));
  const items = list.data?.pages.flatMap((p) => p.items) ?? [];
  return (
    <>
      <PageTitle>{t('employer.pairings.title')}</PageTitle>
      <p className="emp-intro">{t('employer.pairings.intro')}</p>
      <form
        className="emp-filters"
        aria-label={t('employer.pairings.filtersLabel')}
        onSubmit={(e) => e.preventDefault()}
      >
        <SelectField
          label={t('employer.postings.status')}
          value={status ?? ''}
          onChange={(s) => setView({ status: isStatus(s) ? s : undefined })}
        >
          <option value="">{t('employer.postings.allStatuses')}</option>
          {pairingStatuses.map((s) => (
            <option key={s} value={s}>
              {t(`employer.pairingStatusPlural.${s}`)}
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
        count={t('employer.pairings.count', { count: items.length })}
      />
      {!list.isPending && items.length === 0 && !list.error ? (
        <div className="card emp-empty">
          {status ? (
            <p>
              {t('employer.pairings.emptyFiltered')}{' '}
              <Link href="/pairings">{t('employer.pairings.showAll')}</Link>
            </p>
          ) : (
            <p>{t('employer.pairings.empty')}</p>
          )}
        </div>
      ) : null}
      {items.length > 0 ? (
        <ul className="emp-postings">
          {items.map((p) => (
            <li key={p.id} className="card emp-posting">
              <h2 className="emp-posting__title">
                <Link href={`/pairings/${p.id}`}>
                  {t('employer.pairings.itemTitle', {
                    name: pairingName(p),
                    title: p.postingTitle,
                  })}
                </Link>
              </h2>
              <p className="emp-posting__meta">
                <PairingStatusBadge status={p.status} side="employer" />{' '}
                {t('employer.pairings.phase', { number: p.phaseNumber })} · <PairingDates p={p} />
              </p>
              <p className="emp-posting__counts">
                {t('employer.pairings.terms', {
                  wage: fmt.money(p.hourlyWageCents),
                  count: p.hoursPerWeek,
                })}{' '}
                · {t('employer.pairings.maxSubsidy', { amount: fmt.money(p.maxWageSubsidyCents) })}
              </p>
              <p className="emp-posting__counts">
                {t('employer.pairings.accompaniedBy', { organisation: p.organisationName })}
              </p>
            </li>
          ))}
        </ul>
      ) : null}
      <LoadMoreButton list={list} label={t('lists.more')} />
    </>
  );
}
