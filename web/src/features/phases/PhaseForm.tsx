// New phase and edit phase (drafts only): identity and dates, envelopes in dollars, the subsidy
// rules (PhaseRulesSection) and the participating organisations (PhaseParticipantsSection), on
// react-hook-form, checked as they are typed by phaseCheck.ts (the shared schema); the server's
// field errors land on the same fields.
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useRef, useState } from 'react';
import { useForm } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import { Link, useLocation } from 'wouter';
import type { PhaseFields } from '../../../../shared/phases/schemas';
import { ErrorAlert } from '../../components/Alert';
import { FormDate, FormNumber, FormText } from '../../components/form/FormFields';
import { describeError } from '../../lib/errors';
import { checkedResolver } from '../../lib/forms';
import { parseWholeNumber } from '../../lib/numberText';
import { useTRPC } from '../../lib/trpc';
import { useLocaleFormat } from '../../lib/useLocaleFormat';
import { navigateWithFlash } from './flash';
import { PhaseParticipantsSection } from './PhaseParticipantsSection';
import { PhaseRulesSection } from './PhaseRulesSection';
import { checkPhase, moneyRangeMessage, relocateFields } from './phaseCheck';
import type { PhaseFormValues } from './phaseForm';
import { sentMilestones } from './rulesPreview';

export function PhaseForm(props: {
  initial: PhaseFormValues;
  phaseId: number | null;
  /** The most recent other phase, whose organisations can be copied. */
  copySource: { id: number; number: number } | null;
}) {
  const { phaseId } = props;
  const { t } = useTranslation();
  const fmt = useLocaleFormat();
  const trpc = useTRPC();
  const qc = useQueryClient();
  const [, navigate] = useLocation();
  const [resolver] = useState(() =>
    checkedResolver((v: PhaseFormValues) => checkPhase(v, t, fmt.locale)),
  );
  const form = useForm<PhaseFormValues, unknown, PhaseFields>({
    resolver,
    defaultValues: props.initial,
    mode: 'onTouched',
    // The first field in the page's order gets the focus, a tranche's share included.
    shouldFocusError: false,
  });
  const { control } = form;
  const errors = form.formState.errors;
  const [summary, setSummary] = useState<string | null>(null);
  const formRef = useRef<HTMLFormElement>(null);
  const focusFirstError = () =>
    requestAnimationFrame(() => {
      const root = formRef.current;
      const target =
        root?.querySelector<HTMLElement>('[aria-invalid="true"]') ??
        root?.querySelector<HTMLElement>('.field--invalid input, .field--invalid select');
      target?.focus();
    });

  // The default name follows the number until it is changed by hand.
  const numberRef = useRef(props.initial.number);
  const followNumber = (next: string) => {
    const nameFor = (text: string) => {
      const n = parseWholeNumber(text);
      return typeof n === 'number' ? t('coordinator.form.nameDefault', { number: n }) : null;
    };
    const previousDefault = nameFor(numberRef.current);
    numberRef.current = next;
    const nextDefault = nameFor(next);
    if (form.getValues('name') === previousDefault && nextDefault) {
      form.setValue('name', nextDefault);
    }
  };

  const create = useMutation(trpc.phases.create.mutationOptions());
  const update = useMutation(trpc.phases.update.mutationOptions());
  const pending = create.isPending || update.isPending;

  const save = form.handleSubmit(
    async (phase) => {
      setSummary(null);
      try {
        let id: number;
        if (phaseId === null) id = (await create.mutateAsync(phase)).id;
        else {
          await update.mutateAsync({ phaseId, phase });
          id = phaseId;
        }
        await qc.invalidateQueries({ queryKey: trpc.phases.pathKey() });
        navigateWithFlash(navigate, `/phases/${id}`, phaseId === null ? 'created' : 'saved');
      } catch (err) {
        const shown = describeError(err, t);
        const fields = relocateFields(
          shown.fields,
          sentMilestones(form.getValues('rules')),
          moneyRangeMessage(t, fmt.locale),
        );
        for (const [path, message] of Object.entries(fields)) {
          form.setError(path as 'name', { type: 'server', message });
        }
        setSummary(shown.message);
        focusFirstError();
      }
    },
    () => {
      setSummary(t('form.errorSummary'));
      focusFirstError();
    },
  );

  const isNew = phaseId === null;
  return (
    <form ref={formRef} onSubmit={save} noValidate className="stack-lg coord-form">
      <ErrorAlert>{summary}</ErrorAlert>

      <section className="card stack" aria-labelledby="phase-identity">
        <h2 id="phase-identity">{t('coordinator.form.identitySection')}</h2>
        <div className="coord-form-grid">
          <FormNumber
            control={control}
            name="number"
            kind="integer"
            label={t('coordinator.form.number')}
            onValue={followNumber}
            required
          />
          <FormText
            control={control}
            name="name"
            label={t('coordinator.form.name')}
            maxLength={120}
            autoComplete="off"
            required
          />
          <FormDate
            control={control}
            name="startDate"
            label={t('coordinator.form.startDate')}
            required
          />
          <FormDate
            control={control}
            name="endDate"
            label={t('coordinator.form.endDate')}
            required
          />
        </div>
      </section>

      <section className="card stack" aria-labelledby="phase-envelopes">
        <h2 id="phase-envelopes">{t('coordinator.form.envelopesSection')}</h2>
        <p className="field__hint">{t('coordinator.form.envelopesHint')}</p>
        <div className="coord-form-grid">
          <FormNumber
            control={control}
            name="wageEnvelopeCents"
            kind="money"
            label={t('coordinator.form.wageEnvelope')}
            required
          />
          <FormNumber
            control={control}
            name="accompanimentEnvelopeCents"
            kind="money"
            label={t('coordinator.form.accompanimentEnvelope')}
            required
          />
        </div>
      </section>

      <PhaseRulesSection control={control} errors={errors} />
      <PhaseParticipantsSection
        control={control}
        errors={errors}
        copySource={props.copySource}
        onError={(err) => setSummary(describeError(err, t).message)}
      />

      <div className="coord-actions">
        <button type="submit" className="button button--primary" disabled={pending}>
          {isNew ? t('coordinator.form.saveNew') : t('coordinator.form.save')}
        </button>
        <Link href={isNew ? '/phases' : `/phases/${phaseId}`} className="coord-cancel">
          {t('coordinator.form.cancel')}
        </Link>
      </div>
      {pending ? (
        <p role="status" className="coord-muted">
          {t('form.saving')}
        </p>
      ) : null}
    </form>
  );
}
