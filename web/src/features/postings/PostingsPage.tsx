// "My postings": the business's hiring needs in every state, filtered by status and words.
// The filters and order live in the URL query (?status=open&q=…&sort=wage&dir=asc) so a view
// can be bookmarked or shared.
import { useInfiniteQuery } from '@tanstack/react-query';
import { type FormEvent, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'wouter';
import { type PostingStatus, postingStatuses } from '../../../../shared/postings/postingMachine';
import { SelectField, TextField } from '../../components/Field';
import { ListStatus } from '../../components/ListStatus';
import { LoadMoreButton } from '../../components/LoadMoreButton';
import { PageTitle } from '../../components/PageTitle';
import { SortSelect } from '../../components/SortSelect';
import { postingSortChoices } from '../../lib/sortChoices';
import { useTRPC } from '../../lib/trpc';
import { type UrlPatch, type UrlValues, useUrlState } from '../../lib/urlState';
import { useLocaleFormat } from '../../lib/useLocaleFormat';
import { myPostingsQuery, myPostingsView as view } from './opening';
import { PostingStatusBadge } from './PostingStatusBadge';

function isStatus(s: string | null | undefined): s is PostingStatus {
  return (postingStatuses as readonly string[]).includes(s ?? '');
}

type View = UrlValues<typeof view>;

function Filters(props: { view: View; setView: (patch: UrlPatch<typeof view>) => void }) {
  const { t } = useTranslation();
  const { view: v, setView } = props;
  const [text, setText] = useState(v.q ?? '');
  function submit(e: FormEvent) {
    e.preventDefault();
    setView({ q: text.trim() || undefined });
  }
  return (
    <form
      className="emp-filters"
      onSubmit={submit}
      aria-label={t('employer.postings.filtersLabel')}
    >
      <SelectField
        label={t('employer.postings.status')}
        value={v.status ?? ''}
        onChange={(s) =>
          setView({ status: isStatus(s) ? s : undefined, q: text.trim() || undefined })
        }
      >
        <option value="">{t('employer.postings.allStatuses')}</option>
        {postingStatuses.map((s) => (
          <option key={s} value={s}>
            {t(`employer.postingStatusPlural.${s}`)}
          </option>
        ))}
      </SelectField>
      <TextField
        label={t('employer.postings.search')}
        type="search"
        value={text}
        onChange={setText}
        autoComplete="off"
      />
      <button type="submit" className="button">
        {t('employer.postings.apply')}
      </button>
      <SortSelect
        by={v.sort}
        dir={v.dir}
        choices={postingSortChoices(t)}
        onChange={(sort, dir) => setView({ sort, dir })}
      />
    </form>
  );
}

export function PostingsPage() {
  const { t } = useTranslation();
  const trpc = useTRPC();
  const fmt = useLocaleFormat();
  const [v, setView] = useUrlState(view);
  const status = v.status ?? null;
  const q = v.q ?? '';
  const filtered = status !== null || q !== '';
  const list = useInfiniteQuery(myPostingsQuery(trpc, v));
  const items = list.data?.pages.flatMap((p) => p.items) ?? [];
  return (
    <>
      <PageTitle>{t('employer.postings.title')}</PageTitle>
      <p>
        <Link href="/postings/new" className="button button--primary">
          {t('employer.home.newPosting')}
        </Link>
      </p>
      {/* Keyed by the URL so that back/forward and links reset the search box. */}
      <Filters key={`${status}|${q}`} view={v} setView={setView} />
      <ListStatus
        error={list.error}
        pending={list.isPending}
        count={t('employer.postings.count', { count: items.length })}
      />
      {!list.isPending && items.length === 0 && !list.error ? (
        <div className="card emp-empty">
          {filtered ? (
            <p>
              {t('employer.postings.emptyFiltered')}{' '}
              <Link href="/postings">{t('employer.postings.showAll')}</Link>
            </p>
          ) : (
            <p>{t('employer.postings.empty')}</p>
          )}
        </div>
      ) : null}
      {items.length > 0 ? (
        <ul className="emp-postings">
          {items.map((p) => (
            <li key={p.id} className="card emp-posting">
              <h2 className="emp-posting__title">
                <Link href={`/postings/${p.id}`}>{p.title}</Link>
              </h2>
              <p className="emp-posting__meta">
                <PostingStatusBadge status={p.status} />{' '}
                {t('employer.postings.summary', {
                  city: p.city,
                  date: fmt.date(p.startDate),
                  count: p.positions,
                })}
              </p>
              <p className="emp-posting__counts">
                {p.proposals.total === 0
                  ? t('employer.postings.noProposals')
                  : t('employer.postings.proposals', { count: p.proposals.total })}
                {p.proposals.waiting > 0 ? (
                  <strong className="emp-waiting">
                    {' '}
                    {t('employer.postings.waiting', { count: p.proposals.waiting })}
                  </strong>
                ) : null}
              </p>
            </li>
          ))}
        </ul>
      ) : null}
      <LoadMoreButton list={list} label={t('employer.postings.more')} showLoading />
    </>
  );
}
