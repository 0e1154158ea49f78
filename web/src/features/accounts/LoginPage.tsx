// Login: email + password, then the second step when the account has a second factor; or a
// passkey alone. One generic error; demo accounts listed when demo data is on.
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { type FormEvent, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useLocation, useSearch } from 'wouter';
import { loginInput } from '../../../../shared/auth/schemas';
import { ErrorAlert, StatusMessage } from '../../components/Alert';
import { PasswordField, TextField } from '../../components/Field';
import { PageTitle } from '../../components/PageTitle';
import { describeError, type ShownError, validate } from '../../lib/errors';
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
  const [email, setEmail] = useState('');
  const [password, setPassword] = useState('');
  const [error, setError] = useState<ShownError | null>(null);
  const [secondStep, setSecondStep] = useState<SecondFactorMethod[] | null>(null);
  const signedIn = (user: Me) => {
    qc.setQueryData(trpc.auth.me.queryKey(), user);
    navigate('/', { replace: true });
  };
  const demo = useQuery(trpc.system.demo.queryOptions());
  const login = useMutation(
    trpc.auth.login.mutationOptions({
      onSuccess: signedIn,
      onError: (err) => {
        setPassword('');
        // Right password, second factor awaited: the half-session is set, the second step asks.
        const methods = secondStepMethods(err);
        if (methods) return setSecondStep(methods);
        setError(describeError(err, t));
      },
    }),
  );

  function submit(e: FormEvent) {
    e.preventDefault();
    const v = validate(loginInput, { email, password }, t);
    if (!v.ok) return setError(v.error);
    setError(null);
    login.mutate(v.data);
  }

  const notice = search.get('done') === 'logout' ? t('login.signedOut') : null;

  if (secondStep) {
    return (
      <SecondStep
        methods={secondStep}
        onSignedIn={signedIn}
        onStartOver={() => {
          setSecondStep(null);
          setError(null);
        }}
      />
    );
  }

  return (
    <div className="auth-page">
      <PageTitle>{t('login.title')}</PageTitle>
      <p>{t('login.intro')}</p>
      <StatusMessage>{notice}</StatusMessage>
      <ErrorAlert>{error?.message}</ErrorAlert>
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
        <PasswordField
          label={t('login.password')}
          name="password"
          autoComplete="current-password"
          value={password}
          onChange={setPassword}
          error={error?.fields.password}
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
