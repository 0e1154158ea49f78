// « Recruter avec FIT »: the public page an employer reaches from the login page. It explains the
// program and takes a first hiring need in one form, validated by the procedure's own schema,
// with the open phase's rules shown as the employer types. One answer whatever happens.
import { useMutation, useQuery } from '@tanstack/react-query';
import { useController } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import { Link } from 'wouter';
import { z } from 'zod';
import { submitEmployerRequestInput } from '../../../../shared/recruit/schemas';
import { ErrorAlert, StatusMessage } from '../../components/Alert';
import {
  FormDate,
  FormNumber,
  FormRegion,
  FormText,
  FormTextArea,
} from '../../components/form/FormFields';
import { NocField } from '../../components/NocField';
import { PageTitle } from '../../components/PageTitle';
import { currentLocale } from '../../i18n';
import { moneyText, wholeNumberText } from '../../lib/formSchemas';
import { showServerError, useSharedForm } from '../../lib/forms';
import { parseMoney, parseWholeNumber } from '../../lib/numberText';
import { useTRPC } from '../../lib/trpc';
import { useLocaleFormat } from '../../lib/useLocaleFormat';

/** The request as typed: region chosen in a list, numbers and the wage typed as text. */
const recruitForm = submitEmployerRequestInput.extend({
  regionCode: z.string().pipe(submitEmployerRequestInput.shape.regionCode),
  hoursPerWeek: wholeNumberText(submitEmployerRequestInput.shape.hoursPerWeek),
  hourlyWageCents: moneyText(submitEmployerRequestInput.shape.hourlyWageCents),
  positions: wholeNumberText(submitEmployerRequestInput.shape.positions),
  durationWeeks: wholeNumberText(submitEmployerRequestInput.shape.durationWeeks),
});

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
  hourlyWageCents: '',
  positions: '1',
  startDate: '',
  durationWeeks: '',
  description: '',
  requirements: '',
  website: '',
};

export function RecruitPage() {
  const { t } = useTranslation();
  const fmt = useLocaleFormat();
  const trpc = useTRPC();
  const rules = useQuery(trpc.recruit.rules.queryOptions());
  const { form, summary, setSummary } = useSharedForm(
    recruitForm,
    { ...empty, locale: currentLocale() },
    ['hourlyWageCents'],
  );
  const c = form.control;
  const noc = useController({ control: c, name: 'nocCode' });
  const submit = useMutation(
    trpc.recruit.submit.mutationOptions({
      onError: (e) => setSummary(showServerError(e, form, t).message),
    }),
  );

  // The open phase's rules, said as they type (a need outside them can still be sent).
  const r = rules.data;
  const [hoursText, weeksText, wageText] = form.watch([
    'hoursPerWeek',
    'durationWeeks',
    'hourlyWageCents',
  ]);
  const hours = parseWholeNumber(hoursText);
  const weeks = parseWholeNumber(weeksText);
  const wage = parseMoney(wageText) ?? null;
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

  const onSubmit = form.handleSubmit(
    (input) => {
      setSummary(null);
      // The language the page is read in when sending (it may have changed since it opened).
      submit.mutate({ ...input, locale: currentLocale() });
    },
    () => setSummary(t('form.errorSummary')),
  );

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
                rate: fmt.percent(r.wageSubsidyRateBp),
                cap: fmt.money(r.hourlyWageCapCents),
              })
            : t('growth.recruit.noRules')}
        </p>
      </section>
      <StatusMessage>{submit.isSuccess ? t('growth.recruit.sent') : null}</StatusMessage>
      <ErrorAlert>{summary}</ErrorAlert>
      {submit.isSuccess ? null : (
        <form onSubmit={onSubmit} noValidate className="stack">
          <fieldset className="stack">
            <legend>{t('growth.recruit.business')}</legend>
            <FormText
              control={c}
              name="legalName"
              label={t('growth.recruit.legalName')}
              required
              autoComplete="organization"
            />
            <FormText
              control={c}
              name="neq"
              label={t('growth.recruit.neq')}
              hint={t('growth.recruit.neqHint')}
              required
              inputMode="numeric"
            />
            <FormRegion control={c} name="regionCode" label={t('growth.recruit.region')} required />
            <FormText control={c} name="city" label={t('growth.recruit.city')} required />
          </fieldset>
          <fieldset className="stack">
            <legend>{t('growth.recruit.contact')}</legend>
            <FormText
              control={c}
              name="contactName"
              label={t('growth.recruit.contactName')}
              required
              autoComplete="name"
            />
            <FormText
              control={c}
              name="contactEmail"
              label={t('growth.recruit.contactEmail')}
              type="email"
              required
              autoComplete="email"
            />
            <FormText
              control={c}
              name="contactPhone"
              label={t('growth.recruit.contactPhone')}
              type="tel"
              autoComplete="tel"
            />
          </fieldset>
          <fieldset className="stack">
            <legend>{t('growth.recruit.need')}</legend>
            <FormText control={c} name="title" label={t('growth.recruit.title_')} required />
            <NocField
              label={t('growth.recruit.noc')}
              value={noc.field.value}
              onChange={noc.field.onChange}
              error={noc.fieldState.error?.message}
              required
            />
            <FormNumber
              control={c}
              name="hoursPerWeek"
              kind="integer"
              label={t('growth.recruit.hoursPerWeek')}
              hint={hints.hours}
              required
            />
            <FormNumber
              control={c}
              name="hourlyWageCents"
              kind="money"
              label={t('growth.recruit.hourlyWage')}
              hint={hints.wage}
              required
            />
            <FormNumber
              control={c}
              name="positions"
              kind="integer"
              label={t('growth.recruit.positions')}
              required
            />
            <FormDate control={c} name="startDate" label={t('growth.recruit.startDate')} required />
            <FormNumber
              control={c}
              name="durationWeeks"
              kind="integer"
              label={t('growth.recruit.durationWeeks')}
              hint={hints.weeks}
              required
            />
            <FormTextArea
              control={c}
              name="description"
              label={t('growth.recruit.description')}
              maxLength={5000}
            />
            <FormTextArea
              control={c}
              name="requirements"
              label={t('growth.recruit.requirements')}
              maxLength={3000}
            />
          </fieldset>
          {/* The honeypot: off screen and hidden from assistive technology; people never fill it. */}
          <div className="honeypot" aria-hidden="true">
            <label>
              {t('growth.recruit.website')}
              <input type="text" tabIndex={-1} autoComplete="off" {...form.register('website')} />
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
