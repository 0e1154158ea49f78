// Asks for a reset link; always the same answer, whether or not the account exists. When this
// installation sends no email, it says so: the coordination makes the link instead.
import { useMutation, useQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { Link } from 'wouter';
import { requestPasswordResetInput } from '../../../../shared/auth/schemas';
import { ErrorAlert, StatusMessage } from '../../components/Alert';
import { FormText } from '../../components/form/FormFields';
import { PageTitle } from '../../components/PageTitle';
import { showServerError, useSharedForm } from '../../lib/forms';
import { useTRPC } from '../../lib/trpc';

export function ForgotPasswordPage() {
  const { t } = useTranslation();
  const trpc = useTRPC();
  const { form, summary, setSummary } = useSharedForm(requestPasswordResetInput, { email: '' });
  const emailSetting = useQuery(trpc.system.email.queryOptions());
  const request = useMutation(trpc.auth.requestPasswordReset.mutationOptions());
  const submit = form.handleSubmit(
    async (input) => {
      setSummary(null);
      try {
        await request.mutateAsync(input);
      } catch (err) {
        setSummary(showServerError(err, form, t).message);
      }
    },
    () => setSummary(t('form.errorSummary')),
  );

  return (
    <div className="auth-page">
      <PageTitle>{t('forgot.title')}</PageTitle>
      {emailSetting.data?.enabled === false ? (
        <p className="alert">{t('forgot.emailOff')}</p>
      ) : (
        <p>{t('forgot.intro')}</p>
      )}
      <StatusMessage>{request.isSuccess ? t('forgot.sent') : null}</StatusMessage>
      <ErrorAlert>{summary}</ErrorAlert>
      {request.isSuccess ? null : (
        <form onSubmit={submit} noValidate className="stack">
          <FormText
            control={form.control}
            name="email"
            label={t('login.email')}
            type="email"
            autoComplete="username"
            required
          />
          <button type="submit" className="button button--primary" disabled={request.isPending}>
            {t('forgot.submit')}
          </button>
        </form>
      )}
      <p>
        <Link href="/login">{t('forgot.backToLogin')}</Link>
      </p>
    </div>
  );
}
