// Accepting an invitation: confirm the name, choose a password, and arrive signed in.
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useEffect } from 'react';
import { useTranslation } from 'react-i18next';
import { useLocation } from 'wouter';
import { acceptInvitationInput, PASSWORD_MIN_LENGTH } from '../../../../shared/auth/schemas';
import { ErrorAlert } from '../../components/Alert';
import { TextField } from '../../components/Field';
import { FormPassword, FormText } from '../../components/form/FormFields';
import { PageTitle } from '../../components/PageTitle';
import { applyLocale } from '../../i18n';
import { describeError } from '../../lib/errors';
import { showServerError, useSharedForm } from '../../lib/forms';
import { useHashToken } from '../../lib/hashToken';
import { useTRPC } from '../../lib/trpc';

const acceptForm = acceptInvitationInput.omit({ token: true });

function AcceptForm(props: { token: string; email: string; name: string }) {
  const { t } = useTranslation();
  const trpc = useTRPC();
  const qc = useQueryClient();
  const [, navigate] = useLocation();
  const { form, summary, setSummary } = useSharedForm(acceptForm, {
    name: props.name,
    password: '',
  });
  const accept = useMutation(trpc.accounts.acceptInvitation.mutationOptions());
  const submit = form.handleSubmit(
    async (fields) => {
      setSummary(null);
      try {
        const user = await accept.mutateAsync({ token: props.token, ...fields });
        qc.setQueryData(trpc.auth.me.queryKey(), user);
        navigate('/', { replace: true });
      } catch (err) {
        setSummary(showServerError(err, form, t).message);
      }
    },
    () => setSummary(t('form.errorSummary')),
  );
  return (
    <>
      <ErrorAlert>{summary}</ErrorAlert>
      <form onSubmit={submit} noValidate className="stack">
        <TextField
          label={t('invitation.email')}
          type="email"
          autoComplete="username"
          value={props.email}
          onChange={() => undefined}
          readOnly
        />
        <FormText
          control={form.control}
          name="name"
          label={t('invitation.name')}
          autoComplete="name"
          required
        />
        <FormPassword
          control={form.control}
          name="password"
          label={t('invitation.password')}
          autoComplete="new-password"
          hint={t('form.passwordHint', { min: PASSWORD_MIN_LENGTH })}
          required
        />
        <button type="submit" className="button button--primary" disabled={accept.isPending}>
          {t('invitation.submit')}
        </button>
      </form>
    </>
  );
}

export function InvitationPage() {
  const { t } = useTranslation();
  const trpc = useTRPC();
  const token = useHashToken();
  const invitation = useQuery({
    ...trpc.accounts.invitation.queryOptions({ token: token ?? '' }),
    enabled: Boolean(token),
    retry: false,
  });
  const inviteeLocale = invitation.data?.locale;
  useEffect(() => {
    if (inviteeLocale) applyLocale(inviteeLocale);
  }, [inviteeLocale]);

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

  const affiliation = invitation.data.organisationName ?? invitation.data.businessName;
  return (
    <div className="auth-page">
      <PageTitle>{t('invitation.title')}</PageTitle>
      <p>{t('invitation.intro', { role: t(`roles.${invitation.data.role}`) })}</p>
      {affiliation ? <p>{t('invitation.affiliation', { name: affiliation })}</p> : null}
      <AcceptForm token={token} email={invitation.data.email} name={invitation.data.name ?? ''} />
    </div>
  );
}
