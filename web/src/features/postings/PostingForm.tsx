// The hiring need's form (« besoin de main-d'œuvre »): sensible defaults, validated by the
// procedure's own schema as it is typed, the open phase's rules checked beside the terms; saved
// as a draft or published. The server's refusals land on their fields.
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useController } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import { Link, useLocation } from 'wouter';
import { quebecToday } from '../../../../shared/dates';
import type { PostingStatus } from '../../../../shared/postings/postingMachine';
import { ErrorAlert } from '../../components/Alert';
import { LanguagesField, SkillsField } from '../../components/ChoiceFields';
import { FormDate, FormNumber, FormText, FormTextArea } from '../../components/form/FormFields';
import { NocField } from '../../components/NocField';
import { RegionSelect } from '../../components/RegionSelect';
import { showServerError, useSharedForm } from '../../lib/forms';
import { useTRPC } from '../../lib/trpc';
import { useLocaleFormat } from '../../lib/useLocaleFormat';
import { type Flash, navigateWithFlash } from './flash';
import { PhaseRulesCheck, usePhaseRuleWarnings } from './PhaseRulesCheck';
import { type PostingFormValues, postingFormSchema } from './postingForm';

export function PostingForm(props: {
  initial: PostingFormValues;
  postingId: number | null;
  status: PostingStatus | null;
  previousStartDate: string | null;
}) {
  const { postingId, status } = props;
  const { t } = useTranslation();
  const fmt = useLocaleFormat();
  const trpc = useTRPC();
  const qc = useQueryClient();
  const [, navigate] = useLocation();
  const { form, summary, setSummary } = useSharedForm(postingFormSchema, props.initial, [
    'hourlyWageCents',
  ]);
  const { control } = form;
  const noc = useController({ control, name: 'nocCode' });
  const region = useController({ control, name: 'regionCode' });
  const skills = useController({ control, name: 'skills' });
  const languages = useController({ control, name: 'languages' });
  const [hourlyWageCents, hoursPerWeek, durationWeeks] = form.watch([
    'hourlyWageCents',
    'hoursPerWeek',
    'durationWeeks',
  ]);
  const rules = usePhaseRuleWarnings({ hourlyWageCents, hoursPerWeek, durationWeeks });

  const done = async (id: number, flash: Flash) => {
    await Promise.all([
      qc.invalidateQueries({ queryKey: trpc.postings.pathKey() }),
      qc.invalidateQueries({ queryKey: trpc.home.employer.queryKey() }),
    ]);
    navigateWithFlash(navigate, `/postings/${id}`, flash);
  };
  const create = useMutation(trpc.postings.create.mutationOptions());
  const update = useMutation(trpc.postings.update.mutationOptions());
  const transition = useMutation(trpc.postings.transition.mutationOptions());
  const pending = create.isPending || update.isPending || transition.isPending;

  const save = (publish: boolean) =>
    form.handleSubmit(
      async (fields) => {
        // A start date already past is refused, unless it is the one the need already had.
        if (
          fields.startDate < quebecToday(new Date()) &&
          fields.startDate !== props.previousStartDate
        ) {
          form.setError(
            'startDate',
            { type: 'rule', message: t('errors.posting.startDateInPast') },
            { shouldFocus: true },
          );
          return setSummary(t('form.errorSummary'));
        }
        setSummary(null);
        try {
          if (postingId === null) {
            const created = await create.mutateAsync({ ...fields, publish });
            await done(created.id, publish ? 'published' : 'draftSaved');
          } else {
            await update.mutateAsync({ ...fields, postingId });
            if (publish) await transition.mutateAsync({ postingId, action: 'publish' });
            await done(postingId, publish ? 'published' : 'saved');
          }
        } catch (err) {
          setSummary(showServerError(err, form, t).message);
        }
      },
      () => setSummary(t('form.errorSummary')),
    );

  const isNew = postingId === null;
  const canPublish = isNew || status === 'draft';
  return (
    <form
      onSubmit={(e) => {
        // Enter saves, never publishes: the first submit button decides.
        const submitter = (e.nativeEvent as SubmitEvent).submitter as HTMLButtonElement | null;
        return save(submitter?.value === 'publish')(e);
      }}
      noValidate
      className="stack-lg emp-form"
    >
      <ErrorAlert>{summary}</ErrorAlert>
      <section className="card stack" aria-labelledby="posting-job">
        <h2 id="posting-job">{t('employer.form.jobSection')}</h2>
        <FormText
          control={control}
          name="title"
          label={t('employer.form.title')}
          hint={t('employer.form.titleHint')}
          maxLength={120}
          autoComplete="off"
          required
        />
        <NocField
          label={t('employer.form.noc')}
          value={noc.field.value}
          onChange={noc.field.onChange}
          error={noc.fieldState.error?.message}
          required
        />
        <FormTextArea
          control={control}
          name="description"
          label={t('employer.form.description')}
          hint={t('employer.form.descriptionHint')}
          rows={5}
          maxLength={5000}
        />
        <FormTextArea
          control={control}
          name="requirements"
          label={t('employer.form.requirements')}
          hint={t('employer.form.requirementsHint')}
          rows={3}
          maxLength={3000}
        />
        <SkillsField
          label={t('employer.form.skills')}
          value={skills.field.value ?? []}
          onChange={skills.field.onChange}
          error={skills.fieldState.error?.message}
        />
        <LanguagesField
          legend={t('employer.form.languages')}
          value={languages.field.value ?? []}
          onChange={languages.field.onChange}
          error={languages.fieldState.error?.message}
        />
      </section>

      <section className="card stack" aria-labelledby="posting-terms">
        <h2 id="posting-terms">{t('employer.form.termsSection')}</h2>
        <div className="emp-form-grid">
          <FormNumber
            control={control}
            name="hourlyWageCents"
            kind="money"
            label={t('employer.form.wage')}
            hint={rules.warnings.hourlyWageCents ?? t('employer.form.wageHint')}
            required
          />
          <FormNumber
            control={control}
            name="hoursPerWeek"
            kind="integer"
            label={t('employer.form.hoursPerWeek')}
            hint={rules.warnings.hoursPerWeek}
            required
          />
          <FormNumber
            control={control}
            name="positions"
            kind="integer"
            label={t('employer.form.positions')}
            required
          />
          <FormDate
            control={control}
            name="startDate"
            label={t('employer.form.startDate')}
            written={fmt.date}
            required
          />
          <FormNumber
            control={control}
            name="durationWeeks"
            kind="integer"
            label={t('employer.form.durationWeeks')}
            hint={rules.warnings.durationWeeks}
            required
          />
        </div>
        <PhaseRulesCheck phase={rules.phase} warnings={rules.warnings} />
      </section>

      <section className="card stack" aria-labelledby="posting-place">
        <h2 id="posting-place">{t('employer.form.placeSection')}</h2>
        <div className="emp-form-grid">
          <RegionSelect
            label={t('employer.form.region')}
            value={region.field.value}
            onChange={region.field.onChange}
            error={region.fieldState.error?.message}
            required
          />
          <FormText
            control={control}
            name="city"
            label={t('employer.form.city')}
            autoComplete="address-level2"
            required
          />
        </div>
      </section>

      {canPublish ? <p className="emp-note">{t('employer.form.publishNote')}</p> : null}
      <div className="emp-actions">
        {/* The first submit button is the one Enter triggers: saving, never publishing. */}
        <button
          type="submit"
          name="intent"
          value="save"
          className={canPublish ? 'button' : 'button button--primary'}
          disabled={pending}
        >
          {isNew
            ? t('employer.form.saveDraft')
            : status === 'draft'
              ? t('employer.form.saveDraftAgain')
              : t('employer.form.saveChanges')}
        </button>
        {canPublish ? (
          <button
            type="submit"
            name="intent"
            value="publish"
            className="button button--primary"
            disabled={pending}
          >
            {t('employer.form.publish')}
          </button>
        ) : null}
        <Link href={isNew ? '/postings' : `/postings/${postingId}`} className="emp-cancel">
          {t('employer.form.cancel')}
        </Link>
      </div>
      {pending ? (
        <p role="status" className="emp-note">
          {t('form.saving')}
        </p>
      ) : null}
    </form>
  );
}
