// Transfer requests received (to accept or decline, after reading them: logged) and sent.
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ErrorAlert, StatusMessage } from '../../../components/Alert';
import { TextAreaField } from '../../../components/Field';
import { PageTitle } from '../../../components/PageTitle';
import { describeError } from '../../../lib/errors';
import { useTRPC } from '../../../lib/trpc';
import { useLocaleFormat } from '../../../lib/useLocaleFormat';

function TransferDetail(props: { transferId: number; onDone: (m: string) => void }) {
  const { t } = useTranslation();
  const fmt = useLocaleFormat();
  const trpc = useTRPC();
  const qc = useQueryClient();
  const detail = useQuery(trpc.transfers.get.queryOptions({ transferId: props.transferId }));
  const [comment, setComment] = useState('');
  const done = (message: string) => () => {
    props.onDone(message);
    void qc.invalidateQueries({ queryKey: trpc.transfers.list.queryKey() });
    void qc.invalidateQueries({ queryKey: trpc.transfers.get.queryKey() });
  };
  const accept = useMutation(
    trpc.transfers.accept.mutationOptions({ onSuccess: done(t('growth.transfers.accepted')) }),
  );
  const decline = useMutation(
    trpc.transfers.decline.mutationOptions({ onSuccess: done(t('growth.transfers.declined')) }),
  );
  const cancel = useMutation(
    trpc.transfers.cancel.mutationOptions({
      onSuccess: done(t('growth.transfers.statuses.cancelled')),
    }),
  );
  const d = detail.data;
  if (!d) return null;
  const error = accept.error ?? decline.error ?? cancel.error;
  return (
    <div className="stack">
      <p>
        {d.incoming
          ? t('growth.transfers.from', { name: d.fromOrganisationName })
          : t('growth.transfers.toOrg', { name: d.toOrganisationName })}
      </p>
      <p>
        {t('growth.transfers.requestedBy', {
          name: d.requestedByName,
          date: fmt.instant(d.createdAt),
        })}
      </p>
      <p>
        {t(`growth.transfers.reasons.${d.reason}`)}
        {d.message ? ` — « ${d.message} »` : ''}
      </p>
      <p>
        {d.person.firstName} {d.person.lastName} · {fmt.region(d.person.regionCode)}
        {d.person.city ? `, ${d.person.city}` : ''} ·{' '}
        {t('growth.transfers.availability', {
          hours: d.person.hoursPerWeek,
          date: fmt.date(d.person.availableFrom),
        })}
      </p>
      {d.hasActivePairing ? <p>{t('growth.transfers.activePairing')}</p> : null}
      <p>{d.notesWillMove ? t('growth.transfers.notesMove') : t('growth.transfers.notesStay')}</p>
      <ErrorAlert>{error ? describeError(error, t).message : null}</ErrorAlert>
      {d.status === 'pending' && d.incoming ? (
        <>
          <TextAreaField
            label={t('growth.transfers.declineComment')}
            value={comment}
            onChange={setComment}
            maxLength={1000}
          />
          <div className="org-actions">
            <button
              type="button"
              className="button button--primary"
              disabled={accept.isPending}
              onClick={() => accept.mutate({ transferId: d.id })}
            >
              {t('growth.transfers.accept')}
            </button>
            <button
              type="button"
              className="button"
              disabled={decline.isPending}
              onClick={() => decline.mutate({ transferId: d.id, comment })}
            >
              {t('growth.transfers.decline')}
            </button>
          </div>
        </>
      ) : null}
      {d.status === 'pending' && !d.incoming ? (
        <button
          type="button"
          className="button"
          disabled={cancel.isPending}
          onClick={() => cancel.mutate({ transferId: d.id })}
        >
          {t('growth.transfers.cancel')}
        </button>
      ) : null}
    </div>
  );
}

export function TransfersPage() {
  const { t } = useTranslation();
  const fmt = useLocaleFormat();
  const trpc = useTRPC();
  const [direction, setDirection] = useState<'incoming' | 'outgoing'>('incoming');
  const [open, setOpen] = useState<number | null>(null);
  const [message, setMessage] = useState<string | null>(null);
  const list = useQuery(trpc.transfers.list.queryOptions({ direction }));
  return (
    <>
      <PageTitle>{t('growth.transfers.title')}</PageTitle>
      <nav className="filters" aria-label={t('growth.transfers.title')}>
        {(['incoming', 'outgoing'] as const).map((d) => (
          <button
            key={d}
            type="button"
            className={`button${direction === d ? ' button--primary' : ''}`}
            aria-pressed={direction === d}
            onClick={() => setDirection(d)}
          >
            {t(`growth.transfers.${d}`)}
          </button>
        ))}
      </nav>
      <StatusMessage>{message}</StatusMessage>
      {list.data?.length === 0 ? <p>{t('growth.transfers.empty')}</p> : null}
      <ul className="org-cards">
        {list.data?.map((r) => (
          <li key={r.id} className="card">
            <h2>
              {r.firstName} {r.lastName}
            </h2>
            <p>
              {t(`growth.transfers.statuses.${r.status}`)} ·{' '}
              {t(`growth.transfers.reasons.${r.reason}`)} · {fmt.instant(r.createdAt)}
            </p>
            {open === r.id ? (
              <TransferDetail transferId={r.id} onDone={setMessage} />
            ) : (
              <button type="button" className="button" onClick={() => setOpen(r.id)}>
                {t('growth.transfers.open')}
              </button>
            )}
          </li>
        ))}
      </ul>
    </>
  );
}
