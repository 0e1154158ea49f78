// Employer requests routed to the counsellor's organisation (confirmed by email), taken in charge
// in one action; and those already taken.
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ErrorAlert, StatusMessage } from '../../components/Alert';
import { LoadingStatus } from '../../components/PageStates';
import { PageTitle } from '../../components/PageTitle';
import { describeError } from '../../lib/errors';
import { nocLabel } from '../../lib/nocLabel';
import type { Me } from '../../lib/session';
import { useTRPC } from '../../lib/trpc';
import { useLocaleFormat } from '../../lib/useLocaleFormat';

export function EmployerRequestsPage({ me }: { me: Me }) {
  const { t } = useTranslation();
  const fmt = useLocaleFormat();
  const trpc = useTRPC();
  const qc = useQueryClient();
  const [status, setStatus] = useState<'confirmed' | 'taken'>('confirmed');
  const list = useQuery(trpc.recruit.list.queryOptions({ status }));
  const [message, setMessage] = useState<string | null>(null);
  const take = useMutation(
    trpc.recruit.take.mutationOptions({
      onSuccess: (r) => {
        setMessage(
          r.account === 'invited'
            ? t('growth.requests.takenInvited')
            : r.account === 'existing_account'
              ? t('growth.requests.takenExisting')
              : t('growth.requests.takenBusinessHasAccount'),
        );
        void qc.invalidateQueries({ queryKey: trpc.recruit.list.queryKey() });
      },
    }),
  );
  const canTake = me.role === 'counsellor' || me.role === 'org_admin';
  return (
    <>
      <PageTitle>{t('growth.requests.title')}</PageTitle>
      <p>{t('growth.requests.intro')}</p>
      <nav className="filters" aria-label={t('growth.requests.title')}>
        {(['confirmed', 'taken'] as const).map((s) => (
          <button
            key={s}
            type="button"
            className={`button${status === s ? ' button--primary' : ''}`}
            aria-pressed={status === s}
            onClick={() => setStatus(s)}
          >
            {s === 'confirmed' ? t('growth.requests.waiting') : t('growth.requests.taken')}
          </button>
        ))}
      </nav>
      <StatusMessage>{message}</StatusMessage>
      <ErrorAlert>{take.error ? describeError(take.error, t).message : null}</ErrorAlert>
      {list.isPending ? <LoadingStatus /> : null}
      {list.data?.length === 0 ? <p>{t('growth.requests.empty')}</p> : null}
      <ul className="org-cards">
        {list.data?.map((r) => (
          <li key={r.id} className="card">
            <h2>
              {r.title} — {r.legalName}
            </h2>
            <p>
              {nocLabel(r.nocCode, fmt.locale)} · {fmt.region(r.regionCode)}, {r.city} · NEQ {r.neq}
            </p>
            <p>
              {t('growth.requests.needLine', {
                positions: r.positions,
                hours: r.hoursPerWeek,
                wage: fmt.money(r.hourlyWageCents),
                start: fmt.date(r.startDate),
                weeks: r.durationWeeks,
              })}
            </p>
            {r.description ? <p>{r.description}</p> : null}
            <p>
              {t('growth.requests.contactLine', {
                name: r.contactName,
                email: r.contactEmail,
                phone: r.contactPhone || '—',
              })}
            </p>
            {r.status === 'taken' ? (
              <p>
                {t('growth.requests.takenBy', {
                  name: r.takenByName ?? '',
                  organisation: r.takenOrganisationName ?? '',
                })}
              </p>
            ) : canTake ? (
              <button
                type="button"
                className="button button--primary"
                disabled={take.isPending}
                onClick={() => take.mutate({ requestId: r.id })}
              >
                {t('growth.requests.take')}
              </button>
            ) : null}
          </li>
        ))}
      </ul>
    </>
  );
}
