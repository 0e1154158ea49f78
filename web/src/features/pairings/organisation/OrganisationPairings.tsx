// The organisation's pairings, filtered by phase and status and sorted (kept in the URL), each with where
// its follow-up stands: a follow-up due or overdue, the 12-week check due or its outcome.
import { useInfiniteQuery, useQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { Link } from 'wouter';
import { type PairingStatus, pairingStatuses } from '../../../../../shared/money/machines';
import { SelectField } from '../../../components/Field';
import { ListStatus } from '../../../components/ListStatus';
import { LoadMoreButton } from '../../../components/LoadMoreButton';
import { PageTitle } from '../../../components/PageTitle';
import { SortSelect } from '../../../components/SortSelect';
import { TableFrame } from '../../../components/TableFrame';
import { today } from '../../../lib/dates';
import type { Me } from '../../../lib/session';
import { pairingSortChoices } from '../../../lib/sortChoices';
import { useTRPC } from '../../../lib/trpc';
import { useUrlState } from '../../../lib/urlState';
import { useLocaleFormat } from '../../../lib/useLocaleFormat';
import { organisationPairingsQueries, organisationPairingsView } from '../opening';
import { PairingStatusBadge } from '../PairingStatusBadge';
import type { Agenda, PairingRow } from './accompaniment';

function isPairingStatus(s: string): s is PairingStatus {
  return (pairingStatuses as readonly string[]).includes(s);
}

/** The organisation's pairings with where each follow-up stands (see PairingsPage). */
export function OrganisationPairings({ me }: { me: Me }) {
  const { t } = useTranslation();
  const trpc = useTRPC();
  const [v, setView] = useUrlState(organisationPairingsView);
  const { status, phase } = v;
  // The phase is chosen by number in the URL (?phase=10); the server filters by its id. The
  // list comes in pages, filtered and sorted by the server, and the counts beside the status
  // filter are the server's: right however many pairings the organisation has.
  const phaseList = useQuery(trpc.phases.list.queryOptions());
  const phases = (phaseList.data ?? []).map((p) => p.number).sort((a, b) => b - a);
  const phaseId = phase ? phaseList.data?.find((p) => p.number === phase)?.id : undefined;
  // A phase number that is not (yet) known: nothing to ask the server.
  const enabled = phase === undefined || phaseId !== undefined;
  const queries = organisationPairingsQueries(trpc, v, phaseId, enabled);
  const list = useInfiniteQuery(queries.list);
  const counts = useQuery(queries.counts);
  const agenda = useQuery(trpc.pairings.agenda.queryOptions());
  const rows = list.data?.pages.flatMap((p) => p.items) ?? [];
  const shownCount = status ? counts.data?.[status] : counts.data?.total;

  return (
    <>
      <PageTitle>{t('organisation.pairings.title')}</PageTitle>
      <p className="org-muted">{t('organisation.pairings.intro')}</p>
      {me.role === 'org_admin' ? (
        <p>
          <Link href="/organisation-budget">{t('organisation.pairings.budget')}</Link>
        </p>
      ) : null}
      <div className="org-filters">
        <div className="org-filters__form">
          <SelectField
            label={t('organisation.pairings.phase')}
            value={phase ? String(phase) : ''}
            onChange={(n) => setView({ phase: Number(n) || undefined })}
          >
            <option value="">{t('organisation.pairings.allPhases')}</option>
            {phases.map((n) => (
              <option key={n} value={n}>
                {t('organisation.pairings.phaseOption', { number: n })}
              </option>
            ))}
            {phase && !phases.includes(phase) ? (
              <option value={phase}>
                {t('organisation.pairings.phaseOption', { number: phase })}
              </option>
            ) : null}
          </SelectField>
          <SelectField
            label={t('organisation.pairings.status')}
            value={status ?? ''}
            onChange={(s) => setView({ status: isPairingStatus(s) ? s : undefined })}
          >
            <option value="">{t('organisation.pairings.allStatuses')}</option>
            {pairingStatuses.map((s) => (
              <option key={s} value={s}>
                {counts.data
                  ? t('organisation.pairings.statusOption', {
                      label: t(`organisation.pairingStatus.${s}`),
                      count: counts.data[s],
                    })
                  : t(`organisation.pairingStatus.${s}`)}
              </option>
            ))}
          </SelectField>
          <SortSelect
            by={v.sort}
            dir={v.dir}
            choices={pairingSortChoices(t)}
            onChange={(sort, dir) => setView({ sort, dir })}
          />
        </div>
      </div>
      <ListStatus
        error={list.error}
        pending={enabled && (list.isPending || counts.isPending)}
        count={t('organisation.pairings.count', { count: shownCount ?? rows.length })}
        visibleClassName="org-muted"
      />
      <TableFrame>
        <table className="org-table org-stack-table">
          <caption className="visually-hidden">{t('organisation.pairings.title')}</caption>
          <thead>
            <tr>
              <th scope="col">{t('organisation.pairings.person')}</th>
              <th scope="col">{t('organisation.pairings.job')}</th>
              <th scope="col">{t('organisation.pairings.dates')}</th>
              <th scope="col">{t('organisation.pairings.status')}</th>
              <th scope="col">{t('organisation.pairings.follow')}</th>
            </tr>
          </thead>
          <tbody>
            {rows.length === 0 && !(enabled && list.isPending) ? (
              <tr>
                <td colSpan={5}>
                  {counts.data?.total === 0 && !status
                    ? t('organisation.pairings.none')
                    : t('organisation.pairings.noneFiltered')}
                </td>
              </tr>
            ) : null}
            {rows.map((p) => (
              <PairingTableRow key={p.id} pairing={p} agenda={agenda.data} />
            ))}
          </tbody>
        </table>
      </TableFrame>
      <LoadMoreButton list={list} label={t('organisation.pairings.more')} showLoading />
    </>
  );
}

function PairingTableRow({ pairing: p, agenda }: { pairing: PairingRow; agenda?: Agenda }) {
  const { t } = useTranslation();
  const fmt = useLocaleFormat();
  const due = agenda?.followUpsDue.find((f) => f.id === p.id);
  return (
    <tr>
      <th scope="row" className="org-row-head">
        <Link href={`/accompaniment/${p.id}`}>
          {p.firstName} {p.lastName}
        </Link>
      </th>
      <td data-label={t('organisation.pairings.job')}>
        {p.postingTitle}
        <span className="org-line org-muted">{p.businessName}</span>
      </td>
      <td data-label={t('organisation.pairings.dates')}>
        <span className="org-line org-muted org-small">
          {t('organisation.pairings.phaseNumber', { number: p.phaseNumber })}
        </span>
        {p.endDate ? (
          <span className="org-line">
            {t('organisation.pairings.fromTo', {
              start: fmt.date(p.startDate),
              end: fmt.date(p.endDate),
            })}
          </span>
        ) : (
          <>
            <span className="org-line">
              {t('organisation.pairings.since', { date: fmt.date(p.startDate) })}
            </span>
            <span className="org-line org-muted">
              {t('organisation.pairings.plannedEnd', { date: fmt.date(p.plannedEndDate) })}
            </span>
          </>
        )}
      </td>
      <td data-label={t('organisation.pairings.status')}>
        <PairingStatusBadge status={p.status} side="organisation" />
      </td>
      <td data-label={t('organisation.pairings.follow')}>
        <FollowState pairing={p} due={due} />
      </td>
    </tr>
  );
}

function FollowState({
  pairing: p,
  due,
}: {
  pairing: PairingRow;
  due: Agenda['followUpsDue'][number] | undefined;
}) {
  const { t } = useTranslation();
  const fmt = useLocaleFormat();
  if (p.status === 'active') {
    if (!due) return <span className="org-muted">{t('organisation.pairings.nothingDue')}</span>;
    return due.overdue ? (
      <span className="org-badge org-badge--late">
        {t('organisation.pairings.followUpLate', { date: fmt.date(due.dueOn) })}
      </span>
    ) : (
      <span>{t('organisation.pairings.followUpDue', { date: fmt.date(due.dueOn) })}</span>
    );
  }
  if (p.retentionOutcome) {
    return (
      <span>
        {t('organisation.pairings.retentionDone', {
          outcome: t(`organisation.retentionOutcome.${p.retentionOutcome}`),
        })}
      </span>
    );
  }
  if (!p.retentionDueOn) return <span className="org-muted">—</span>;
  return (
    <span className={p.retentionDueOn <= today() ? 'org-badge org-badge--new' : undefined}>
      {t('organisation.pairings.retentionDue', { date: fmt.date(p.retentionDueOn) })}
    </span>
  );
}
