// A counsellor registers an employer business and, in the same step, may invite its contact
// person to create their Passerelle account (the contact's name and email are asked once).
// Validated as typed by the procedure's schema (createBusinessInput, via businessForm.ts).
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { TRPCClientError } from '@trpc/client';
import { useState } from 'react';
import { useController } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import { Link } from 'wouter';
import { businessSizes } from '../../../../shared/business/schemas';
import { locales } from '../../../../shared/locale';
import { ErrorAlert, StatusMessage } from '../../components/Alert';
import { FormRegion, FormSelect, FormText } from '../../components/form/FormFields';
import { OneTimeLink } from '../../components/OneTimeLink';
import { PageTitle } from '../../components/PageTitle';
import { describeError } from '../../lib/errors';
import { showServerError, useSharedForm } from '../../lib/forms';
import type { Me } from '../../lib/session';
import { useTRPC } from '../../lib/trpc';
import { inviteFieldNames, newBusinessForm } from './businessForm';

function emptyProfile(me: Me) {
  return {
    legalName: '',
    neq: '',
    regionCode: me.organisation?.regionCode ?? '',
    city: '',
    sector: '',
    size: '',
    contactName: '',
    contactEmail: '',
    contactPhone: '',
  };
}

export function NewBusinessPage({ me }: { me: Me }) {
  const { t } = useTranslation();
  const trpc = useTRPC();
  const qc = useQueryClient();
  const { form, summary, setSummary } = useSharedForm(newBusinessForm, {
    ...emptyProfile(me),
    invite: true,
    inviteLocale: 'fr-CA',
  });
  const invite = useController({ control: form.control, name: 'invite' });
  const inviting = invite.field.value === true;
  const [done, setDone] = useState<string | null>(null);
  const [shownLink, setShownLink] = useState<{ email: string; link: string } | null>(null);
  const clear = (inviteNext: boolean) =>
    form.reset({
      ...emptyProfile(me),
      invite: inviteNext,
      inviteLocale: form.getValues('inviteLocale'),
    });

  const create = useMutation(
    trpc.businesses.create.mutationOptions({
      onSuccess: async (r, input) => {
        setShownLink(
          r.invitationLink && input.invite
            ? { email: input.invite.email, link: r.invitationLink }
            : null,
        );
        setDone(
          input.invite && !r.invitationLink
            ? t('organisation.business.doneInvited', {
                name: input.legalName,
                email: input.invite.email,
              })
            : t('organisation.business.done', { name: input.legalName }),
        );
        clear(inviting);
        await qc.invalidateQueries({ queryKey: trpc.directory.pathKey() });
      },
      onError: (err, input) => {
        // The business is saved before the invitation is sent: when only the invitation
        // failed (e.g. the email already has an account), say so, so nobody registers it twice.
        const code =
          err instanceof TRPCClientError
            ? (err.data as { appCode?: string } | undefined)?.appCode
            : null;
        if (input.invite && code?.startsWith('account.')) {
          setDone(t('organisation.business.doneNotInvited', { name: input.legalName }));
          clear(false);
          setSummary(describeError(err, t).message);
          return;
        }
        setSummary(showServerError(err, form, t, describeError, inviteFieldNames).message);
      },
    }),
  );

  const submit = form.handleSubmit(
    (input) => {
      setDone(null);
      setShownLink(null);
      setSummary(null);
      create.mutate(input);
    },
    () => {
      setDone(null);
      setShownLink(null);
      setSummary(t('form.errorSummary'));
    },
  );

  return (
    <>
      <PageTitle>{t('organisation.business.title')}</PageTitle>
      <p>{t('organisation.business.intro')}</p>
      <StatusMessage>{done}</StatusMessage>
      {shownLink ? (
        <OneTimeLink
          link={shownLink.link}
          intro={t('accounts.linkShown', { email: shownLink.email })}
        />
      ) : null}
      <ErrorAlert>{summary}</ErrorAlert>
      <form onSubmit={submit} noValidate className="stack-lg org-form">
        <section className="card org-section" aria-labelledby="biz-profile">
          <h2 id="biz-profile">{t('organisation.business.profile')}</h2>
          <div className="stack">
            <FormText
              control={form.control}
              name="legalName"
              label={t('organisation.business.legalName')}
              autoComplete="off"
              required
            />
            <FormText
              control={form.control}
              name="neq"
              label={t('organisation.business.neq')}
              hint={t('organisation.business.neqHint')}
              inputMode="numeric"
              autoComplete="off"
              required
            />
            <div className="org-row">
              <FormRegion
                control={form.control}
                name="regionCode"
                label={t('organisation.fields.region')}
                required
              />
              <FormText
                control={form.control}
                name="city"
                label={t('organisation.fields.city')}
                required
              />
            </div>
            <div className="org-row">
              <FormText
                control={form.control}
                name="sector"
                label={t('organisation.business.sector')}
                hint={t('organisation.business.sectorHint')}
              />
              <FormSelect
                control={form.control}
                name="size"
                label={t('organisation.business.size')}
              >
                <option value="">{t('organisation.business.sizeUnknown')}</option>
                {businessSizes.map((s) => (
                  <option key={s} value={s}>
                    {t(`organisation.business.sizes.${s}`)}
                  </option>
                ))}
              </FormSelect>
            </div>
          </div>
        </section>

        <section className="card org-section" aria-labelledby="biz-contact">
          <h2 id="biz-contact">{t('organisation.business.contact')}</h2>
          <div className="stack">
            <FormText
              control={form.control}
              name="contactName"
              label={t('organisation.business.contactName')}
              autoComplete="off"
              required={inviting}
            />
            <div className="org-row">
              <FormText
                control={form.control}
                name="contactEmail"
                label={t('organisation.business.contactEmail')}
                type="email"
                autoComplete="off"
                required={inviting}
              />
              <FormText
                control={form.control}
                name="contactPhone"
                label={t('organisation.business.contactPhone')}
                type="tel"
                autoComplete="off"
              />
            </div>
            <div className="org-consent">
              <input
                id="biz-invite"
                type="checkbox"
                ref={invite.field.ref}
                checked={inviting}
                aria-describedby="biz-invite-text"
                onChange={(e) => {
                  invite.field.onChange(e.target.checked);
                  // The contact's name and email are required only when inviting.
                  if (form.formState.isSubmitted)
                    void form.trigger(['contactName', 'contactEmail']);
                  else form.clearErrors(['contactName', 'contactEmail']);
                }}
              />
              <div>
                <label htmlFor="biz-invite" className="org-consent__label">
                  {t('organisation.business.invite')}
                </label>
                <p id="biz-invite-text" className="org-consent__text">
                  {t('organisation.business.inviteText')}
                </p>
              </div>
            </div>
            {inviting ? (
              <FormSelect
                control={form.control}
                name="inviteLocale"
                label={t('organisation.business.inviteLanguage')}
              >
                {locales.map((l) => (
                  <option key={l} value={l} lang={l}>
                    {t(`languages.${l}`)}
                  </option>
                ))}
              </FormSelect>
            ) : null}
          </div>
        </section>

        <div className="org-actions">
          <button type="submit" className="button button--primary" disabled={create.isPending}>
            {create.isPending ? t('form.saving') : t('organisation.business.submit')}
          </button>
          <Link href="/open-postings" className="button">
            {t('organisation.common.cancel')}
          </Link>
        </div>
      </form>
    </>
  );
}
