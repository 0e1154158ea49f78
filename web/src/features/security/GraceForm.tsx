// The coordination sets how long coordinators and managers have to set up a second factor
// (0 to 90 days, from their first sign-in without one or the last reset). Audited.
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { z } from 'zod';
import { securityPolicyInput } from '../../../../shared/security/schemas';
import { ErrorAlert, StatusMessage } from '../../components/Alert';
import { FormNumber } from '../../components/form/FormFields';
import { wholeNumberText } from '../../lib/formSchemas';
import { showServerError, useSharedForm } from '../../lib/forms';
import { useTRPC } from '../../lib/trpc';

const graceForm = z.object({
  mfaGraceDays: wholeNumberText(securityPolicyInput.shape.mfaGraceDays),
});

function Form(props: { days: number }) {
  const { t } = useTranslation();
  const trpc = useTRPC();
  const qc = useQueryClient();
  const [saved, setSaved] = useState<string | null>(null);
  const { form, summary, setSummary } = useSharedForm(graceForm, {
    mfaGraceDays: String(props.days),
  });
  const save = useMutation(
    trpc.security.setPolicy.mutationOptions({
      onSuccess: async (r) => {
        setSaved(t('security.accounts.saved', { count: r.mfaGraceDays }));
        await Promise.all([
          qc.invalidateQueries({ queryKey: trpc.security.policy.queryKey() }),
          qc.invalidateQueries({ queryKey: trpc.security.accounts.queryKey() }),
          qc.invalidateQueries({ queryKey: trpc.auth.me.queryKey() }),
        ]);
      },
      onError: (err) => setSummary(showServerError(err, form, t).message),
    }),
  );
  return (
    <form
      className="stack"
      noValidate
      onSubmit={form.handleSubmit(
        (v) => {
          setSummary(null);
          setSaved(null);
          save.mutate(v);
        },
        () => setSummary(t('form.errorSummary')),
      )}
    >
      <ErrorAlert>{summary}</ErrorAlert>
      <StatusMessage>{saved}</StatusMessage>
      <FormNumber
        control={form.control}
        name="mfaGraceDays"
        kind="integer"
        label={t('security.accounts.graceDays')}
        hint={t('security.accounts.graceHint')}
        required
      />
      <p>
        <button type="submit" className="button button--primary" disabled={save.isPending}>
          {save.isPending ? t('security.accounts.saving') : t('security.accounts.save')}
        </button>
      </p>
    </form>
  );
}

export function GraceForm() {
  const { t } = useTranslation();
  const trpc = useTRPC();
  const policy = useQuery(trpc.security.policy.queryOptions());
  return (
    <section className="card stack" aria-labelledby="grace-title">
      <h2 id="grace-title">{t('security.accounts.graceTitle')}</h2>
      {policy.data ? <Form days={policy.data.mfaGraceDays} /> : null}
    </section>
  );
}
