// Chooses a new password from a single-use link; the owner is then signed in (after their
// second factor, when the account has one: the link replaces the password only).
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useLocation } from 'wouter';
import { PASSWORD_MIN_LENGTH, resetPasswordInput } from '../../../../shared/auth/schemas';
import { ErrorAlert } from '../../components/Alert';
import { FormPassword } from '../../components/form/FormFields';
import { PageTitle } from '../../components/PageTitle';
import { showServerError, useSharedForm } from '../../lib/forms';
import { useHashToken } from '../../lib/hashToken';
import type { Me } from '../../lib/session';
import { useTRPC } from '../../lib/trpc';
import { SecondStep } from '../security/SecondStep';
import { type SecondFactorMethod, secondStepMethods } from '../security/secondStepError';

const newPasswordForm = resetPasswordInput.pick({ password: true });

export function ResetPasswordPage() {
  const { t } = useTranslation();
  const trpc = useTRPC();
  const token = useHashToken();
  const [, navigate] = useLocation();
  const qc = useQueryClient();
  const { form, summary, setSummary } = useSharedForm(newPasswordForm, { password: '' });
  // A refusal of the link itself (used, expired) offers a new one.
  const [linkRefused, setLinkRefused] = useState(false);
  const [secondStep, setSecondStep] = useState<SecondFactorMethod[] | null>(null);
  const signedIn = (user: Me) => {
    qc.setQueryData(trpc.auth.me.queryKey(), user);
    navigate('/', { replace: true });
  };
  const reset = useMutation(trpc.auth.resetPassword.mutationOptions());

  if (secondStep) {
    // The new password is set; the sign-in ends with the second factor (or starts over).
    return (
      <SecondStep
        methods={secondStep}
        onSignedIn={signedIn}
        onStartOver={() => navigate('/login', { replace: true })}
      />
    );
  }

  if (!token) {
    return (
      <div className="auth-page">
        <PageTitle>{t('reset.title')}</PageTitle>
        <ErrorAlert>{t('reset.missingToken')}</ErrorAlert>
        <Link href="/forgot-password">{t('reset.requestNew')}</Link>
      </div>
    );
  }

  const submit = form.handleSubmit(
    async ({ password }) => {
      setSummary(null);
      setLinkRefused(false);
      try {
        signedIn(await reset.mutateAsync({ token, password }));
      } catch (err) {
        const methods = secondStepMethods(err);
        if (methods) return setSecondStep(methods);
        const shown = showServerError(err, form, t);
        setSummary(shown.message);
        setLinkRefused(!shown.fields.password);
      }
    },
    () => setSummary(t('form.errorSummary')),
  );

  return (
    <div className="auth-page">
      <PageTitle>{t('reset.title')}</PageTitle>
      <ErrorAlert>{summary}</ErrorAlert>
      <form onSubmit={submit} noValidate className="stack">
        <FormPassword
          control={form.control}
          name="password"
          label={t('reset.password')}
          autoComplete="new-password"
          hint={t('form.passwordHint', { min: PASSWORD_MIN_LENGTH })}
          required
        />
        <button type="submit" className="button button--primary" disabled={reset.isPending}>
          {t('reset.submit')}
        </button>
      </form>
      {linkRefused ? (
        <p>
          <Link href="/forgot-password">{t('reset.requestNew')}</Link>
        </p>
      ) : null}
    </div>
  );
}
