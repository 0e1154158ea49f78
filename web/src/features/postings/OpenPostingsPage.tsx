// Open hiring needs of all businesses, filtered by region, occupation, words and start date, and
// sorted (all in the URL).
import { useInfiniteQuery } from '@tanstack/react-query';
import { type FormEvent, useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'wouter';
import { nocBroadCategories } from '../../../../shared/reference/noc';
import { isRegionCode, quebecRegions } from '../../../../shared/reference/regions';
import { SelectField, TextField } from '../../components/Field';
import { ListStatus } from '../../components/ListStatus';
import { LoadMoreButton } from '../../components/LoadMoreButton';
import { PageTitle } from '../../components/PageTitle';
import { SortSelect } from '../../components/SortSelect';
import { nocLabel } from '../../lib/nocLabel';
import { postingSortChoices } from '../../lib/sortChoices';
import { useTRPC } from '../../lib/trpc';
import { useUrlState } from '../../lib/urlState';
import { useLocaleFormat } from '../../lib/useLocaleFormat';
import { openPostingsQuery, openPostingsView as view } from './opening';

export function OpenPostingsPage() {
  const { t } = useTranslation();
  const trpc = useTRPC();
  const fmt = useLocaleFormat();
  const [v, setView] = useUrlState(view);
  const region = v.region;
  const noc = v.noc;
  const q = v.q ?? '';
  const [form, setForm] = useState({
    region: region ?? '',
    noc: noc ?? '',
    q,
    from: v.from ?? '',
    to: v.to ?? '',
  });
  useEffect(() => {
    setForm({ region: region ?? '', noc: noc ?? '', q, from: v.from ?? '', to: v.to ?? '' });
  }, [region, noc, q, v.from, v.to]);

  const list = useInfiniteQuery(openPostingsQuery(trpc, v));
  const rows = list.data?.pages.flatMap((p) => p.items) ?? [];

  function search(e: FormEvent) {
    e.preventDefault();
    setView({
      region: isRegionCode(form.region) ? form.region : undefined,
      noc: /^\d{1,5}$/.test(form.noc) ? form.noc : undefined,
      q: form.q.trim() || undefined,
      from: form.from || undefined,
      to: form.to || undefined,
    });
  }
  const categoryOptions = nocBroadCategories.map((c) => ({
    value: c.code,
    label: `${c.code} — ${fmt.locale === 'en-CA' ? c.en : c.fr}`,
  }));
  // A finer prefix from a shared link stays selectable.
  if (noc && noc.length > 1) {
    categoryOptions.push({ value: noc, label: t('organisation.postings.nocPrefix', { noc }) });
  }

  return (
    <>
      <PageTitle>{t('organisation.postings.title')}</PageTitle>
      <p>{t('organisation.postings.intro')}</p>
      <search className="org-filters">
        <form onSubmit={search} className="org-filters__form">
          <SelectField
            label={t('organisation.postings.region')}
            value={form.region}
            onChange={(v) => setForm((f) => ({ ...f, region: v }))}
          >
            <option value="">{t('organisation.postings.allRegions')}</option>
            {quebecRegions.map((r) => (
              <option key={r.code} value={r.code}>
                {r.code} — {fmt.region(r.code)}
              </option>
            ))}
          </SelectField>
          <SelectField
            label={t('organisation.postings.category')}
            value={form.noc}
            onChange={(v) => setForm((f) => ({ ...f, noc: v }))}
          >
            <option value="">{t('organisation.postings.allCategories')}</option>
            {categoryOptions.map((o) => (
              <option key={o.value} value={o.value}>
                {o.label}
              </option>
            ))}
          </SelectField>
          <TextField
            label={t('organisation.postings.words')}
            hint={t('organisation.postings.wordsHint')}
            type="search"
            value={form.q}
            onChange={(v) => setForm((f) => ({ ...f, q: v }))}
          />
          <TextField
            label={t('lists.startFrom')}
            type="date"
            value={form.from}
            onChange={(from) => setForm((f) => ({ ...f, from }))}
          />
          <TextField
            label={t('lists.startTo')}
            type="date"
            value={form.to}
            onChange={(to) => setForm((f) => ({ ...f, to }))}
          />
          <button type="submit" className="button">
            {t('organisation.common.search')}
          </button>
          <SortSelect
            by={v.sort}
            dir={v.dir}
            choices={postingSortChoices(t)}
            onChange={(sort, dir) => setView({ sort, dir })}
          />
        </form>
      </search>
      <ListStatus
        error={list.error}
        pending={list.isPending}
        count={t('organisation.postings.count', {
          count: rows.length,
          more: list.hasNextPage ? '+' : '',
        })}
        visibleClassName="org-muted"
      />
      {rows.length === 0 && !list.isPending ? (
        <p>{t('organisation.postings.none')}</p>
      ) : (
        <ul className="org-cards">
          {rows.map((p) => (
            <li key={p.id} className="card org-posting">
              <h2 className="org-posting__title">
                <Link href={`/open-postings/${p.id}`}>{p.title}</Link>
              </h2>
              <p className="org-posting__business">{p.businessName}</p>
              <dl className="org-posting__facts">
                <div className="org-posting__wide">
                  <dt>{t('organisation.postings.occupation')}</dt>
                  <dd>{nocLabel(p.nocCode, fmt.locale)}</dd>
                </div>
                <div>
                  <dt>{t('organisation.postings.place')}</dt>
                  <dd>{fmt.place(p.city, p.regionCode)}</dd>
                </div>
                <div>
                  <dt>{t('organisation.postings.wage')}</dt>
                  <dd>
                    {t('organisation.postings.perHour', { wage: fmt.money(p.hourlyWageCents) })}
                  </dd>
                </div>
                <div>
                  <dt>{t('organisation.postings.hours')}</dt>
                  <dd>{t('organisation.postings.hoursValue', { hours: p.hoursPerWeek })}</dd>
                </div>
                <div>
                  <dt>{t('organisation.postings.start')}</dt>
                  <dd>{fmt.date(p.startDate)}</dd>
                </div>
                <div>
                  <dt>{t('organisation.postings.positions')}</dt>
                  <dd>{p.positions}</dd>
                </div>
              </dl>
              {p.proposals.total > 0 ? (
                <p className="org-item__meta">
                  {t('organisation.postings.proposalsCount', { count: p.proposals.total })}
                </p>
              ) : null}
            </li>
          ))}
        </ul>
      )}
      <LoadMoreButton list={list} label={t('organisation.common.more')} />
      <p className="org-muted">
        {t('organisation.postings.noBusiness')}{' '}
        <Link href="/businesses/new">{t('organisation.postings.registerBusiness')}</Link>
      </p>
    </>
  );
}
