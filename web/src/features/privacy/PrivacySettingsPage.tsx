// The coordinator's privacy settings: how long personal information is kept, and who answers
// for it (shown on the public privacy page).
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { type FormEvent, useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'wouter';
import { privacySettingsInput } from '../../../../shared/jobSeekers/schemas';
import { ErrorAlert, StatusMessage } from '../../components/Alert';
import { TextField } from '../../components/Field';
import { PageTitle } from '../../components/PageTitle';
import { describeError, type ShownError, validate } from '../../lib/errors';
import { useTRPC } from '../../lib/trpc';

export function PrivacySettingsPage() {
  const { t } = useTranslation();
  const trpc = useTRPC();
  const qc = useQueryClient();
  const current = useQuery(trpc.system.privacySettings.queryOptions());
  const [values, setValues] = useState({
    retentionYears: '7',
    privacyOfficerName: '',
    privacyOfficerTitle: '',
    privacyOfficerEmail: '',
    privacyOfficerPhone: '',
  });
  const [error, setError] = useState<ShownError | null>(null);
  const loaded = current.data;
  useEffect(() => {
    if (loaded) {
      setValues({
        retentionYears: String(loaded.retentionYears),
        privacyOfficerName: loaded.privacyOfficerName,
        privacyOfficerTitle: loaded.privacyOfficerTitle,
        privacyOfficerEmail: loaded.privacyOfficerEmail,
        privacyOfficerPhone: loaded.privacyOfficerPhone,
      });
    }
  }, [loaded]);
  const save = useMutation(
    trpc.system.updatePrivacySettings.mutationOptions({
      onSuccess: () => qc.invalidateQueries({ queryKey: trpc.system.privacy.queryKey() }),
      onError: (err) => setError(describeError(err, t)),
    }),
  );
  const set = (k: keyof typeof values) => (v: string) => setValues((s) => ({ ...s, [k]: v }));
  function submit(e: FormEvent) {
    e.preventDefault();
    const v = validate(
      privacySettingsInput,
      { ...values, retentionYears: Number(values.retentionYears) },
      t,
    );
    if (!v.ok) return setError(v.error);
    setError(null);
    save.mutate(v.data);
  }
  return (
    <>
      <PageTitle>{t('privacy.settings.title')}</PageTitle>
      <p>
        <Link href="/privacy">{t('privacy.settings.publicPage')}</Link>
      </p>
      <section className="card stack-lg__narrow">
        <StatusMessage>{save.isSuccess ? t('privacy.settings.saved') : null}</StatusMessage>
        <ErrorAlert>{error?.message}</ErrorAlert>
        <form onSubmit={submit} noValidate className="stack">
          <TextField
            label={t('privacy.settings.retentionYears')}
            inputMode="numeric"
            value={values.retentionYears}
            onChange={set('retentionYears')}
            error={error?.fields.retentionYears}
            required
          />
          <TextField
            label={t('privacy.settings.officerName')}
            value={values.privacyOfficerName}
            onChange={set('privacyOfficerName')}
            error={error?.fields.privacyOfficerName}
          />
          <TextField
            label={t('privacy.settings.officerTitle')}
            value={values.privacyOfficerTitle}
            onChange={set('privacyOfficerTitle')}
            error={error?.fields.privacyOfficerTitle}
          />
          <TextField
            label={t('privacy.settings.officerEmail')}
            type="email"
            value={values.privacyOfficerEmail}
            onChange={set('privacyOfficerEmail')}
            error={error?.fields.privacyOfficerEmail}
          />
          <TextField
            label={t('privacy.settings.officerPhone')}
            type="tel"
            value={values.privacyOfficerPhone}
            onChange={set('privacyOfficerPhone')}
            error={error?.fields.privacyOfficerPhone}
          />
          <button type="submit" className="button button--primary" disabled={save.isPending}>
            {t('privacy.settings.save')}
          </button>
        </form>
      </section>
    </>
  );
}
