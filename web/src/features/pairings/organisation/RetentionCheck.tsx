// The 12-week retention check: still employed, not employed, or unknown (person not reached),
// recorded from its due date (before it, the date is shown and there is no form).
import { useMutation } from '@tanstack/react-query';
import { useRef, useState } from 'react';
import { useController } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import { z } from 'zod';
import { type RetentionOutcome, retentionOutcomes } from '../../../../../shared/money/machines';
import { recordRetentionInput } from '../../../../../shared/pairings/schemas';
import { ErrorAlert } from '../../../components/Alert';
import { FormDate } from '../../../components/form/FormFields';
import { today } from '../../../lib/dates';
import { useFocusOnToggle } from '../../../lib/focus';
import { showServerError, useSharedForm } from '../../../lib/forms';
import { useTRPC } from '../../../lib/trpc';
import { useLocaleFormat } from '../../../lib/useLocaleFormat';
import { RadioGroup, useRefreshPairings } from '../pairingParts';
import type { PairingRef } from './accompaniment';

/** The check as typed: the outcome empty until chosen. */
const retentionForm = recordRetentionInput.extend({
  outcome: z.string().pipe(recordRetentionInput.shape.outcome),
});

function RetentionForm(props: {
  pairing: { id: number; personName: string; retentionOutcome: RetentionOutcome | null };
  onDone: (outcome: RetentionOutcome) => Promise<void>;
  onCancel: () => void;
}) {
  const { t } = useTranslation();
  const trpc = useTRPC();
  const p = props.pairing;
  const { form, summary, setSummary } = useSharedForm(retentionForm, {
    pairingId: p.id,
    outcome: p.retentionOutcome ?? '',
    checkedOn: today(),
  });
  const outcome = useController({ control: form.control, name: 'outcome' });
  const record = useMutation(trpc.pairings.recordRetention.mutationOptions());
  const submit = form.handleSubmit(
    async (input) => {
      setSummary(null);
      try {
        await record.mutateAsync(input);
        await props.onDone(input.outcome);
      } catch (err) {
        setSummary(showServerError(err, form, t).message);
      }
    },
    () => setSummary(t('form.errorSummary')),
  );
  return (
    <form className="stack" onSubmit={submit} noValidate>
      <ErrorAlert>{summary}</ErrorAlert>
      <RadioGroup<RetentionOutcome>
        legend={t('organisation.retention.question')}
        name="outcome"
        options={retentionOutcomes.map((o) => ({
          value: o,
          label: t(`organisation.retentionOutcome.${o}`),
        }))}
        value={outcome.field.value as RetentionOutcome | ''}
        onChange={outcome.field.onChange}
        error={outcome.fieldState.error?.message}
        hint={
          outcome.field.value === 'unknown' ? t('organisation.retention.unknownHint') : undefined
        }
        stacked
        required
      />
      <div className="org-row org-row--dates">
        <FormDate
          control={form.control}
          name="checkedOn"
          label={t('organisation.retention.checkedOn')}
          max={today()}
          required
        />
      </div>
      <div className="org-actions">
        <button type="submit" className="button button--primary" disabled={record.isPending}>
          {record.isPending ? t('form.saving') : t('organisation.retention.submit')}
          <span className="visually-hidden"> — {p.personName}</span>
        </button>
        {p.retentionOutcome ? (
          <button type="button" className="button" onClick={props.onCancel}>
            {t('organisation.common.cancel')}
          </button>
        ) : null}
      </div>
    </form>
  );
}

/** The 12-week check: still employed (yes / no / unknown), on a date; can be corrected. */
export function RetentionCheck(props: {
  pairing: PairingRef & {
    retentionDueOn: string | null;
    retentionOutcome: RetentionOutcome | null;
    retentionCheckedOn: string | null;
  };
  onDone: (message: string) => void;
}) {
  const { t } = useTranslation();
  const fmt = useLocaleFormat();
  const refresh = useRefreshPairings();
  const box = useRef<HTMLDivElement>(null);
  const p = props.pairing;
  const [editing, setEditing] = useState(p.retentionOutcome === null);
  useFocusOnToggle(box, editing);
  const done = async (outcome: RetentionOutcome) => {
    setEditing(false);
    props.onDone(
      t('organisation.retention.done', {
        outcome: t(`organisation.retentionOutcome.${outcome}`),
      }),
    );
    await refresh();
  };
  const due = p.retentionDueOn;
  return (
    <div ref={box} className="stack">
      {due && p.retentionOutcome === null ? (
        <p className="org-retention__due">
          {due <= today()
            ? t('organisation.retention.due', { date: fmt.date(due) })
            : t('organisation.retention.dueFuture', { date: fmt.date(due) })}
        </p>
      ) : null}
      {p.retentionOutcome && p.retentionCheckedOn && !editing ? (
        <>
          <p>
            <span className={`org-badge org-retention org-retention--${p.retentionOutcome}`}>
              {t(`organisation.retentionOutcome.${p.retentionOutcome}`)}
            </span>{' '}
            {t('organisation.retention.checkedOnValue', { date: fmt.date(p.retentionCheckedOn) })}
          </p>
          {p.retentionOutcome === 'unknown' ? (
            <p className="field__hint">{t('organisation.retention.unknownHint')}</p>
          ) : null}
          <div>
            <button type="button" className="button button--small" onClick={() => setEditing(true)}>
              {t('organisation.retention.correct')}
              <span className="visually-hidden"> — {p.personName}</span>
            </button>
          </div>
        </>
      ) : null}
      {/* The check is recorded from its due date on (the server refuses it before). */}
      {editing && (p.retentionOutcome !== null || (due !== null && due <= today())) ? (
        <RetentionForm pairing={p} onDone={done} onCancel={() => setEditing(false)} />
      ) : null}
    </div>
  );
}
