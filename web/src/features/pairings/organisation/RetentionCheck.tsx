// The 12-week retention check: still employed, not employed, or unknown (person not reached),
// recorded from its due date (before it, the date is shown and there is no form).
import { useMutation } from '@tanstack/react-query';
import { type FormEvent, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { type RetentionOutcome, retentionOutcomes } from '../../../../../shared/money/machines';
import { recordRetentionInput } from '../../../../../shared/pairings/schemas';
import { ErrorAlert } from '../../../components/Alert';
import { TextField } from '../../../components/Field';
import { today } from '../../../lib/dates';
import { describeError, type ShownError, validate } from '../../../lib/errors';
import { useFocusOnToggle } from '../../../lib/focus';
import { useTRPC } from '../../../lib/trpc';
import { useLocaleFormat } from '../../../lib/useLocaleFormat';
import { RadioGroup, useRefreshPairings } from '../pairingParts';
import type { PairingRef } from './accompaniment';

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
  const trpc = useTRPC();
  const fmt = useLocaleFormat();
  const refresh = useRefreshPairings();
  const box = useRef<HTMLDivElement>(null);
  const p = props.pairing;
  const [editing, setEditing] = useState(p.retentionOutcome === null);
  useFocusOnToggle(box, editing);
  const [outcome, setOutcome] = useState<RetentionOutcome | ''>(p.retentionOutcome ?? '');
  const [checkedOn, setCheckedOn] = useState(p.retentionCheckedOn ?? today());
  const [error, setError] = useState<ShownError | null>(null);
  const record = useMutation(
    trpc.pairings.recordRetention.mutationOptions({
      onSuccess: async (_d, input) => {
        setEditing(false);
        setError(null);
        props.onDone(
          t('organisation.retention.done', {
            outcome: t(`organisation.retentionOutcome.${input.outcome}`),
          }),
        );
        await refresh();
      },
      onError: (err) => setError(describeError(err, t)),
    }),
  );
  function submit(e: FormEvent) {
    e.preventDefault();
    const v = validate(
      recordRetentionInput,
      { pairingId: p.id, outcome: outcome || undefined, checkedOn },
      t,
    );
    if (!v.ok) return setError(v.error);
    record.mutate(v.data);
  }
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
            <button
              type="button"
              className="button button--small"
              onClick={() => {
                setOutcome(p.retentionOutcome ?? '');
                setCheckedOn(today());
                setEditing(true);
              }}
            >
              {t('organisation.retention.correct')}
              <span className="visually-hidden"> — {p.personName}</span>
            </button>
          </div>
        </>
      ) : null}
      {/* The check is recorded from its due date on (the server refuses it before). */}
      {editing && (p.retentionOutcome !== null || (due !== null && due <= today())) ? (
        <form className="stack" onSubmit={submit} noValidate>
          <ErrorAlert>{error?.message}</ErrorAlert>
          <RadioGroup<RetentionOutcome>
            legend={t('organisation.retention.question')}
            name="outcome"
            options={retentionOutcomes.map((o) => ({
              value: o,
              label: t(`organisation.retentionOutcome.${o}`),
            }))}
            value={outcome}
            onChange={setOutcome}
            error={error?.fields.outcome}
            hint={outcome === 'unknown' ? t('organisation.retention.unknownHint') : undefined}
            stacked
            required
          />
          <div className="org-row org-row--dates">
            <TextField
              label={t('organisation.retention.checkedOn')}
              type="date"
              value={checkedOn}
              onChange={setCheckedOn}
              error={error?.fields.checkedOn}
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
              <button
                type="button"
                className="button"
                onClick={() => {
                  setEditing(false);
                  setError(null);
                }}
              >
                {t('organisation.common.cancel')}
              </button>
            ) : null}
          </div>
        </form>
      ) : null}
    </div>
  );
}
