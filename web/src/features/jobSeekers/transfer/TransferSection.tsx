// On a person's file: ask another member organisation to take it over (reason, message).
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { type FormEvent, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { requestTransferInput, transferReasons } from '../../../../../shared/transfers/schemas';
import { ErrorAlert, StatusMessage } from '../../../components/Alert';
import { SelectField, TextAreaField } from '../../../components/Field';
import { describeError, type ShownError, validate } from '../../../lib/errors';
import { useTRPC } from '../../../lib/trpc';
import { useLocaleFormat } from '../../../lib/useLocaleFormat';

export function TransferSection(props: { jobSeekerId: number; organisationId: number | null }) {
  const { t } = useTranslation();
  const fmt = useLocaleFormat();
  const trpc = useTRPC();
  const qc = useQueryClient();
  const organisations = useQuery(trpc.directory.organisations.queryOptions());
  const [form, setForm] = useState({ toOrganisationId: '', reason: '', message: '' });
  const [error, setError] = useState<ShownError | null>(null);
  const request = useMutation(
    trpc.transfers.request.mutationOptions({
      onError: (e) => setError(describeError(e, t)),
      onSuccess: () => void qc.invalidateQueries({ queryKey: trpc.transfers.list.queryKey() }),
    }),
  );
  function submit(e: FormEvent) {
    e.preventDefault();
    const v = validate(
      requestTransferInput,
      {
        jobSeekerId: props.jobSeekerId,
        toOrganisationId: Number(form.toOrganisationId) || undefined,
        reason: form.reason || undefined,
        message: form.message,
      },
      t,
    );
    if (!v.ok) return setError(v.error);
    setError(null);
    request.mutate(v.data);
  }
  return (
    <section className="card" aria-labelledby="file-transfer">
      <h2 id="file-transfer">{t('growth.transfers.sectionTitle')}</h2>
      <p>{t('growth.transfers.sectionIntro')}</p>
      <StatusMessage>{request.isSuccess ? t('growth.transfers.sent') : null}</StatusMessage>
      <ErrorAlert>{error?.message}</ErrorAlert>
      {request.isSuccess ? null : (
        <form onSubmit={submit} noValidate className="stack">
          <SelectField
            label={t('growth.transfers.to')}
            value={form.toOrganisationId}
            onChange={(v) => setForm((f) => ({ ...f, toOrganisationId: v }))}
            error={error?.fields.toOrganisationId}
            required
          >
            <option value="">{t('accounts.choose')}</option>
            {organisations.data
              ?.filter((o) => o.id !== props.organisationId)
              .map((o) => (
                <option key={o.id} value={o.id}>
                  {o.name} ({fmt.region(o.regionCode)})
                </option>
              ))}
          </SelectField>
          <SelectField
            label={t('growth.transfers.reason')}
            value={form.reason}
            onChange={(v) => setForm((f) => ({ ...f, reason: v }))}
            error={error?.fields.reason}
            required
          >
            <option value="">{t('accounts.choose')}</option>
            {transferReasons.map((r) => (
              <option key={r} value={r}>
                {t(`growth.transfers.reasons.${r}`)}
              </option>
            ))}
          </SelectField>
          <TextAreaField
            label={t('growth.transfers.message')}
            value={form.message}
            onChange={(v) => setForm((f) => ({ ...f, message: v }))}
            error={error?.fields.message}
            maxLength={2000}
          />
          <button type="submit" className="button" disabled={request.isPending}>
            {t('growth.transfers.send')}
          </button>
        </form>
      )}
    </section>
  );
}
