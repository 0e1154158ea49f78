// A counsellor registers an employer business and, in the same step, may invite its contact
// person to create their Passerelle account (the contact's name and email are asked once).
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { TRPCClientError } from '@trpc/client';
import { type FormEvent, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'wouter';
import { businessSizes, createBusinessInput } from '../../../../shared/business/schemas';
import { locales } from '../../../../shared/locale';
import { ErrorAlert, StatusMessage } from '../../components/Alert';
import { SelectField, TextField } from '../../components/Field';
import { OneTimeLink } from '../../components/OneTimeLink';
import { PageTitle } from '../../components/PageTitle';
import { RegionSelect } from '../../components/RegionSelect';
import { describeError, type ShownError, validate } from '../../lib/errors';
import type { Me } from '../../lib/session';
import { useTRPC } from '../../lib/trpc';

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
  const [v, setV] = useState(() => emptyProfile(me));
  const [invite, setInvite] = useState(true);
  const [locale, setLocale] = useState<string>('fr-CA');
  const [error, setError] = useState<ShownError | null>(null);
  const [done, setDone] = useState<string | null>(null);
  const [shownLink, setShownLink] = useState<{ email: string; link: string } | null>(null);
  const set = (k: keyof typeof v) => (value: string) => setV((old) => ({ ...old, [k]: value }));

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
        setV(emptyProfile(me));
        await qc.invalidateQueries({ queryKey: trpc.directory.pathKey() });
      },
      onError: (err, input) => {
        const shown = describeError(err, t);
        // The business is saved before the invitation is sent: when only the invitation
        // failed (e.g. the email already has an account), say so, so nobody registers it twice.
        const code =
          err instanceof TRPCClientError
            ? (err.data as { appCode?: string } | undefined)?.appCode
            : null;
        if (input.invite && code?.startsWith('account.')) {
          setDone(t('organisation.business.doneNotInvited', { name: input.legalName }));
          setV(emptyProfile(me));
          setInvite(false);
          setError({ message: shown.message, fields: {} });
          return;
        }
        setError(shown);
      },
    }),
  );

  function submit(e: FormEvent) {
    e.preventDefault();
    setDone(null);
    setShownLink(null);
    const r = validate(
      createBusinessInput,
      {
        ...v,
        size: v.size === '' ? null : v.size,
        invite: invite ? { name: v.contactName, email: v.contactEmail, locale } : undefined,
      },
      t,
    );
    if (!r.ok) return setError(r.error);
    setError(null);
    create.mutate(r.data);
  }
  // The invitation reuses the contact's fields: its errors are shown there.
  const f = error?.fields ?? {};
  const contactNameError = f.contactName ?? f['invite.name'];
  const contactEmailError = f.contactEmail ?? f['invite.email'];

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
      <ErrorAlert>{error?.message}</ErrorAlert>
      <form onSubmit={submit} noValidate className="stack-lg org-form">
        <section className="card org-section" aria-labelledby="biz-profile">
          <h2 id="biz-profile">{t('organisation.business.profile')}</h2>
          <div className="stack">
            <TextField
              label={t('organisation.business.legalName')}
              value={v.legalName}
              onChange={set('legalName')}
              error={f.legalName}
              autoComplete="off"
              required
            />
            <TextField
              label={t('organisation.business.neq')}
              hint={t('organisation.business.neqHint')}
              inputMode="numeric"
              value={v.neq}
              onChange={set('neq')}
              error={f.neq}
              autoComplete="off"
              required
            />
            <div className="org-row">
              <RegionSelect
                label={t('organisation.fields.region')}
                value={v.regionCode}
                onChange={set('regionCode')}
                error={f.regionCode}
                required
              />
              <TextField
                label={t('organisation.fields.city')}
                value={v.city}
                onChange={set('city')}
                error={f.city}
                required
              />
            </div>
            <div className="org-row">
              <TextField
                label={t('organisation.business.sector')}
                hint={t('organisation.business.sectorHint')}
                value={v.sector}
                onChange={set('sector')}
                error={f.sector}
              />
              <SelectField
                label={t('organisation.business.size')}
                value={v.size}
                onChange={set('size')}
                error={f.size}
              >
                <option value="">{t('organisation.business.sizeUnknown')}</option>
                {businessSizes.map((s) => (
                  <option key={s} value={s}>
                    {t(`organisation.business.sizes.${s}`)}
                  </option>
                ))}
              </SelectField>
            </div>
          </div>
        </section>

        <section className="card org-section" aria-labelledby="biz-contact">
          <h2 id="biz-contact">{t('organisation.business.contact')}</h2>
          <div className="stack">
            <TextField
              label={t('organisation.business.contactName')}
              value={v.contactName}
              onChange={set('contactName')}
              error={contactNameError}
              autoComplete="off"
              required={invite}
            />
            <div className="org-row">
              <TextField
                label={t('organisation.business.contactEmail')}
                type="email"
                value={v.contactEmail}
                onChange={set('contactEmail')}
                error={contactEmailError}
                autoComplete="off"
                required={invite}
              />
              <TextField
                label={t('organisation.business.contactPhone')}
                type="tel"
                value={v.contactPhone}
                onChange={set('contactPhone')}
                error={f.contactPhone}
                autoComplete="off"
              />
            </div>
            <div className="org-consent">
              <input
                id="biz-invite"
                type="checkbox"
                checked={invite}
                aria-describedby="biz-invite-text"
                onChange={(e) => setInvite(e.target.checked)}
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
            {invite ? (
              <SelectField
                label={t('organisation.business.inviteLanguage')}
                value={locale}
                onChange={setLocale}
              >
                {locales.map((l) => (
                  <option key={l} value={l} lang={l}>
                    {t(`languages.${l}`)}
                  </option>
                ))}
              </SelectField>
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
