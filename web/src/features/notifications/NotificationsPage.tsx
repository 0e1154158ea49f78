// The user's notifications, newest first, all or unread only (in the URL); opening one marks it
// read and goes straight to its item; "mark all as read" clears the bell.
import { useInfiniteQuery, useMutation, useQueryClient } from '@tanstack/react-query';
import { type MouseEvent, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useLocation, useSearch } from 'wouter';
import { StatusMessage } from '../../components/Alert';
import { SelectField } from '../../components/Field';
import { ListStatus } from '../../components/ListStatus';
import { LoadMoreButton } from '../../components/LoadMoreButton';
import { PageTitle } from '../../components/PageTitle';
import { nextPage } from '../../lib/listPages';
import { useTRPC } from '../../lib/trpc';
import { useLocaleFormat } from '../../lib/useLocaleFormat';
import { useNotificationText } from './message';

const PAGE_SIZE = 20;

export function NotificationsPage() {
  const { t } = useTranslation();
  const trpc = useTRPC();
  const qc = useQueryClient();
  const fmt = useLocaleFormat();
  const text = useNotificationText();
  const [, navigate] = useLocation();
  const unreadOnly = new URLSearchParams(useSearch()).get('show') === 'unread';
  const [message, setMessage] = useState<string | null>(null);
  const list = useInfiniteQuery(
    trpc.notifications.list.infiniteQueryOptions(
      { limit: PAGE_SIZE, ...(unreadOnly ? { unreadOnly: true } : {}) },
      nextPage,
    ),
  );
  const items = list.data?.pages.flatMap((p) => p.items) ?? [];
  const refresh = () => qc.invalidateQueries({ queryKey: trpc.notifications.pathKey() });
  const markRead = useMutation(trpc.notifications.markRead.mutationOptions({ onSettled: refresh }));
  const markAll = useMutation(
    trpc.notifications.markAllRead.mutationOptions({
      onSuccess: async () => {
        setMessage(t('notifications.page.allMarked'));
        await refresh();
      },
    }),
  );

  async function open(
    e: MouseEvent<HTMLAnchorElement>,
    n: { id: number; link: string; readAt: string | null },
  ) {
    // A new tab or window keeps the browser's own behaviour.
    if (e.button !== 0 || e.metaKey || e.ctrlKey || e.shiftKey || e.altKey) return;
    e.preventDefault();
    if (!n.readAt) await markRead.mutateAsync({ notificationId: n.id }).catch(() => undefined);
    navigate(n.link);
  }

  const anyUnread = items.some((n) => !n.readAt);
  return (
    <>
      <PageTitle>{t('notifications.page.title')}</PageTitle>
      <div className="notif-tools">
        <SelectField
          label={t('notifications.page.filter')}
          value={unreadOnly ? 'unread' : ''}
          onChange={(v) => navigate(v ? '/notifications?show=unread' : '/notifications')}
        >
          <option value="">{t('notifications.page.all')}</option>
          <option value="unread">{t('notifications.page.unread')}</option>
        </SelectField>
        <button
          type="button"
          className="button"
          disabled={!anyUnread || markAll.isPending}
          onClick={() => {
            setMessage(null);
            markAll.mutate();
          }}
        >
          {t('notifications.page.markAllRead')}
        </button>
      </div>
      <StatusMessage>{message}</StatusMessage>
      <ListStatus
        error={list.error}
        pending={list.isPending}
        count={t('notifications.page.count', { count: items.length })}
      />
      {items.length === 0 && !list.isPending && !list.error ? (
        <p>{unreadOnly ? t('notifications.page.noneUnread') : t('notifications.page.none')}</p>
      ) : (
        <ul className="notif-list">
          {items.map((n) => (
            <li key={n.id} className={n.readAt ? 'notif' : 'notif notif--unread'}>
              <a href={n.link} className="notif__link" onClick={(e) => void open(e, n)}>
                {n.readAt ? null : (
                  <span className="emp-badge emp-badge--new">{t('notifications.page.new')}</span>
                )}{' '}
                {text(n)}
              </a>
              <span className="notif__when">{fmt.instant(n.createdAt)}</span>
            </li>
          ))}
        </ul>
      )}
      <LoadMoreButton list={list} label={t('notifications.page.more')} showLoading />
      <p>
        <Link href="/account#notification-preferences">
          {t('notifications.page.preferencesLink')}
        </Link>
      </p>
    </>
  );
}
