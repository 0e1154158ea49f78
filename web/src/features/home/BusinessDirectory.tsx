// The coordination's directory of employer businesses: a page at a time, by name, searched by
// name (with or without accents), city or NEQ, with how many match — a network registers
// thousands of businesses, too many for one table.
import { useInfiniteQuery } from '@tanstack/react-query';
import { type FormEvent, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { TextField } from '../../components/Field';
import { ListStatus } from '../../components/ListStatus';
import { LoadMoreButton } from '../../components/LoadMoreButton';
import { TableFrame } from '../../components/TableFrame';
import { nextPage } from '../../lib/listPages';
import { useTRPC } from '../../lib/trpc';
import { useLocaleFormat } from '../../lib/useLocaleFormat';

export function BusinessDirectory() {
  const { t } = useTranslation();
  const trpc = useTRPC();
  const fmt = useLocaleFormat();
  const [text, setText] = useState('');
  const [q, setQ] = useState<string | undefined>(undefined);
  const list = useInfiniteQuery(
    trpc.directory.businessesPage.infiniteQueryOptions({ q, limit: 50 }, nextPage),
  );
  const rows = list.data?.pages.flatMap((p) => p.items) ?? [];
  const total = list.data?.pages[0]?.total ?? 0;
  function search(e: FormEvent) {
    e.preventDefault();
    setQ(text.trim() || undefined);
  }
  return (
    <section aria-labelledby="biz-title">
      <h2 id="biz-title">{t('home.coordinator.businesses')}</h2>
      <search className="org-filters">
        <form onSubmit={search} className="org-filters__form">
          <TextField
            label={t('home.coordinator.businessSearch')}
            hint={t('home.coordinator.businessSearchHint')}
            type="search"
            value={text}
            onChange={setText}
          />
          <button type="submit" className="button">
            {t('home.coordinator.searchButton')}
          </button>
        </form>
      </search>
      <ListStatus
        error={list.error}
        pending={list.isPending}
        count={t('home.coordinator.businessesCount', { count: total })}
        visibleClassName="org-muted"
      />
      {rows.length > 0 ? (
        <TableFrame label={t('home.coordinator.businesses')}>
          <table>
            <thead>
              <tr>
                <th scope="col">{t('table.name')}</th>
                <th scope="col">{t('table.neq')}</th>
                <th scope="col">{t('table.region')}</th>
                <th scope="col">{t('table.city')}</th>
              </tr>
            </thead>
            <tbody>
              {rows.map((b) => (
                <tr key={b.id}>
                  <td>{b.legalName}</td>
                  <td>{b.neq ?? '—'}</td>
                  <td>{fmt.region(b.regionCode)}</td>
                  <td>{b.city}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </TableFrame>
      ) : null}
      <LoadMoreButton list={list} label={t('home.coordinator.moreBusinesses')} showLoading />
    </section>
  );
}
