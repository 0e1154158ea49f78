// Transfer requests received (to accept or decline, after reading them: logged) and sent.
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { declineTransferInput } from '../../../../../shared/transfers/schemas';
import { ErrorAlert, StatusMessage } from '../../../components/Alert';
import { FormTextArea } from '../../../components/form/FormFields';
import { PageTitle } from '../../../components/PageTitle';
import { describeError } from '../../../lib/errors';
import { showServerError, useSharedForm } from '../../../lib/forms';
import { useTRPC } from '../../../lib/trpc';
import { useLocaleFormat } from '../../../lib/useLocaleFormat';

function TransferDetail(props: { transferId: number; onDone: (m: string) => void }) {
  const { t } = useTranslation();
  const fmt = useLocaleFormat();
  const trpc = useTRPC();
  const qc = useQueryClient();
  const detail = useQuery(trpc.transfers.get.queryOptions({ transferId: props.transferId }));
  // Declining may say why (declineTransferInput): its rules on the comment, as typed.
  const { form, summary, setSummary } = useSharedForm(declineTransferInput, {
    transferId: props.transferId,
    comment: '',
  });
  const done = (message: string) => () => {
    props.onDone(message);
    void qc.invalidateQueries({ queryKey: trpc.transfers.list.queryKey() });
    void qc.invalidateQueries({ queryKey: trpc.transfers.get.queryKey() });
  };
  const accept = useMutation(
    trpc.transfers.accept.mutationOptions({ onSuccess: done(t('growth.transfers.accepted')) }),
  );
  const decline = useMutation(
    trpc.transfers.decline.mutationOptions({
      onSuccess: done(t('growth.transfers.declined')),
      onError: (err) => setSummary(showServerError(err, form, t).message),
    }),
  );
  const submitDecline = form.handleSubmit(
    (input) => {
      setSummary(null);
      decline.mutate(input);
    },
    () => setSummary(t('form.errorSummary')),
  );
  const cancel = useMutation(
    trpc.transfers.cancel.mutationOptions({
      onSuccess: done(t('growth.transfers.statuses.cancelled')),
    }),
  );
  const d = detail.data;
  if (!d) return null;
  const error = accept.error ?? cancel.error;
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
      <ErrorAlert>{error ? describeError(error, t).message : summary}</ErrorAlert>
      {d.status === 'pending' && d.incoming ? (
        <form className="stack" onSubmit={submitDecline} noValidate>
          <FormTextArea
            control={form.control}
            name="comment"
            label={t('growth.transfers.declineComment')}
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
            <button type="submit" className="button" disabled={decline.isPending}>
              {t('growth.transfers.decline')}
            </button>
          </div>
        </form>
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
