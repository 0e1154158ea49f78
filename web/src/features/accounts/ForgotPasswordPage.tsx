// Asks for a reset link; always the same answer, whether or not the account exists. When this
// installation sends no email, it says so: the coordination makes the link instead.
import { useMutation, useQuery } from '@tanstack/react-query';
import { type FormEvent, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'wouter';
import { requestPasswordResetInput } from '../../../../shared/auth/schemas';
import { ErrorAlert, StatusMessage } from '../../components/Alert';
import { TextField } from '../../components/Field';
import { PageTitle } from '../../components/PageTitle';
import { describeError, type ShownError, validate } from '../../lib/errors';
import { useTRPC } from '../../lib/trpc';

export function ForgotPasswordPage() {
  const { t } = useTranslation();
  const trpc = useTRPC();
  const [email, setEmail] = useState('');
  const [error, setError] = useState<ShownError | null>(null);
  const emailSetting = useQuery(trpc.system.email.queryOptions());
  const request = useMutation(
    trpc.auth.requestPasswordReset.mutationOptions({
      onError: (err) => setError(describeError(err, t)),
    }),
  );

  function submit(e: FormEvent) {
    e.preventDefault();
    const v = validate(requestPasswordResetInput, { email }, t);
    if (!v.ok) return setError(v.error);
    setError(null);
    request.mutate(v.data);
  }

  return (
    <div className="auth-page">
      <PageTitle>{t('forgot.title')}</PageTitle>
      {emailSetting.data?.enabled === false ? (
        <p className="alert">{t('forgot.emailOff')}</p>
      ) : (
        <p>{t('forgot.intro')}</p>
      )}
      <StatusMessage>{request.isSuccess ? t('forgot.sent') : null}</StatusMessage>
      <ErrorAlert>{error?.message}</ErrorAlert>
      {request.isSuccess ? null : (
        <form onSubmit={submit} noValidate className="stack">
          <TextField
            label={t('login.email')}
            type="email"
            name="email"
            autoComplete="username"
            value={email}
            onChange={setEmail}
            error={error?.fields.email}
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
