// Ending a pairing early (the employer often knows first that the person left): a date and a
// coded reason (shared/money/machines.ts), confirmed in place. The server checks the machine.
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { type FormEvent, useEffect, useId, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { pairingEndBreaches } from '../../../../../shared/dateRules';
import { quebecToday } from '../../../../../shared/dates';
import { endEarlyReasons } from '../../../../../shared/money/machines';
import { endPairingEarlyInput } from '../../../../../shared/pairings/schemas';
import { ErrorAlert } from '../../../components/Alert';
import { TextField } from '../../../components/Field';
import { ReasonFields } from '../../../components/ReasonFields';
import { describeBreach, type ShownError, validate } from '../../../lib/errors';
import { useTRPC } from '../../../lib/trpc';
import { useLocaleFormat } from '../../../lib/useLocaleFormat';
import { describeMoneyError, ISO_DATE_PATTERN } from '../../money/moneyText';

export function EndPairingForm(props: {
  pairingId: number;
  name: string;
  startDate: string;
  plannedEndDate: string;
  onCancel: () => void;
  onDone: (endDate: string) => void;
}) {
  const { t } = useTranslation();
  const fmt = useLocaleFormat();
  const trpc = useTRPC();
  const qc = useQueryClient();
  const titleId = useId();
  const formRef = useRef<HTMLFormElement>(null);
  // Today, within the pairing's dates.
  const today = quebecToday(new Date());
  const initial =
    today < props.startDate
      ? props.startDate
      : today > props.plannedEndDate
        ? props.plannedEndDate
        : today;
  const [endDate, setEndDate] = useState(initial);
  const [reason, setReason] = useState('');
  const [comment, setComment] = useState('');
  const [error, setError] = useState<ShownError | null>(null);
  useEffect(() => {
    formRef.current?.querySelector('input')?.focus();
  }, []);
  useEffect(() => {
    if (error) formRef.current?.querySelector<HTMLElement>('[aria-invalid="true"]')?.focus();
  }, [error]);
  const end = useMutation(
    trpc.pairings.endEarly.mutationOptions({
      onSuccess: async (_r, input) => {
        await Promise.all([
          qc.invalidateQueries({ queryKey: trpc.pairings.pathKey() }),
          qc.invalidateQueries({ queryKey: trpc.home.employer.queryKey() }),
        ]);
        props.onDone(input.endDate);
      },
      onError: (err) => setError(describeMoneyError(err, t, fmt)),
    }),
  );
  function submit(e: FormEvent) {
    e.preventDefault();
    const v = validate(
      endPairingEarlyInput,
      { pairingId: props.pairingId, endDate, reason: reason || undefined, comment },
      t,
    );
    const own: Record<string, string> = {};
    if (ISO_DATE_PATTERN.test(endDate)) {
      // The server's rule (shared/dateRules.ts): from the start date to today.
      const [b] = pairingEndBreaches(
        endDate,
        { startDate: props.startDate },
        quebecToday(new Date()),
      );
      if (b) own.endDate = describeBreach(b, t);
    }
    if (!v.ok || Object.keys(own).length > 0) {
      return setError({
        message: t('form.errorSummary'),
        fields: { ...(v.ok ? {} : v.error.fields), ...own },
      });
    }
    setError(null);
    end.mutate(v.data);
  }
  return (
    <form
      ref={formRef}
      onSubmit={submit}
      noValidate
      className="stack emp-end-form"
      aria-labelledby={titleId}
    >
      <h3 id={titleId}>{t('employer.end.title', { name: props.name })}</h3>
      <ErrorAlert>{error?.message}</ErrorAlert>
      <TextField
        label={t('employer.end.date')}
        hint={ISO_DATE_PATTERN.test(endDate) ? fmt.date(endDate) : undefined}
        type="date"
        value={endDate}
        onChange={setEndDate}
        error={error?.fields.endDate}
        min={props.startDate}
        max={today}
        required
      />
      <ReasonFields
        reasonLabel={t('employer.end.reason')}
        chooseLabel={t('accounts.choose')}
        reasons={endEarlyReasons}
        reasonText={(r) => t(`employer.endReason.${r}`)}
        reason={reason}
        onReasonChange={setReason}
        commentLabel={t('employer.proposal.comment')}
        commentHint={t('employer.end.commentHint')}
        comment={comment}
        onCommentChange={setComment}
        commentRows={3}
        errors={error?.fields}
      />
      <p className="emp-note">{t('employer.end.final')}</p>
      <div className="emp-actions">
        <button type="submit" className="button button--primary" disabled={end.isPending}>
          {t('employer.end.confirm')}
        </button>
        <button type="button" className="button" onClick={props.onCancel}>
          {t('employer.proposal.cancel')}
        </button>
      </div>
    </form>
  );
}
