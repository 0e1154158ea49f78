// "My business": the profile the employer keeps (NEQ, region, city, sector, size, contact), and
// who in the business has access to Passerelle.
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { type FormEvent, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { businessProfileFields, businessSizes } from '../../../../shared/business/schemas';
import { ErrorAlert, StatusMessage } from '../../components/Alert';
import { SelectField, TextField } from '../../components/Field';
import { PageTitle } from '../../components/PageTitle';
import { RegionSelect } from '../../components/RegionSelect';
import { describeError, type ShownError, validate } from '../../lib/errors';
import type { Me } from '../../lib/session';
import { useTRPC } from '../../lib/trpc';

interface ProfileValues {
  legalName: string;
  neq: string;
  regionCode: string;
  city: string;
  sector: string;
  size: string;
  contactName: string;
  contactEmail: string;
  contactPhone: string;
}

function ProfileForm(props: {
  businessId: number;
  initial: ProfileValues;
  contactSuggested: boolean;
}) {
  const { businessId, initial } = props;
  const { t } = useTranslation();
  const trpc = useTRPC();
  const qc = useQueryClient();
  const [values, setValues] = useState(initial);
  const [error, setError] = useState<ShownError | null>(null);
  const [saved, setSaved] = useState(false);
  const set = (key: keyof ProfileValues) => (v: string) => {
    setSaved(false);
    setValues((old) => ({ ...old, [key]: v }));
  };
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
      onError: (err) => setError(describeError(err, t)),
    }),
  );
  function submit(e: FormEvent) {
    e.preventDefault();
    setSaved(false);
    const v = validate(
      businessProfileFields,
      { ...values, size: values.size === '' ? null : values.size },
      t,
    );
    if (!v.ok) return setError(v.error);
    setError(null);
    save.mutate({ ...v.data, businessId });
  }
  const f = error?.fields ?? {};
  return (
    <form onSubmit={submit} noValidate className="stack-lg emp-form">
      <StatusMessage>{saved ? t('form.saved') : null}</StatusMessage>
      <ErrorAlert>{error?.message}</ErrorAlert>
      <section className="card stack" aria-labelledby="biz-identity">
        <h2 id="biz-identity">{t('employer.business.identity')}</h2>
        <TextField
          label={t('employer.business.legalName')}
          value={values.legalName}
          onChange={set('legalName')}
          error={f.legalName}
          autoComplete="organization"
          required
        />
        <TextField
          label={t('employer.business.neq')}
          hint={t('employer.business.neqHint')}
          value={values.neq}
          onChange={set('neq')}
          error={f.neq}
          inputMode="numeric"
          autoComplete="off"
          required
        />
        <div className="emp-form-grid">
          <RegionSelect
            label={t('employer.business.region')}
            value={values.regionCode}
            onChange={set('regionCode')}
            error={f.regionCode}
            required
          />
          <TextField
            label={t('employer.business.city')}
            value={values.city}
            onChange={set('city')}
            error={f.city}
            autoComplete="address-level2"
            required
          />
          <TextField
            label={t('employer.business.sector')}
            hint={t('employer.business.sectorHint')}
            value={values.sector}
            onChange={set('sector')}
            error={f.sector}
            autoComplete="off"
          />
          <SelectField
            label={t('employer.business.size')}
            value={values.size}
            onChange={set('size')}
            error={f.size}
          >
            <option value="">{t('employer.business.sizeUnknown')}</option>
            {businessSizes.map((s) => (
              <option key={s} value={s}>
                {t(`employer.business.sizes.${s}`)}
              </option>
            ))}
          </SelectField>
        </div>
      </section>
      <section className="card stack" aria-labelledby="biz-contact">
        <h2 id="biz-contact">{t('employer.business.contact')}</h2>
        <p className="emp-note">
          {t('employer.business.contactHint')}
          {props.contactSuggested ? ` ${t('employer.business.contactSuggested')}` : null}
        </p>
        <TextField
          label={t('employer.business.contactName')}
          value={values.contactName}
          onChange={set('contactName')}
          error={f.contactName}
          autoComplete="name"
        />
        <div className="emp-form-grid">
          <TextField
            label={t('employer.business.contactEmail')}
            type="email"
            value={values.contactEmail}
            onChange={set('contactEmail')}
            error={f.contactEmail}
            autoComplete="email"
          />
          <TextField
            label={t('employer.business.contactPhone')}
            type="tel"
            value={values.contactPhone}
            onChange={set('contactPhone')}
            error={f.contactPhone}
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
