// "My business": the profile the employer keeps (NEQ, region, city, sector, size, contact), and
// who in the business has access to Passerelle.
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { businessSizes } from '../../../../shared/business/schemas';
import { ErrorAlert, StatusMessage } from '../../components/Alert';
import { FormRegion, FormSelect, FormText } from '../../components/form/FormFields';
import { PageTitle } from '../../components/PageTitle';
import { describeError } from '../../lib/errors';
import { showServerError, useSharedForm } from '../../lib/forms';
import type { Me } from '../../lib/session';
import { useTRPC } from '../../lib/trpc';
import { type BusinessProfileValues, businessProfileForm } from './businessForm';

function ProfileForm(props: {
  businessId: number;
  initial: BusinessProfileValues;
  contactSuggested: boolean;
}) {
  const { businessId } = props;
  const { t } = useTranslation();
  const trpc = useTRPC();
  const qc = useQueryClient();
  const { form, summary, setSummary } = useSharedForm(businessProfileForm, props.initial);
  const [saved, setSaved] = useState(false);
  // Any change after a save takes the « saved » message away.
  useEffect(() => {
    const sub = form.watch(() => setSaved(false));
    return () => sub.unsubscribe();
  }, [form]);
  const save = useMutation(
    trpc.businesses.update.mutationOptions({
      onSuccess: async () => {
        setSaved(true);
        await Promise.all([
          qc.invalidateQueries({ queryKey: trpc.businesses.get.queryKey({ businessId }) }),
          qc.invalidateQueries({ queryKey: trpc.directory.myBusiness.queryKey() }),
          // The business name is the home's heading and the default place of new needs.
          qc.invalidateQueries({ queryKey: trpc.auth.me.queryKey() }),
        ]);
      },
      onError: (err) => setSummary(showServerError(err, form, t).message),
    }),
  );
  const submit = form.handleSubmit(
    (profile) => {
      setSaved(false);
      setSummary(null);
      save.mutate({ ...profile, businessId });
    },
    () => {
      setSaved(false);
      setSummary(t('form.errorSummary'));
    },
  );
  const c = form.control;
  return (
    <form onSubmit={submit} noValidate className="stack-lg emp-form">
      <StatusMessage>{saved ? t('form.saved') : null}</StatusMessage>
      <ErrorAlert>{summary}</ErrorAlert>
      <section className="card stack" aria-labelledby="biz-identity">
        <h2 id="biz-identity">{t('employer.business.identity')}</h2>
        <FormText
          control={c}
          name="legalName"
          label={t('employer.business.legalName')}
          autoComplete="organization"
          required
        />
        <FormText
          control={c}
          name="neq"
          label={t('employer.business.neq')}
          hint={t('employer.business.neqHint')}
          inputMode="numeric"
          autoComplete="off"
          required
        />
        <div className="emp-form-grid">
          <FormRegion
            control={c}
            name="regionCode"
            label={t('employer.business.region')}
            required
          />
          <FormText
            control={c}
            name="city"
            label={t('employer.business.city')}
            autoComplete="address-level2"
            required
          />
          <FormText
            control={c}
            name="sector"
            label={t('employer.business.sector')}
            hint={t('employer.business.sectorHint')}
            autoComplete="off"
          />
          <FormSelect control={c} name="size" label={t('employer.business.size')}>
            <option value="">{t('employer.business.sizeUnknown')}</option>
            {businessSizes.map((s) => (
              <option key={s} value={s}>
                {t(`employer.business.sizes.${s}`)}
              </option>
            ))}
          </FormSelect>
        </div>
      </section>
      <section className="card stack" aria-labelledby="biz-contact">
        <h2 id="biz-contact">{t('employer.business.contact')}</h2>
        <p className="emp-note">
          {t('employer.business.contactHint')}
          {props.contactSuggested ? ` ${t('employer.business.contactSuggested')}` : null}
        </p>
        <FormText
          control={c}
          name="contactName"
          label={t('employer.business.contactName')}
          autoComplete="name"
        />
        <div className="emp-form-grid">
          <FormText
            control={c}
            name="contactEmail"
            label={t('employer.business.contactEmail')}
            type="email"
            autoComplete="email"
          />
          <FormText
            control={c}
            name="contactPhone"
            label={t('employer.business.contactPhone')}
            type="tel"
            autoComplete="tel"
          />
        </div>
      </section>
      <div className="emp-actions">
        <button type="submit" className="button button--primary" disabled={save.isPending}>
          {save.isPending ? t('form.saving') : t('employer.business.save')}
        </button>
      </div>
    </form>
  );
}

function Colleagues() {
  const { t } = useTranslation();
  const trpc = useTRPC();
  const biz = useQuery(trpc.directory.myBusiness.queryOptions());
  if (!biz.data) return null;
  return (
    <section className="card" aria-labelledby="biz-colleagues">
      <h2 id="biz-colleagues">{t('employer.business.colleagues')}</h2>
      <ul className="emp-plain-list">
        {biz.data.colleagues.map((c) => (
          <li key={c.id}>
            {c.name} — <a href={`mailto:${c.email}`}>{c.email}</a>
            {c.status !== 'active' ? ` (${t(`status.${c.status}`)})` : null}
          </li>
        ))}
      </ul>
      <p className="emp-note">{t('employer.business.colleaguesHint')}</p>
    </section>
  );
}

export function BusinessPage({ me }: { me: Me }) {
  const { t } = useTranslation();
  const trpc = useTRPC();
  const businessId = me.business?.id ?? 0;
  const biz = useQuery({
    ...trpc.businesses.get.queryOptions({ businessId }),
    enabled: businessId > 0,
  });
  const noContact = Boolean(
    biz.data && !biz.data.contactName && !biz.data.contactEmail && !biz.data.contactPhone,
  );
  return (
    <>
      <PageTitle>{t('employer.business.title')}</PageTitle>
      <p className="emp-intro">{t('employer.business.intro')}</p>
      <ErrorAlert>
        {biz.error
          ? describeError(biz.error, t).message
          : businessId === 0
            ? t('errors.business.notFound')
            : null}
      </ErrorAlert>
      {biz.data ? (
        <div className="emp-business">
          <ProfileForm
            key={biz.data.id}
            businessId={biz.data.id}
            contactSuggested={noContact}
            initial={{
              legalName: biz.data.legalName,
              neq: biz.data.neq ?? '',
              regionCode: biz.data.regionCode,
              city: biz.data.city,
              sector: biz.data.sector,
              size: biz.data.size ?? '',
              // No contact yet: suggest the person filling the form rather than asking again.
              contactName: noContact ? me.name : biz.data.contactName,
              contactEmail: noContact ? me.email : biz.data.contactEmail,
              contactPhone: biz.data.contactPhone,
            }}
          />
          <Colleagues />
        </div>
      ) : biz.isPending && businessId > 0 ? (
        <p role="status">{t('app.loading')}</p>
      ) : null}
    </>
  );
}
