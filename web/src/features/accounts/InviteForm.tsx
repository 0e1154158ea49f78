// The invitation form (coordinator: any role; org_admin: their organisation's counsellors and
// admins; counsellor: employers), validated as typed by the procedure's schema (inviteInput);
// the server's refusals (an email already used, an organisation missing) land on their fields.
// When this installation sends no email, the link is shown once to whoever made it.
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { z } from 'zod';
import { inviteInput } from '../../../../shared/auth/schemas';
import { locales } from '../../../../shared/locale';
import { invitableRoles, type Role } from '../../../../shared/roles';
import { ErrorAlert, StatusMessage } from '../../components/Alert';
import { FormSelect, FormText } from '../../components/form/FormFields';
import { OneTimeLink } from '../../components/OneTimeLink';
import { showServerError, useSharedForm } from '../../lib/forms';
import type { Me } from '../../lib/session';
import { useTRPC } from '../../lib/trpc';
import { BusinessPicker } from './BusinessPicker';

/** An id chosen in a list: '' (none chosen) → undefined. */
const chosenId = (schema: typeof inviteInput.shape.organisationId) =>
  z
    .string()
    .transform((s) => (s === '' ? undefined : Number(s)))
    .pipe(schema);

/** The invitation as typed: the role and the lists' ids as chosen (text, '' until chosen). */
const inviteForm = inviteInput.extend({
  role: z.string().pipe(inviteInput.shape.role),
  organisationId: chosenId(inviteInput.shape.organisationId),
  businessId: chosenId(inviteInput.shape.businessId),
  locale: z.string().pipe(z.enum(locales)),
});

export function InviteForm({ me }: { me: Me }) {
  const { t } = useTranslation();
  const trpc = useTRPC();
  const qc = useQueryClient();
  const roles = invitableRoles(me.role);
  const { form, summary, setSummary } = useSharedForm(inviteForm, {
    name: '',
    email: '',
    role: roles.length === 1 ? (roles[0] ?? '') : '',
    organisationId: '',
    businessId: '',
    locale: 'fr-CA',
  });
  const [sentTo, setSentTo] = useState<string | null>(null);
  const [shownLink, setShownLink] = useState<{ email: string; link: string } | null>(null);
  const isCoordinator = me.role === 'coordinator';
  const organisations = useQuery({
    ...trpc.directory.organisations.queryOptions(),
    enabled: isCoordinator,
  });
  const invite = useMutation(
    trpc.accounts.invite.mutationOptions({
      onSuccess: async (r, input) => {
        if (r.link) setShownLink({ email: input.email, link: r.link });
        else setSentTo(input.email);
        form.reset({ ...form.getValues(), email: '', name: '' });
        await qc.invalidateQueries({ queryKey: trpc.accounts.list.queryKey() });
      },
      onError: (err) => setSummary(showServerError(err, form, t).message),
    }),
  );
  const role = form.watch('role');
  const needsOrganisation = isCoordinator && (role === 'org_admin' || role === 'counsellor');
  const needsBusiness = role === 'employer';

  const submit = form.handleSubmit(
    (input) => {
      setSentTo(null);
      setShownLink(null);
      setSummary(null);
      invite.mutate({
        ...input,
        // Only the list the role asks for is sent (a choice left in a hidden one is not).
        organisationId: needsOrganisation ? input.organisationId : undefined,
        businessId: needsBusiness ? input.businessId : undefined,
      });
    },
    () => {
      setSentTo(null);
      setShownLink(null);
      setSummary(t('form.errorSummary'));
    },
  );

  return (
    <section className="card" aria-labelledby="invite-title">
      <h2 id="invite-title">{t('accounts.inviteTitle')}</h2>
      <p>{t('accounts.inviteIntro')}</p>
      <StatusMessage>{sentTo ? t('accounts.sent', { email: sentTo }) : null}</StatusMessage>
      {shownLink ? (
        <OneTimeLink
          link={shownLink.link}
          intro={t('accounts.linkShown', { email: shownLink.email })}
        />
      ) : null}
      <ErrorAlert>{summary}</ErrorAlert>
      <form onSubmit={submit} noValidate className="stack">
        <FormText
          control={form.control}
          name="name"
          label={t('accounts.name')}
          autoComplete="off"
          required
        />
        <FormText
          control={form.control}
          name="email"
          label={t('accounts.email')}
          type="email"
          autoComplete="off"
          required
        />
        {roles.length > 1 ? (
          <FormSelect control={form.control} name="role" label={t('accounts.role')} required>
            <option value="">{t('accounts.choose')}</option>
            {roles.map((r: Role) => (
              <option key={r} value={r}>
                {t(`roles.${r}`)}
              </option>
            ))}
          </FormSelect>
        ) : null}
        {needsOrganisation ? (
          <FormSelect
            control={form.control}
            name="organisationId"
            label={t('accounts.organisation')}
            required
          >
            <option value="">{t('accounts.choose')}</option>
            {organisations.data?.map((o) => (
              <option key={o.id} value={o.id}>
                {o.name}
              </option>
            ))}
          </FormSelect>
        ) : null}
        {needsBusiness ? <BusinessPicker control={form.control} name="businessId" /> : null}
        <FormSelect control={form.control} name="locale" label={t('accounts.language')}>
          {locales.map((l) => (
            <option key={l} value={l} lang={l}>
              {t(`languages.${l}`)}
            </option>
          ))}
        </FormSelect>
        <button type="submit" className="button button--primary" disabled={invite.isPending}>
          {t('accounts.submit')}
        </button>
      </form>
    </section>
  );
}
