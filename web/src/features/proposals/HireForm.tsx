// Confirming a hire with terms other than the posting's (BRIEF step 6): the fields prefilled,
// validated by the procedure's own schema (confirmHireInput) as they are typed, the maximum wage
// subsidy and any rule of the open phase the terms break computed live with the shared
// calculator (the server uses the same one). The server re-checks everything, budget included,
// in one transaction; its refusals land on the fields; the pairing page follows.
import { useEffect, useId, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { earliestHireStart, hireStartIsPast } from '../../../../shared/dateRules';
import { daysBetween, quebecToday } from '../../../../shared/dates';
import { ErrorAlert } from '../../components/Alert';
import { FormDate, FormNumber } from '../../components/form/FormFields';
import { showServerError, useSharedForm } from '../../lib/forms';
import { useLocaleFormat } from '../../lib/useLocaleFormat';
import { type CurrentPhase, describeMoneyError, rulesParams } from '../money/moneyText';
import { HirePreview } from './HirePreview';
import {
  type HireDefaults,
  type HireValues,
  hireFormSchema,
  hireInitialValues,
  hireRuleProblems,
} from './hireTerms';
import { PastStartConfirmation } from './PastStartConfirmation';
import { useConfirmHire } from './useConfirmHire';

export function HireForm(props: {
  proposalId: number;
  name: string;
  defaults: HireDefaults;
  phase: CurrentPhase;
  onCancel: () => void;
}) {
  const { t } = useTranslation();
  const fmt = useLocaleFormat();
  const titleId = useId();
  const formRef = useRef<HTMLFormElement>(null);
  const { form, summary, setSummary } = useSharedForm(
    hireFormSchema,
    hireInitialValues(props.defaults, quebecToday(new Date()), fmt.locale),
  );
  // The form opens in place: take keyboard and screen-reader users to its first field.
  useEffect(() => {
    formRef.current?.querySelector('input')?.focus();
  }, []);
  const hire = useConfirmHire((err) =>
    setSummary(showServerError(err, form, t, (e, tt) => describeMoneyError(e, tt, fmt)).message),
  );
  const values = form.watch() as HireValues;
  const problems = hireRuleProblems(props.phase, values, t, fmt);
  // A start date in the past (within the phase's window) is confirmed by the employer first.
  const today = quebecToday(new Date());
  const [pastConfirmed, setPastConfirmed] = useState<string | null>(null);
  const [pastError, setPastError] = useState<string | undefined>();
  const pastStart =
    /^\d{4}-\d{2}-\d{2}$/.test(values.startDate) &&
    hireStartIsPast(values.startDate, today) &&
    !problems.startDate;
  const confirmedPast = pastConfirmed === values.startDate;

  const submit = form.handleSubmit(
    (terms) => {
      // The phase's rules are the server's too: a hire that breaks one is not sent.
      const broken = Object.entries(hireRuleProblems(props.phase, values, t, fmt));
      if (broken.length > 0) {
        for (const [field, message] of broken) {
          form.setError(field as keyof HireValues, { type: 'rule', message });
        }
        return setSummary(t('form.errorSummary'));
      }
      if (pastStart && !confirmedPast) {
        setPastError(t('employer.hire.confirmPastStartRequired'));
        return setSummary(t('form.errorSummary'));
      }
      setSummary(null);
      hire.mutate({ proposalId: props.proposalId, ...terms });
    },
    () => setSummary(t('form.errorSummary')),
  );

  const rules = props.phase.rules;
  return (
    <form
      ref={formRef}
      onSubmit={submit}
      noValidate
      className="stack emp-hire"
      aria-labelledby={titleId}
    >
      <h4 id={titleId}>{t('employer.hire.title', { name: props.name })}</h4>
      {rules ? (
        <p className="emp-note">
          {t('employer.hire.rules', {
            number: props.phase.number,
            ...rulesParams(rules, fmt),
            start: fmt.date(props.phase.startDate),
            end: fmt.date(props.phase.endDate),
          })}
        </p>
      ) : null}
      <ErrorAlert>{summary}</ErrorAlert>
      <div className="emp-form-grid">
        <FormDate
          control={form.control}
          name="startDate"
          label={t('employer.hire.startDate')}
          written={fmt.date}
          rule={problems.startDate}
          min={rules ? earliestHireStart(props.phase, rules, today) : props.phase.startDate}
          max={props.phase.endDate}
          required
        />
        <FormNumber
          control={form.control}
          name="hourlyWageCents"
          kind="money"
          label={t('employer.hire.wage')}
          hint={t('employer.form.wageHint')}
          rule={problems.hourlyWageCents}
          required
        />
        <FormNumber
          control={form.control}
          name="hoursPerWeek"
          kind="integer"
          label={t('employer.hire.hoursPerWeek')}
          rule={problems.hoursPerWeek}
          required
        />
        <FormNumber
          control={form.control}
          name="plannedWeeks"
          kind="integer"
          label={t('employer.hire.plannedWeeks')}
          rule={problems.plannedWeeks}
          required
        />
      </div>
      {pastStart ? (
        <PastStartConfirmation
          checked={confirmedPast}
          onChange={(c) => {
            setPastConfirmed(c ? values.startDate : null);
            if (c) setPastError(undefined);
          }}
          label={t('employer.hire.confirmPastStart', {
            date: fmt.date(values.startDate),
            count: daysBetween(values.startDate, today),
          })}
          error={pastError}
        />
      ) : null}
      <HirePreview phase={props.phase} values={values} problems={problems} />
      <div className="emp-actions">
        <button type="submit" className="button button--primary" disabled={hire.isPending}>
          {t('employer.hire.confirm')}
          <span className="visually-hidden"> — {props.name}</span>
        </button>
        <button type="button" className="button" onClick={props.onCancel}>
          {t('employer.proposal.cancel')}
        </button>
      </div>
      {hire.isPending ? (
        <p role="status" className="emp-note">
          {t('form.saving')}
        </p>
      ) : null}
    </form>
  );
}
