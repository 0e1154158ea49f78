// The coordinator's privacy settings: how long personal information is kept, and who answers
// for it (shown on the public privacy page, the officer's title in both languages).
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { Link } from 'wouter';
import { privacySettingsInput } from '../../../../shared/jobSeekers/schemas';
import { ErrorAlert, StatusMessage } from '../../components/Alert';
import { FormNumber, FormText } from '../../components/form/FormFields';
import { LoadingStatus } from '../../components/PageStates';
import { PageTitle } from '../../components/PageTitle';
import { wholeNumberText } from '../../lib/formSchemas';
import { showServerError, useSharedForm } from '../../lib/forms';
import { type RouterOutputs, useTRPC } from '../../lib/trpc';

const settingsForm = privacySettingsInput.extend({
  retentionYears: wholeNumberText(privacySettingsInput.shape.retentionYears),
});

function SettingsForm({ current }: { current: RouterOutputs['system']['privacySettings'] }) {
  const { t } = useTranslation();
  const trpc = useTRPC();
  const qc = useQueryClient();
  const { form, summary, setSummary } = useSharedForm(settingsForm, {
    retentionYears: String(current.retentionYears),
    privacyOfficerName: current.privacyOfficerName,
    privacyOfficerTitle: current.privacyOfficerTitle,
    privacyOfficerTitleEn: current.privacyOfficerTitleEn,
    privacyOfficerEmail: current.privacyOfficerEmail,
    privacyOfficerPhone: current.privacyOfficerPhone,
  });
  const { control } = form;
  const save = useMutation(trpc.system.updatePrivacySettings.mutationOptions());
  const submit = form.handleSubmit(
    async (settings) => {
      setSummary(null);
      try {
        await save.mutateAsync(settings);
        await qc.invalidateQueries({ queryKey: trpc.system.pathKey() });
      } catch (err) {
        setSummary(showServerError(err, form, t).message);
      }
    },
    () => setSummary(t('form.errorSummary')),
  );
  return (
    <section className="card stack-lg__narrow">
      <StatusMessage>{save.isSuccess ? t('privacy.settings.saved') : null}</StatusMessage>
      <ErrorAlert>{summary}</ErrorAlert>
      <form onSubmit={submit} noValidate className="stack">
        <FormNumber
          control={control}
          name="retentionYears"
          kind="integer"
          label={t('privacy.settings.retentionYears')}
          required
        />
        <FormText
          control={control}
          name="privacyOfficerName"
          label={t('privacy.settings.officerName')}
        />
        <FormText
          control={control}
          name="privacyOfficerTitle"
          lang="fr-CA"
          label={t('privacy.settings.officerTitle')}
        />
        <FormText
          control={control}
          name="privacyOfficerTitleEn"
          lang="en-CA"
          label={t('privacy.settings.officerTitleEn')}
        />
        <FormText
          control={control}
          name="privacyOfficerEmail"
          type="email"
          label={t('privacy.settings.officerEmail')}
        />
        <FormText
          control={control}
          name="privacyOfficerPhone"
          type="tel"
          label={t('privacy.settings.officerPhone')}
        />
        <button type="submit" className="button button--primary" disabled={save.isPending}>
          {t('privacy.settings.save')}
        </button>
      </form>
    </section>
  );
}

export function PrivacySettingsPage() {
  const { t } = useTranslation();
  const trpc = useTRPC();
  const current = useQuery(trpc.system.privacySettings.queryOptions());
  return (
    <>
      <PageTitle>{t('privacy.settings.title')}</PageTitle>
      <p>
        <Link href="/privacy">{t('privacy.settings.publicPage')}</Link>
      </p>
      {current.data ? <SettingsForm current={current.data} /> : <LoadingStatus />}
    </>
  );
}
