// Ending a pairing early (the employer often knows first that the person left): a date and a
// coded reason (shared/money/machines.ts), confirmed in place. The server checks the machine.
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useEffect, useId, useRef } from 'react';
import { useController, useWatch } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import { pairingEndBreaches } from '../../../../../shared/dateRules';
import { quebecToday } from '../../../../../shared/dates';
import { endEarlyReasons } from '../../../../../shared/money/machines';
import { endPairingEarlyInput } from '../../../../../shared/pairings/schemas';
import { ErrorAlert } from '../../../components/Alert';
import { FormDate } from '../../../components/form/FormFields';
import { ReasonFields } from '../../../components/ReasonFields';
import { describeBreach } from '../../../lib/errors';
import { showServerError, useSharedForm } from '../../../lib/forms';
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
  const { form, summary, setSummary } = useSharedForm(endPairingEarlyInput, {
    pairingId: props.pairingId,
    endDate: initial,
    reason: undefined,
    comment: '',
  });
  const reason = useController({ control: form.control, name: 'reason' });
  const comment = useController({ control: form.control, name: 'comment' });
  const endDate = useWatch({ control: form.control, name: 'endDate' });
  // The server's rule (shared/dateRules.ts), said as the date is typed: from the start to today.
  const [breach] = ISO_DATE_PATTERN.test(endDate)
    ? pairingEndBreaches(endDate, { startDate: props.startDate }, today)
    : [];
  const dateRule = breach ? describeBreach(breach, t) : undefined;
  useEffect(() => {
    formRef.current?.querySelector('input')?.focus();
  }, []);
  const end = useMutation(trpc.pairings.endEarly.mutationOptions());
  const submit = form.handleSubmit(
    async (input) => {
      if (dateRule) {
        form.setFocus('endDate');
        return setSummary(t('form.errorSummary'));
      }
      setSummary(null);
      try {
        await end.mutateAsync(input);
        await Promise.all([
          qc.invalidateQueries({ queryKey: trpc.pairings.pathKey() }),
          qc.invalidateQueries({ queryKey: trpc.home.employer.queryKey() }),
        ]);
        props.onDone(input.endDate);
      } catch (err) {
        setSummary(showServerError(err, form, t, (e) => describeMoneyError(e, t, fmt)).message);
      }
    },
    () => setSummary(t('form.errorSummary')),
  );
  return (
    <form
      ref={formRef}
      onSubmit={submit}
      noValidate
      className="stack emp-end-form"
      aria-labelledby={titleId}
    >
      <h3 id={titleId}>{t('employer.end.title', { name: props.name })}</h3>
      <ErrorAlert>{summary}</ErrorAlert>
      <FormDate
        control={form.control}
        name="endDate"
        label={t('employer.end.date')}
        written={fmt.date}
        rule={dateRule}
        min={props.startDate}
        max={today}
        required
      />
      <ReasonFields
        reasonLabel={t('employer.end.reason')}
        chooseLabel={t('accounts.choose')}
        reasons={endEarlyReasons}
        reasonText={(r) => t(`employer.endReason.${r}`)}
        reason={reason.field.value ?? ''}
        reasonRef={reason.field.ref}
        onReasonChange={(v) => reason.field.onChange(v === '' ? undefined : v)}
        commentLabel={t('employer.proposal.comment')}
        commentHint={t('employer.end.commentHint')}
        comment={comment.field.value ?? ''}
        onCommentChange={comment.field.onChange}
        commentRows={3}
        errors={{
          reason: reason.fieldState.error?.message ?? '',
          comment: comment.fieldState.error?.message ?? '',
        }}
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
