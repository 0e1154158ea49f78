// The organisation's job seekers: search by name or email, status and order (kept in the URL), with
// whether each person can be proposed.
import { useInfiniteQuery } from '@tanstack/react-query';
import { type FormEvent, useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'wouter';
import { SelectField, TextField } from '../../components/Field';
import { ListStatus } from '../../components/ListStatus';
import { LoadMoreButton } from '../../components/LoadMoreButton';
import { PageTitle } from '../../components/PageTitle';
import { SortSelect } from '../../components/SortSelect';
import { TableFrame } from '../../components/TableFrame';
import { nocLabel } from '../../lib/nocLabel';
import { jobSeekerSortChoices } from '../../lib/sortChoices';
import { useTRPC } from '../../lib/trpc';
import { useUrlState } from '../../lib/urlState';
import { useLocaleFormat } from '../../lib/useLocaleFormat';
import { Availability, ConsentBadge } from './jobSeekerParts';
import { jobSeekersQuery, jobSeekersView as view } from './opening';

export function JobSeekersPage() {
  const { t } = useTranslation();
  const trpc = useTRPC();
  const fmt = useLocaleFormat();
  const [v, setView] = useUrlState(view);
  const q = v.q ?? '';
  const status = v.status;
  const [text, setText] = useState(q);
  const [statusChoice, setStatusChoice] = useState<string>(status);
  // The URL is the truth: going back or following a link updates the form.
  useEffect(() => {
    setText(q);
    setStatusChoice(status);
  }, [q, status]);
  const list = useInfiniteQuery(jobSeekersQuery(trpc, v));
  const rows = list.data?.pages.flatMap((p) => p.items) ?? [];

  function search(e: FormEvent) {
    e.preventDefault();
    setView({
      q: text.trim() || undefined,
      status: statusChoice === 'closed' ? 'closed' : 'active',
    });
  }

  return (
    <>
      <PageTitle>{t('organisation.jobSeekers.title')}</PageTitle>
      <p>
        <Link href="/job-seekers/new" className="button button--primary">
          {t('organisation.jobSeekers.register')}
        </Link>
      </p>
      <search className="org-filters">
        <form onSubmit={search} className="org-filters__form">
          <TextField
            label={t('organisation.jobSeekers.search')}
            hint={t('organisation.jobSeekers.searchHint')}
            type="search"
            value={text}
            onChange={setText}
          />
          <SelectField
            label={t('organisation.jobSeekers.status')}
            value={statusChoice}
            onChange={setStatusChoice}
          >
            <option value="active">{t('organisation.jobSeekers.statusActive')}</option>
            <option value="closed">{t('organisation.jobSeekers.statusClosed')}</option>
          </SelectField>
          <button type="submit" className="button">
            {t('organisation.common.search')}
          </button>
          <SortSelect
            by={v.sort}
            dir={v.dir}
            choices={jobSeekerSortChoices(t)}
            onChange={(sort, dir) => setView({ sort, dir })}
          />
        </form>
      </search>
      <ListStatus
        error={list.error}
        pending={list.isPending}
        count={t('organisation.jobSeekers.count', {
          count: rows.length,
          more: list.hasNextPage ? '+' : '',
        })}
        visibleClassName="org-muted"
      />
      <TableFrame>
        <table className="org-stack-table">
          <caption className="visually-hidden">{t('organisation.jobSeekers.title')}</caption>
          <thead>
            <tr>
              <th scope="col">{t('table.name')}</th>
              <th scope="col">{t('organisation.jobSeekers.targets')}</th>
              <th scope="col">{t('table.region')}</th>
              <th scope="col">{t('organisation.jobSeekers.availability')}</th>
              <th scope="col">{t('organisation.jobSeekers.consent')}</th>
            </tr>
          </thead>
          <tbody>
            {rows.length === 0 && !list.isPending ? (
              <tr>
                <td colSpan={5}>
                  {q ? t('organisation.jobSeekers.noneFound') : t('organisation.jobSeekers.none')}
                </td>
              </tr>
            ) : null}
            {rows.map((s) => (
              <tr key={s.id}>
                <th scope="row" className="org-row-head">
                  <Link href={`/job-seekers/${s.id}`}>
                    {s.firstName} {s.lastName}
                  </Link>
                </th>
                <td data-label={t('organisation.jobSeekers.targets')} className="org-small">
                  {s.targetNocCodes.length === 0
                    ? '—'
                    : s.targetNocCodes.map((c) => (
                        <span key={c} className="org-line">
                          {nocLabel(c, fmt.locale)}
                        </span>
                      ))}
                </td>
                <td data-label={t('table.region')}>{fmt.region(s.regionCode)}</td>
                <td data-label={t('organisation.jobSeekers.availability')}>
                  <Availability hoursPerWeek={s.hoursPerWeek} availableFrom={s.availableFrom} />
                </td>
                <td data-label={t('organisation.jobSeekers.consent')}>
                  <ConsentBadge canBeProposed={s.proposable} inActivePairing={s.inActivePairing} />
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      </TableFrame>
      <LoadMoreButton list={list} label={t('organisation.common.more')} />
    </>
  );
}
