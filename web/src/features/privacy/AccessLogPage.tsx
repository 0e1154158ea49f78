// The organisation manager's search of the file access log (Law 25): who read or exported which
// file, when; filters kept in the URL.
import { useInfiniteQuery, useQuery } from '@tanstack/react-query';
import { type FormEvent, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useLocation, useSearch } from 'wouter';
import { SelectField, TextField } from '../../components/Field';
import { PageTitle } from '../../components/PageTitle';
import { TableFrame } from '../../components/TableFrame';
import { nextPage } from '../../lib/listPages';
import { useTRPC } from '../../lib/trpc';
import { useLocaleFormat } from '../../lib/useLocaleFormat';

export function AccessLogPage() {
  const { t } = useTranslation();
  const trpc = useTRPC();
  const fmt = useLocaleFormat();
  const [, navigate] = useLocation();
  const params = new URLSearchParams(useSearch());
  const filters = {
    jobSeekerId: Number(params.get('file')) || undefined,
    userId: Number(params.get('user')) || undefined,
    from: params.get('from') || undefined,
    to: params.get('to') || undefined,
  };
  const [file, setFile] = useState(params.get('file') ?? '');
  const [user, setUser] = useState(params.get('user') ?? '');
  const [from, setFrom] = useState(params.get('from') ?? '');
  const [to, setTo] = useState(params.get('to') ?? '');
  const team = useQuery(trpc.accounts.list.queryOptions());
  const log = useInfiniteQuery(trpc.jobSeekers.accessLog.infiniteQueryOptions(filters, nextPage));
  function submit(e: FormEvent) {
    e.preventDefault();
    const next = new URLSearchParams();
    if (file) next.set('file', file);
    if (user) next.set('user', user);
    if (from) next.set('from', from);
    if (to) next.set('to', to);
    navigate(`/access-log${next.size ? `?${next}` : ''}`);
  }
  const rows = log.data?.pages.flatMap((p) => p.items) ?? [];
  return (
    <>
      <PageTitle>{t('privacy.accessLog.title')}</PageTitle>
      <p>{t('privacy.accessLog.intro')}</p>
      <form onSubmit={submit} className="filters" aria-label={t('privacy.accessLog.filter')}>
        <TextField
          label={t('privacy.accessLog.person')}
          inputMode="numeric"
          value={file}
          onChange={setFile}
        />
        <SelectField label={t('privacy.accessLog.user')} value={user} onChange={setUser}>
          <option value="">{t('privacy.accessLog.everyone')}</option>
          {team.data?.map((u) => (
            <option key={u.id} value={u.id}>
              {u.name}
            </option>
          ))}
        </SelectField>
        <TextField
          label={t('privacy.accessLog.from')}
          type="date"
          value={from}
          onChange={setFrom}
        />
        <TextField label={t('privacy.accessLog.to')} type="date" value={to} onChange={setTo} />
        <button type="submit" className="button">
          {t('privacy.accessLog.filter')}
        </button>
      </form>
      <TableFrame label={t('privacy.accessLog.title')}>
        <table>
          <thead>
            <tr>
              <th scope="col">{t('privacy.accessLog.when')}</th>
              <th scope="col">{t('privacy.accessLog.who')}</th>
              <th scope="col">{t('privacy.accessLog.file')}</th>
              <th scope="col">{t('privacy.accessLog.action')}</th>
            </tr>
          </thead>
          <tbody>
            {rows.length === 0 && !log.isPending ? (
              <tr>
                <td colSpan={4}>{t('privacy.accessLog.empty')}</td>
              </tr>
            ) : null}
            {rows.map((r) => (
              <tr key={r.id}>
                <td>{fmt.instant(r.at)}</td>
                <td>{r.userName}</td>
                <td>
                  <Link href={`/job-seekers/${r.jobSeekerId}`}>
                    {r.firstName} {r.lastName} (n° {r.jobSeekerId})
                  </Link>
                </td>
                <td>
                  {t(`privacy.accessLog.actions.${r.action}`, {
                    defaultValue: t('privacy.accessLog.actions.view'),
                  })}
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      </TableFrame>
      {log.hasNextPage ? (
        <p>
          <button type="button" className="button" onClick={() => void log.fetchNextPage()}>
            {t('privacy.accessLog.more')}
          </button>
        </p>
      ) : null}
    </>
  );
}
