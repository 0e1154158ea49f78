// On a person's file: ask another member organisation to take it over (reason, message),
// validated as it is typed by the procedure's schema.
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { z } from 'zod';
import { requestTransferInput, transferReasons } from '../../../../../shared/transfers/schemas';
import { ErrorAlert, StatusMessage } from '../../../components/Alert';
import { FormSelect, FormTextArea } from '../../../components/form/FormFields';
import { showServerError, useSharedForm } from '../../../lib/forms';
import { useTRPC } from '../../../lib/trpc';
import { useLocaleFormat } from '../../../lib/useLocaleFormat';

/** The request as typed: choices empty until chosen (the selects start on « Choisir »). */
const transferForm = requestTransferInput.omit({ jobSeekerId: true }).extend({
  toOrganisationId: z
    .string()
    .transform((s) => (s === '' ? undefined : Number(s)))
    .pipe(requestTransferInput.shape.toOrganisationId),
  reason: z.string().pipe(requestTransferInput.shape.reason),
});

export function TransferSection(props: { jobSeekerId: number; organisationId: number | null }) {
  const { t } = useTranslation();
  const fmt = useLocaleFormat();
  const trpc = useTRPC();
  const qc = useQueryClient();
  const organisations = useQuery(trpc.directory.organisations.queryOptions());
  const { form, summary, setSummary } = useSharedForm(transferForm, {
    toOrganisationId: '',
    reason: '',
    message: '',
  });
  const { control } = form;
  const request = useMutation(trpc.transfers.request.mutationOptions());
  const submit = form.handleSubmit(
    async (fields) => {
      setSummary(null);
      try {
        await request.mutateAsync({ jobSeekerId: props.jobSeekerId, ...fields });
        await qc.invalidateQueries({ queryKey: trpc.transfers.list.queryKey() });
      } catch (err) {
        setSummary(showServerError(err, form, t).message);
      }
    },
    () => setSummary(t('form.errorSummary')),
  );
  return (
    <section className="card" aria-labelledby="file-transfer">
      <h2 id="file-transfer">{t('growth.transfers.sectionTitle')}</h2>
      <p>{t('growth.transfers.sectionIntro')}</p>
      <StatusMessage>{request.isSuccess ? t('growth.transfers.sent') : null}</StatusMessage>
      <ErrorAlert>{summary}</ErrorAlert>
      {request.isSuccess ? null : (
        <form onSubmit={submit} noValidate className="stack">
          <FormSelect
            control={control}
            name="toOrganisationId"
            label={t('growth.transfers.to')}
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
          </FormSelect>
          <FormSelect control={control} name="reason" label={t('growth.transfers.reason')} required>
            <option value="">{t('accounts.choose')}</option>
            {transferReasons.map((r) => (
              <option key={r} value={r}>
                {t(`growth.transfers.reasons.${r}`)}
              </option>
            ))}
          </FormSelect>
          <FormTextArea
            control={control}
            name="message"
            label={t('growth.transfers.message')}
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
