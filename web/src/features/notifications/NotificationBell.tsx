// The bell in the header: a link to the notifications with the unread count in its name
// ("3 notifications non lues"), polled every minute and on returning to the window; a change
// of the count is announced politely to screen readers.
import { useQuery } from '@tanstack/react-query';
import { useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'wouter';
import { type TRPC, useTRPC } from '../../lib/trpc';

/** The bell's count (started early on a first load by the app, App.tsx). */
export const unreadCountQuery = (trpc: TRPC) => trpc.notifications.unreadCount.queryOptions();

export function NotificationBell() {
  const { t } = useTranslation();
  const trpc = useTRPC();
  const unread = useQuery({
    ...unreadCountQuery(trpc),
    refetchInterval: 60_000,
    refetchOnWindowFocus: true,
  });
  const count = unread.data?.count;
  const label = t('notifications.bell.unread', { count: count ?? 0 });
  const previous = useRef<number | undefined>(undefined);
  const [announce, setAnnounce] = useState('');
  useEffect(() => {
    // Only changes are news: not the first count after the page loads.
    if (count !== undefined && previous.current !== undefined && count !== previous.current) {
      setAnnounce(label);
    }
    previous.current = count;
  }, [count, label]);
  return (
    <>
      <Link href="/notifications" className="bell" aria-label={label} title={label}>
        <svg
          aria-hidden="true"
          focusable="false"
          viewBox="0 0 24 24"
          width="22"
          height="22"
          className="bell__icon"
        >
          <path
            fill="currentColor"
            d="M12 22a2.5 2.5 0 0 0 2.45-2h-4.9A2.5 2.5 0 0 0 12 22Zm7-6V11a7 7 0 0 0-5.5-6.84V3.5a1.5 1.5 0 0 0-3 0v.66A7 7 0 0 0 5 11v5l-2 2v1h18v-1l-2-2Z"
          />
        </svg>
        {count ? (
          <span className="bell__count" aria-hidden="true">
            {count > 99 ? '99+' : count}
          </span>
        ) : null}
      </Link>
      <span className="visually-hidden" aria-live="polite">
        {announce}
      </span>
    </>
  );
}
