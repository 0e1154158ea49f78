// Amending an active pairing (« avenant »), on the forms kit, validated by the procedure's own
// schema (amendmentForm.ts): the kind of change, its fields, what it would do (AmendmentPreview:
// the server's same computation), and the server's refusals (rules, dates, budget with its
// figures) on their fields. The amended agreement then waits for both parties' acceptance.
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import type { DefaultValues } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import type { z } from 'zod';
import { amendmentKinds, amendmentRoles } from '../../../../../shared/pairings/amendments';
import { ErrorAlert, StatusMessage } from '../../../components/Alert';
import { FormDate, FormNumber, FormSelect, FormText } from '../../../components/form/FormFields';
import { showServerError, useSharedForm } from '../../../lib/forms';
import type { Me } from '../../../lib/session';
import { useTRPC } from '../../../lib/trpc';
import { useLocaleFormat } from '../../../lib/useLocaleFormat';
import type { Agreement } from '../../agreements/agreementParts';
import { AmendmentPreview } from './AmendmentPreview';
import { type AmendmentValues, amendmentForm } from './amendmentForm';

type FormInput = z.input<typeof amendmentForm>;

export function AmendmentForm({ agreement, me }: { agreement: Agreement; me: Me }) {
  const { t } = useTranslation();
  const fmt = useLocaleFormat();
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const [done, setDone] = useState<number | null>(null);
  const kinds = amendmentKinds.filter(
    (k) => amendmentRoles[k].includes(me.role) && (k !== 'counsellor' || me.role !== 'employer'),
  );
  const rates = agreement.schedule.rates.at(-1);
  const initial: AmendmentValues = {
    kind: kinds[0] ?? 'weeks',
    pairingId: agreement.pairingId,
    plannedWeeks: String(agreement.schedule.plannedWeeks),
    effectiveFrom: '',
    hourlyWageCents: '',
    hoursPerWeek: String(rates?.hoursPerWeek ?? ''),
    leaveStart: '',
    leaveEnd: '',
    counsellorId: '',
    comment: '',
  };
  const { form, summary, setSummary } = useSharedForm(
    amendmentForm,
    initial as unknown as DefaultValues<FormInput>,
    ['hourlyWageCents'],
  );
  const amend = useMutation(
    trpc.pairings.amend.mutationOptions({
      onSuccess: async (r) => {
        setDone(r.version);
        setSummary(null);
        form.reset(initial as unknown as FormInput);
        await queryClient.invalidateQueries({ queryKey: trpc.agreements.pathKey() });
        await queryClient.invalidateQueries({ queryKey: trpc.pairings.pathKey() });
      },
      onError: (err) => setSummary(showServerError(err, form, t).message),
    }),
  );
  const values = form.watch() as unknown as AmendmentValues;
  const draft = amendmentForm.safeParse(values);
  if (kinds.length === 0) return null;
  const control = form.control;
  const kind = values.kind;
  const choices = agreement.counsellors.filter((u) => u.id !== agreement.counsellorId);
  return (
    <section className="card stack" aria-labelledby="amend-title">
      <h2 id="amend-title">{t('paperwork.amend.title')}</h2>
      <p>{t('paperwork.amend.intro')}</p>
      <StatusMessage>{done ? t('paperwork.amend.done', { version: done }) : null}</StatusMessage>
      <form
        className="stack"
        noValidate
        onSubmit={form.handleSubmit(
          (input) => {
            setSummary(null);
            setDone(null);
            amend.mutate(input);
          },
          () => setSummary(t('form.errorSummary')),
        )}
      >
        <ErrorAlert>{summary}</ErrorAlert>
        <FormSelect control={control} name="kind" label={t('paperwork.amend.kind')} required>
          {kinds.map((k) => (
            <option key={k} value={k}>
              {t(`paperwork.amend.kinds.${k}`)}
            </option>
          ))}
        </FormSelect>
        {kind === 'weeks' ? (
          <FormNumber
            control={control}
            name="plannedWeeks"
            kind="integer"
            label={t('paperwork.amend.plannedWeeks')}
            required
          />
        ) : null}
        {kind === 'wage_hours' ? (
          <>
            <FormDate
              control={control}
              name="effectiveFrom"
              label={t('paperwork.amend.effectiveFrom')}
              written={fmt.date}
              required
            />
            <FormNumber
              control={control}
              name="hourlyWageCents"
              kind="money"
              label={t('paperwork.amend.hourlyWage')}
              required
            />
            <FormNumber
              control={control}
              name="hoursPerWeek"
              kind="integer"
              label={t('paperwork.amend.hoursPerWeek')}
              required
            />
          </>
        ) : null}
        {kind === 'leave' ? (
          <>
            <FormDate
              control={control}
              name="leaveStart"
              label={t('paperwork.amend.leaveStart')}
              written={fmt.date}
              required
            />
            <FormDate
              control={control}
              name="leaveEnd"
              label={t('paperwork.amend.leaveEnd')}
              written={fmt.date}
              required
            />
          </>
        ) : null}
        {kind === 'counsellor' ? (
          <FormSelect
            control={control}
            name="counsellorId"
            label={t('paperwork.amend.counsellorId')}
            required
          >
            <option value="">{t('paperwork.amend.choose')}</option>
            {choices.map((u) => (
              <option key={u.id} value={String(u.id)}>
                {u.name} ({t(`roles.${u.role}`)})
              </option>
            ))}
          </FormSelect>
        ) : null}
        <FormText control={control} name="comment" label={t('paperwork.amend.comment')} />
        <AmendmentPreview input={draft.success ? draft.data : null} />
        <p>
          <button type="submit" className="button button--primary" disabled={amend.isPending}>
            {amend.isPending ? t('form.saving') : t('paperwork.amend.submit')}
          </button>
        </p>
      </form>
    </section>
  );
}
