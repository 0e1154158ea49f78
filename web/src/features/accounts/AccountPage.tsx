// "My account": name and language, password change, sign-in security, and logging out
// everywhere.
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { Link } from 'wouter';
import {
  changePasswordInput,
  PASSWORD_MIN_LENGTH,
  updateProfileInput,
} from '../../../../shared/auth/schemas';
import { locales } from '../../../../shared/locale';
import { ErrorAlert, StatusMessage } from '../../components/Alert';
import { FormPassword, FormSelect, FormText } from '../../components/form/FormFields';
import { PageTitle } from '../../components/PageTitle';
import { applyLocale } from '../../i18n';
import { showServerError, useSharedForm } from '../../lib/forms';
import { afterSignOut, type Me } from '../../lib/session';
import { useTRPC } from '../../lib/trpc';
import { PreferencesCard } from '../notifications/PreferencesCard';

function ProfileForm({ me }: { me: Me }) {
  const { t } = useTranslation();
  const trpc = useTRPC();
  const qc = useQueryClient();
  const { form, summary, setSummary } = useSharedForm(updateProfileInput, {
    name: me.name,
    locale: me.locale,
  });
  const save = useMutation(trpc.accounts.updateProfile.mutationOptions());
  const submit = form.handleSubmit(
    async (profile) => {
      setSummary(null);
      try {
        await save.mutateAsync(profile);
        applyLocale(profile.locale);
        await qc.invalidateQueries({ queryKey: trpc.auth.me.queryKey() });
      } catch (err) {
        setSummary(showServerError(err, form, t).message);
      }
    },
    () => setSummary(t('form.errorSummary')),
  );
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
      <ErrorAlert>{summary}</ErrorAlert>
      <form onSubmit={submit} noValidate className="stack">
        <FormText
          control={form.control}
          name="name"
          label={t('account.name')}
          autoComplete="name"
          required
        />
        <FormSelect control={form.control} name="locale" label={t('account.language')}>
          {locales.map((l) => (
            <option key={l} value={l} lang={l}>
              {t(`languages.${l}`)}
            </option>
          ))}
        </FormSelect>
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
  const empty = { currentPassword: '', newPassword: '' };
  const { form, summary, setSummary } = useSharedForm(changePasswordInput, empty);
  const change = useMutation(trpc.accounts.changePassword.mutationOptions());
  const submit = form.handleSubmit(
    async (passwords) => {
      setSummary(null);
      try {
        await change.mutateAsync(passwords);
        form.reset(empty);
      } catch (err) {
        setSummary(showServerError(err, form, t).message);
      }
    },
    () => setSummary(t('form.errorSummary')),
  );
  return (
    <section className="card" aria-labelledby="password-title">
      <h2 id="password-title">{t('account.passwordSection')}</h2>
      <StatusMessage>{change.isSuccess ? t('account.passwordChanged') : null}</StatusMessage>
      <ErrorAlert>{summary}</ErrorAlert>
      <form onSubmit={submit} noValidate className="stack">
        <FormPassword
          control={form.control}
          name="currentPassword"
          label={t('account.currentPassword')}
          autoComplete="current-password"
          required
        />
        <FormPassword
          control={form.control}
          name="newPassword"
          label={t('account.newPassword')}
          autoComplete="new-password"
          hint={t('form.passwordHint', { min: PASSWORD_MIN_LENGTH })}
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
