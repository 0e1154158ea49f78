// The audit history: the coordinator sees every recorded action, an organisation manager the
// actions of their organisation's members. Filters and order live in the URL.
import { useInfiniteQuery, useQuery } from '@tanstack/react-query';
import { type FormEvent, useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { auditActions, isAuditAction } from '../../../../shared/audit';
import { SelectField, TextField } from '../../components/Field';
import { ListStatus } from '../../components/ListStatus';
import { LoadMoreButton } from '../../components/LoadMoreButton';
import { PageTitle } from '../../components/PageTitle';
import { SortSelect } from '../../components/SortSelect';
import { TableFrame } from '../../components/TableFrame';
import { nextPage } from '../../lib/listPages';
import type { Me } from '../../lib/session';
import { useTRPC } from '../../lib/trpc';
import { urlDate, urlDir, urlEnum, urlId } from '../../lib/urlParams';
import { useUrlState } from '../../lib/urlState';
import { useLocaleFormat } from '../../lib/useLocaleFormat';

const view = {
  action: urlEnum(auditActions),
  actor: urlId,
  from: urlDate,
  to: urlDate,
  dir: urlDir('desc'),
};

export function AuditPage({ me }: { me: Me }) {
  const { t } = useTranslation();
  const trpc = useTRPC();
  const fmt = useLocaleFormat();
  const [v, setView] = useUrlState(view);
  const [dates, setDates] = useState({ from: v.from ?? '', to: v.to ?? '' });
  useEffect(() => setDates({ from: v.from ?? '', to: v.to ?? '' }), [v.from, v.to]);
  const people = useQuery(trpc.accounts.list.queryOptions());
  const list = useInfiniteQuery(
    trpc.audit.list.infiniteQueryOptions(
      {
        action: v.action,
        actorUserId: v.actor,
        from: v.from,
        to: v.to,
        sort: { by: 'at', dir: v.dir },
      },
      nextPage,
    ),
  );
  const rows = list.data?.pages.flatMap((p) => p.items) ?? [];
  const showIp = me.role === 'coordinator';
  function applyDates(e: FormEvent) {
    e.preventDefault();
    setView({ from: dates.from || undefined, to: dates.to || undefined });
  }
  return (
    <>
      <PageTitle>{t('lists.audit.title')}</PageTitle>
      <p>
        {me.role === 'coordinator'
          ? t('lists.audit.introCoordinator')
          : t('lists.audit.introOrganisation')}
      </p>
      <form onSubmit={applyDates} className="filters" aria-label={t('lists.audit.filtersLabel')}>
        <SelectField
          label={t('lists.audit.action')}
          value={v.action ?? ''}
          onChange={(a) =>
            setView({
              action: isAuditAction(a) ? a : undefined,
            })
          }
        >
          <option value="">{t('lists.audit.allActions')}</option>
          {auditActions.map((a) => (
            <option key={a} value={a}>
              {t(`lists.audit.actions.${a}`)}
            </option>
          ))}
        </SelectField>
        <SelectField
          label={t('lists.audit.actor')}
          value={v.actor ? String(v.actor) : ''}
          onChange={(id) => setView({ actor: Number(id) || undefined })}
        >
          <option value="">{t('lists.audit.everyone')}</option>
          {people.data?.map((u) => (
            <option key={u.id} value={u.id}>
              {u.name}
            </option>
          ))}
        </SelectField>
        <TextField
          label={t('lists.from')}
          type="date"
          value={dates.from}
          onChange={(from) => setDates((d) => ({ ...d, from }))}
        />
        <TextField
          label={t('lists.to')}
          type="date"
          value={dates.to}
          onChange={(to) => setDates((d) => ({ ...d, to }))}
        />
        <button type="submit" className="button">
          {t('lists.apply')}
        </button>
        <SortSelect
          by="at"
          dir={v.dir}
          choices={[
            { by: 'at', dir: 'desc', label: t('lists.sort.newest') },
            { by: 'at', dir: 'asc', label: t('lists.sort.oldest') },
          ]}
          onChange={(_by, dir) => setView({ dir })}
        />
      </form>
      <ListStatus
        error={list.error}
        pending={list.isPending}
        count={t('lists.audit.count', { count: rows.length })}
      />
      <TableFrame>
        <table className="list-table">
          <caption className="visually-hidden">
            {v.dir === 'asc' ? t('lists.audit.captionAsc') : t('lists.audit.caption')}
          </caption>
          <thead>
            <tr>
              <th scope="col">{t('lists.audit.when')}</th>
              <th scope="col">{t('lists.audit.who')}</th>
              <th scope="col">{t('lists.audit.what')}</th>
              <th scope="col">{t('lists.audit.subject')}</th>
              {showIp ? <th scope="col">{t('lists.audit.ip')}</th> : null}
            </tr>
          </thead>
          <tbody>
            {rows.length === 0 && !list.isPending ? (
              <tr>
                <td colSpan={showIp ? 5 : 4}>{t('lists.audit.empty')}</td>
              </tr>
            ) : null}
            {rows.map((r) => (
              <tr key={r.id}>
                <td>{fmt.instant(r.at)}</td>
                <td>{r.actorName ?? t('lists.audit.system')}</td>
                <td>{isAuditAction(r.action) ? t(`lists.audit.actions.${r.action}`) : r.action}</td>
                <td>
                  {r.subjectType && r.subjectId !== null
                    ? t(`lists.audit.subjects.${r.subjectType}`, {
                        id: r.subjectId,
                        defaultValue: `${r.subjectType} ${r.subjectId}`,
                      })
                    : ''}
                </td>
                {showIp ? <td>{r.ip ?? ''}</td> : null}
              </tr>
            ))}
          </tbody>
        </table>
      </TableFrame>
      <LoadMoreButton list={list} label={t('lists.more')} />
    </>
  );
}
