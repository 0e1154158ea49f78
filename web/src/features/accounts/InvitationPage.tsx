// Accepting an invitation: confirm the name, choose a password, and arrive signed in.
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { type FormEvent, useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useLocation } from 'wouter';
import { acceptInvitationInput, PASSWORD_MIN_LENGTH } from '../../../../shared/auth/schemas';
import { ErrorAlert } from '../../components/Alert';
import { PasswordField, TextField } from '../../components/Field';
import { PageTitle } from '../../components/PageTitle';
import { applyLocale } from '../../i18n';
import { describeError, type ShownError, validate } from '../../lib/errors';
import { useHashToken } from '../../lib/hashToken';
import { useTRPC } from '../../lib/trpc';

export function InvitationPage() {
  const { t } = useTranslation();
  const trpc = useTRPC();
  const qc = useQueryClient();
  const token = useHashToken();
  const [, navigate] = useLocation();
  const invitation = useQuery({
    ...trpc.accounts.invitation.queryOptions({ token: token ?? '' }),
    enabled: Boolean(token),
    retry: false,
  });
  const [name, setName] = useState('');
  const [password, setPassword] = useState('');
  const [error, setError] = useState<ShownError | null>(null);
  const inviteeLocale = invitation.data?.locale;
  const inviteeName = invitation.data?.name;
  useEffect(() => {
    if (inviteeLocale) applyLocale(inviteeLocale);
    if (inviteeName) setName((n) => n || inviteeName);
  }, [inviteeLocale, inviteeName]);

  const accept = useMutation(
    trpc.accounts.acceptInvitation.mutationOptions({
      onSuccess: (user) => {
        qc.setQueryData(trpc.auth.me.queryKey(), user);
        navigate('/', { replace: true });
      },
      onError: (err) => setError(describeError(err, t)),
    }),
  );

  if (!token || invitation.isError) {
    return (
      <div className="auth-page">
        <PageTitle>{t('invitation.title')}</PageTitle>
        <ErrorAlert>
          {token ? describeError(invitation.error, t).message : t('invitation.missingToken')}
        </ErrorAlert>
      </div>
    );
  }
  if (!invitation.data) return <p>{t('app.loading')}</p>;

  function submit(e: FormEvent) {
    e.preventDefault();
    const v = validate(acceptInvitationInput, { token, name, password }, t);
    if (!v.ok) return setError(v.error);
    setError(null);
    accept.mutate(v.data);
  }

  const affiliation = invitation.data.organisationName ?? invitation.data.businessName;
  return (
    <div className="auth-page">
      <PageTitle>{t('invitation.title')}</PageTitle>
      <p>{t('invitation.intro', { role: t(`roles.${invitation.data.role}`) })}</p>
      {affiliation ? <p>{t('invitation.affiliation', { name: affiliation })}</p> : null}
      <ErrorAlert>{error?.message}</ErrorAlert>
      <form onSubmit={submit} noValidate className="stack">
        <TextField
          label={t('invitation.email')}
          type="email"
          autoComplete="username"
          value={invitation.data.email}
          onChange={() => undefined}
          readOnly
        />
        <TextField
          label={t('invitation.name')}
          autoComplete="name"
          value={name}
          onChange={setName}
          error={error?.fields.name}
          required
        />
        <PasswordField
          label={t('invitation.password')}
          autoComplete="new-password"
          hint={t('form.passwordHint', { min: PASSWORD_MIN_LENGTH })}
          value={password}
          onChange={setPassword}
          error={error?.fields.password}
          required
        />
        <button type="submit" className="button button--primary" disabled={accept.isPending}>
          {t('invitation.submit')}
        </button>
      </form>
    </div>
  );
}
