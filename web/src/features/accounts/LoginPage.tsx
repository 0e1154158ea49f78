// Login: email + password, then the second step when the account has a second factor; or a
// passkey alone. One generic error; demo accounts listed when demo data is on.
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useLocation, useSearch } from 'wouter';
import { loginInput } from '../../../../shared/auth/schemas';
import { ErrorAlert, StatusMessage } from '../../components/Alert';
import { FormPassword, FormText } from '../../components/form/FormFields';
import { PageTitle } from '../../components/PageTitle';
import { showServerError, useSharedForm } from '../../lib/forms';
import type { Me } from '../../lib/session';
import { useTRPC } from '../../lib/trpc';
import { PasskeyButton } from '../security/PasskeyButton';
import { SecondStep } from '../security/SecondStep';
import { type SecondFactorMethod, secondStepMethods } from '../security/secondStepError';

export function LoginPage() {
  const { t } = useTranslation();
  const trpc = useTRPC();
  const qc = useQueryClient();
  const [, navigate] = useLocation();
  const search = new URLSearchParams(useSearch());
  const { form, summary, setSummary } = useSharedForm(loginInput, { email: '', password: '' });
  const [secondStep, setSecondStep] = useState<SecondFactorMethod[] | null>(null);
  const signedIn = (user: Me) => {
    qc.setQueryData(trpc.auth.me.queryKey(), user);
    navigate('/', { replace: true });
  };
  const demo = useQuery(trpc.system.demo.queryOptions());
  const login = useMutation(trpc.auth.login.mutationOptions());
  const submit = form.handleSubmit(
    async (credentials) => {
      setSummary(null);
      try {
        signedIn(await login.mutateAsync(credentials));
      } catch (err) {
        form.setValue('password', '');
        // Right password, second factor awaited: the half-session is set, the second step asks.
        const methods = secondStepMethods(err);
        if (methods) return setSecondStep(methods);
        setSummary(showServerError(err, form, t).message);
      }
    },
    () => setSummary(t('form.errorSummary')),
  );

  const notice = search.get('done') === 'logout' ? t('login.signedOut') : null;

  if (secondStep) {
    return (
      <SecondStep
        methods={secondStep}
        onSignedIn={signedIn}
        onStartOver={() => {
          setSecondStep(null);
          setSummary(null);
        }}
      />
    );
  }

  return (
    <div className="auth-page">
      <PageTitle>{t('login.title')}</PageTitle>
      <p>{t('login.intro')}</p>
      <StatusMessage>{notice}</StatusMessage>
      <ErrorAlert>{summary}</ErrorAlert>
      <form onSubmit={submit} noValidate className="stack">
        <FormText
          control={form.control}
          name="email"
          label={t('login.email')}
          type="email"
          autoComplete="username"
          required
        />
        <FormPassword
          control={form.control}
          name="password"
          label={t('login.password')}
          autoComplete="current-password"
          required
        />
        <button type="submit" className="button button--primary" disabled={login.isPending}>
          {login.isPending ? t('login.submitting') : t('login.submit')}
        </button>
      </form>
      <PasskeyButton label={t('security.signIn.passkeyLogin')} onSignedIn={signedIn} />
      <p>
        <Link href="/forgot-password">{t('login.forgot')}</Link>
      </p>
      <p>
        <Link href="/recruit">{t('growth.recruit.loginLink')}</Link>
      </p>
      {demo.data ? (
        <section className="card demo" aria-labelledby="demo-title">
          <h2 id="demo-title">{t('login.demoTitle')}</h2>
          <p>{t('login.demoPassword', { password: demo.data.password })}</p>
          <ul>
            {demo.data.accounts.map((a) => (
              <li key={a.email}>
                <code>{a.email}</code> — {t(`roles.${a.role}`)}
              </li>
            ))}
          </ul>
        </section>
      ) : null}
    </div>
  );
}
