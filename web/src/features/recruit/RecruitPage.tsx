// « Recruter avec FIT »: the public page an employer reaches from the login page. It explains the
// program and takes a first hiring need in one form, validated by the procedure's own schema,
// with the open phase's rules shown as the employer types. One answer whatever happens.
import { useMutation, useQuery } from '@tanstack/react-query';
import { type FormEvent, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'wouter';
import { submitEmployerRequestInput } from '../../../../shared/recruit/schemas';
import { ErrorAlert, StatusMessage } from '../../components/Alert';
import { TextAreaField, TextField } from '../../components/Field';
import { NocField } from '../../components/NocField';
import { PageTitle } from '../../components/PageTitle';
import { RegionSelect } from '../../components/RegionSelect';
import { currentLocale } from '../../i18n';
import { describeError, type ShownError, validate } from '../../lib/errors';
import { parseDollarsToCents, parseWholeNumber } from '../../lib/numberText';
import { useTRPC } from '../../lib/trpc';
import { useLocaleFormat } from '../../lib/useLocaleFormat';

const empty = {
  legalName: '',
  neq: '',
  contactName: '',
  contactEmail: '',
  contactPhone: '',
  regionCode: '',
  city: '',
  title: '',
  nocCode: '',
  hoursPerWeek: '',
  hourlyWage: '',
  positions: '1',
  startDate: '',
  durationWeeks: '',
  description: '',
  requirements: '',
  website: '',
};
type Form = typeof empty;

export function RecruitPage() {
  const { t } = useTranslation();
  const fmt = useLocaleFormat();
  const trpc = useTRPC();
  const rules = useQuery(trpc.recruit.rules.queryOptions());
  const [form, setForm] = useState<Form>(empty);
  const [error, setError] = useState<ShownError | null>(null);
  const submit = useMutation(
    trpc.recruit.submit.mutationOptions({ onError: (e) => setError(describeError(e, t)) }),
  );
  const set = (k: keyof Form) => (v: string) => setForm((f) => ({ ...f, [k]: v }));
  const field = (k: string) => error?.fields[k];

  const r = rules.data;
  const hours = parseWholeNumber(form.hoursPerWeek);
  const weeks = parseWholeNumber(form.durationWeeks);
  const wage = parseDollarsToCents(form.hourlyWage);
  const hints = {
    hours:
      r && typeof hours === 'number' && hours < r.minHoursPerWeek
        ? t('growth.recruit.hoursBelowMin', { min: r.minHoursPerWeek })
        : undefined,
    weeks:
      r && typeof weeks === 'number' && (weeks < r.minWeeks || weeks > r.maxWeeks)
        ? t('growth.recruit.weeksOutside', { min: r.minWeeks, max: r.maxWeeks })
        : undefined,
    wage:
      r && wage !== null && wage > r.hourlyWageCapCents
        ? t('growth.recruit.wageAboveCap', { cap: fmt.money(r.hourlyWageCapCents) })
        : undefined,
  };

  function onSubmit(e: FormEvent) {
    e.preventDefault();
    const values = {
      ...form,
      hoursPerWeek: parseWholeNumber(form.hoursPerWeek) ?? Number.NaN,
      durationWeeks: parseWholeNumber(form.durationWeeks) ?? Number.NaN,
      positions: parseWholeNumber(form.positions) ?? Number.NaN,
      hourlyWageCents: parseDollarsToCents(form.hourlyWage) ?? Number.NaN,
      locale: currentLocale(),
    };
    const v = validate(submitEmployerRequestInput, values, t);
    if (!v.ok) {
      const fields = { ...v.error.fields };
      if (fields.hourlyWageCents) fields.hourlyWage = fields.hourlyWageCents;
      return setError({ ...v.error, fields });
    }
    setError(null);
    submit.mutate(v.data);
  }

  return (
    <div className="recruit-page">
      <PageTitle>{t('growth.recruit.title')}</PageTitle>
      <p>{t('growth.recruit.intro')}</p>
      <p>{t('growth.recruit.how')}</p>
      <section aria-labelledby="recruit-rules">
        <h2 id="recruit-rules">{t('growth.recruit.rulesTitle')}</h2>
        <p>
          {r
            ? t('growth.recruit.rulesText', {
                minHours: r.minHoursPerWeek,
                minWeeks: r.minWeeks,
                maxWeeks: r.maxWeeks,
                rate: r.wageSubsidyRateBp / 100,
                cap: fmt.money(r.hourlyWageCapCents),
              })
            : t('growth.recruit.noRules')}
        </p>
      </section>
      <StatusMessage>{submit.isSuccess ? t('growth.recruit.sent') : null}</StatusMessage>
      <ErrorAlert>{error?.message}</ErrorAlert>
      {submit.isSuccess ? null : (
        <form onSubmit={onSubmit} noValidate className="stack">
          <fieldset className="stack">
            <legend>{t('growth.recruit.business')}</legend>
            <TextField
              label={t('growth.recruit.legalName')}
              value={form.legalName}
              onChange={set('legalName')}
              error={field('legalName')}
              required
              autoComplete="organization"
            />
            <TextField
              label={t('growth.recruit.neq')}
              hint={t('growth.recruit.neqHint')}
              value={form.neq}
              onChange={set('neq')}
              error={field('neq')}
              required
              inputMode="numeric"
            />
            <RegionSelect
              label={t('growth.recruit.region')}
              value={form.regionCode}
              onChange={set('regionCode')}
              error={field('regionCode')}
              required
            />
            <TextField
              label={t('growth.recruit.city')}
              value={form.city}
              onChange={set('city')}
              error={field('city')}
              required
            />
          </fieldset>
          <fieldset className="stack">
            <legend>{t('growth.recruit.contact')}</legend>
            <TextField
              label={t('growth.recruit.contactName')}
              value={form.contactName}
              onChange={set('contactName')}
              error={field('contactName')}
              required
              autoComplete="name"
            />
            <TextField
              label={t('growth.recruit.contactEmail')}
              type="email"
              value={form.contactEmail}
              onChange={set('contactEmail')}
              error={field('contactEmail')}
              required
              autoComplete="email"
            />
            <TextField
              label={t('growth.recruit.contactPhone')}
              type="tel"
              value={form.contactPhone}
              onChange={set('contactPhone')}
              error={field('contactPhone')}
              autoComplete="tel"
            />
          </fieldset>
          <fieldset className="stack">
            <legend>{t('growth.recruit.need')}</legend>
            <TextField
              label={t('growth.recruit.title_')}
              value={form.title}
              onChange={set('title')}
              error={field('title')}
              required
            />
            <NocField
              label={t('growth.recruit.noc')}
              value={form.nocCode}
              onChange={set('nocCode')}
              error={field('nocCode')}
              required
            />
            <TextField
              label={t('growth.recruit.hoursPerWeek')}
              inputMode="numeric"
              value={form.hoursPerWeek}
              onChange={set('hoursPerWeek')}
              error={field('hoursPerWeek')}
              hint={hints.hours}
              required
            />
            <TextField
              label={t('growth.recruit.hourlyWage')}
              inputMode="decimal"
              value={form.hourlyWage}
              onChange={set('hourlyWage')}
              error={field('hourlyWage')}
              hint={hints.wage}
              required
            />
            <TextField
              label={t('growth.recruit.positions')}
              inputMode="numeric"
              value={form.positions}
              onChange={set('positions')}
              error={field('positions')}
              required
            />
            <TextField
              label={t('growth.recruit.startDate')}
              type="date"
              value={form.startDate}
              onChange={set('startDate')}
              error={field('startDate')}
              required
            />
            <TextField
              label={t('growth.recruit.durationWeeks')}
              inputMode="numeric"
              value={form.durationWeeks}
              onChange={set('durationWeeks')}
              error={field('durationWeeks')}
              hint={hints.weeks}
              required
            />
            <TextAreaField
              label={t('growth.recruit.description')}
              value={form.description}
              onChange={set('description')}
              error={field('description')}
              maxLength={5000}
            />
            <TextAreaField
              label={t('growth.recruit.requirements')}
              value={form.requirements}
              onChange={set('requirements')}
              error={field('requirements')}
              maxLength={3000}
            />
          </fieldset>
          {/* The honeypot: off screen and hidden from assistive technology; people never fill it. */}
          <div className="honeypot" aria-hidden="true">
            <label>
              {t('growth.recruit.website')}
              <input
                type="text"
                name="website"
                tabIndex={-1}
                autoComplete="off"
                value={form.website}
                onChange={(e) => set('website')(e.target.value)}
              />
            </label>
          </div>
          <button type="submit" className="button button--primary" disabled={submit.isPending}>
            {t('growth.recruit.submit')}
          </button>
        </form>
      )}
      <p>
        <Link href="/login">{t('forgot.backToLogin')}</Link>
      </p>
    </div>
  );
}
