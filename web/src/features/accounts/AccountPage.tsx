// "My account": name and language, password change, sign-in security, and logging out
// everywhere.
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { type FormEvent, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'wouter';
import {
  changePasswordInput,
  PASSWORD_MIN_LENGTH,
  updateProfileInput,
} from '../../../../shared/auth/schemas';
import { locales } from '../../../../shared/locale';
import { ErrorAlert, StatusMessage } from '../../components/Alert';
import { PasswordField, SelectField, TextField } from '../../components/Field';
import { PageTitle } from '../../components/PageTitle';
import { applyLocale } from '../../i18n';
import { describeError, type ShownError, validate } from '../../lib/errors';
import { afterSignOut, type Me } from '../../lib/session';
import { useTRPC } from '../../lib/trpc';
import { PreferencesCard } from '../notifications/PreferencesCard';

function ProfileForm({ me }: { me: Me }) {
  const { t } = useTranslation();
  const trpc = useTRPC();
  const qc = useQueryClient();
  const [name, setName] = useState(me.name);
  const [locale, setLocale] = useState<string>(me.locale);
  const [error, setError] = useState<ShownError | null>(null);
  const save = useMutation(
    trpc.accounts.updateProfile.mutationOptions({
      onSuccess: async (_r, input) => {
        applyLocale(input.locale);
        await qc.invalidateQueries({ queryKey: trpc.auth.me.queryKey() });
      },
      onError: (err) => setError(describeError(err, t)),
    }),
  );
  function submit(e: FormEvent) {
    e.preventDefault();
    const v = validate(updateProfileInput, { name, locale }, t);
    if (!v.ok) return setError(v.error);
    setError(null);
    save.mutate(v.data);
  }
  return (
    <section className="card" aria-labelledby="profile-title">
      <h2 id="profile-title">{t('account.profile')}</h2>
      <dl className="facts">
        <dt>{t('account.email')}</dt>
        <dd>{me.email}</dd>
        <dt>{t('account.role')}</dt>
        <dd>{t(`roles.${me.role}`)}</dd>
      </dl>
      <StatusMessage>{save.isSuccess ? t('form.saved') : null}</StatusMessage>
      <ErrorAlert>{error?.message}</ErrorAlert>
      <form onSubmit={submit} noValidate className="stack">
        <TextField
          label={t('account.name')}
          autoComplete="name"
          value={name}
          onChange={setName}
          error={error?.fields.name}
          required
        />
        <SelectField label={t('account.language')} value={locale} onChange={setLocale}>
          {locales.map((l) => (
            <option key={l} value={l} lang={l}>
              {t(`languages.${l}`)}
            </option>
          ))}
        </SelectField>
        <button type="submit" className="button button--primary" disabled={save.isPending}>
          {save.isPending ? t('form.saving') : t('account.saveProfile')}
        </button>
      </form>
    </section>
  );
}

function PasswordForm() {
  const { t } = useTranslation();
  const trpc = useTRPC();
  const [currentPassword, setCurrent] = useState('');
  const [newPassword, setNew] = useState('');
  const [error, setError] = useState<ShownError | null>(null);
  const change = useMutation(
    trpc.accounts.changePassword.mutationOptions({
      onSuccess: () => {
        setCurrent('');
        setNew('');
      },
      onError: (err) => setError(describeError(err, t)),
    }),
  );
  function submit(e: FormEvent) {
    e.preventDefault();
    const v = validate(changePasswordInput, { currentPassword, newPassword }, t);
    if (!v.ok) return setError(v.error);
    setError(null);
    change.mutate(v.data);
  }
  return (
    <section className="card" aria-labelledby="password-title">
      <h2 id="password-title">{t('account.passwordSection')}</h2>
      <StatusMessage>{change.isSuccess ? t('account.passwordChanged') : null}</StatusMessage>
      <ErrorAlert>{error?.message}</ErrorAlert>
      <form onSubmit={submit} noValidate className="stack">
        <PasswordField
          label={t('account.currentPassword')}
          autoComplete="current-password"
          value={currentPassword}
          onChange={setCurrent}
          error={error?.fields.currentPassword}
          required
        />
        <PasswordField
          label={t('account.newPassword')}
          autoComplete="new-password"
          hint={t('form.passwordHint', { min: PASSWORD_MIN_LENGTH })}
          value={newPassword}
          onChange={setNew}
          error={error?.fields.newPassword}
          required
        />
        <button type="submit" className="button" disabled={change.isPending}>
          {t('account.changePassword')}
        </button>
      </form>
    </section>
  );
}

function SecurityCard({ me }: { me: Me }) {
  const { t } = useTranslation();
  return (
    <section className="card" aria-labelledby="security-title">
      <h2 id="security-title">{t('security.nav')}</h2>
      <p>{me.secondFactor.enabled ? t('security.page.on') : t('security.page.off')}</p>
      <p>
        <Link href="/security">{t('security.page.accountLink')}</Link>
      </p>
    </section>
  );
}

function SessionsCard() {
  const { t } = useTranslation();
  const trpc = useTRPC();
  const everywhere = useMutation(
    trpc.auth.logoutEverywhere.mutationOptions({ onSuccess: afterSignOut }),
  );
  return (
    <section className="card" aria-labelledby="sessions-title">
      <h2 id="sessions-title">{t('account.sessions')}</h2>
      <p>{t('account.sessionsIntro')}</p>
      <button type="button" className="button" onClick={() => everywhere.mutate()}>
        {t('account.logoutEverywhere')}
      </button>
    </section>
  );
}

export function AccountPage({ me }: { me: Me }) {
  const { t } = useTranslation();
  return (
    <>
      <PageTitle>{t('account.title')}</PageTitle>
      <div className="grid">
        <ProfileForm me={me} />
        <PasswordForm />
        <SecurityCard me={me} />
        <SessionsCard />
      </div>
      <PreferencesCard />
    </>
  );
}
