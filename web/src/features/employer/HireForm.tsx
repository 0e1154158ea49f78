// Confirming a hire from a candidate card (BRIEF step 6). The terms are prefilled from the
// posting; the maximum wage subsidy under the open phase's rules and any rule the terms break are
// computed live with the shared calculator (the server uses the same one), so the employer sees
// the amount before confirming. The server re-checks everything, budget included, in one
// transaction and refuses with a precise message; the pairing page follows.
import { useMutation, useQueryClient } from '@tanstack/react-query';
import type { TFunction } from 'i18next';
import { type FormEvent, type ReactNode, useEffect, useId, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useLocation } from 'wouter';
import { hireStartBreaches } from '../../../../shared/dateRules';
import { quebecToday } from '../../../../shared/dates';
import type { Locale } from '../../../../shared/locale';
import {
  checkHireTerms,
  type HireRuleBreach,
  maxWageSubsidyCents,
} from '../../../../shared/money/calculator';
import { confirmHireInput } from '../../../../shared/pairings/schemas';
import { ErrorAlert } from '../../components/Alert';
import { TextField } from '../../components/Field';
import { describeBreach, type ShownError, validate } from '../../lib/errors';
import { useTRPC } from '../../lib/trpc';
import { useLocaleFormat } from '../../lib/useLocaleFormat';
import { navigateWithFlash } from './flash';
import { centsToInput, parseDollarsToCents, parseWholeNumber } from './input';
import {
  type CurrentPhase,
  describeMoneyError,
  type Fmt,
  formatRate,
  ISO_DATE_PATTERN,
  rulesParams,
} from './money';

/** The posting's terms, used as the hire's defaults. */
export interface HireDefaults {
  hourlyWageCents: number;
  hoursPerWeek: number;
  durationWeeks: number;
  startDate: string;
}

export interface HireValues {
  startDate: string;
  wage: string;
  hoursPerWeek: string;
  plannedWeeks: string;
}

type HireField = 'startDate' | 'hourlyWageCents' | 'hoursPerWeek' | 'plannedWeeks';

const MAX_WAGE_CENTS = 100_000;

/** The form's first values: the posting's terms, starting today when its start date is past. */
export function hireInitialValues(d: HireDefaults, today: string, locale: Locale): HireValues {
  return {
    startDate: d.startDate < today ? today : d.startDate,
    wage: centsToInput(d.hourlyWageCents, locale),
    hoursPerWeek: String(d.hoursPerWeek),
    plannedWeeks: String(d.durationWeeks),
  };
}

/** The typed terms as numbers; null/undefined when a field is not (yet) a valid number. */
function readTerms(v: HireValues) {
  const wage = v.wage.trim() === '' ? undefined : parseDollarsToCents(v.wage);
  return {
    hourlyWageCents: wage,
    hoursPerWeek: parseWholeNumber(v.hoursPerWeek),
    plannedWeeks: parseWholeNumber(v.plannedWeeks),
  };
}

const breachField: Record<HireRuleBreach['rule'], HireField> = {
  minHourlyWage: 'hourlyWageCents',
  minHoursPerWeek: 'hoursPerWeek',
  minWeeks: 'plannedWeeks',
  maxWeeks: 'plannedWeeks',
};

/**
 * What the terms break under the phase's rules, by field, in words: the calculator's breaches
 * and a start date outside the phase. Shown next to the fields as the employer types.
 */
export function hireRuleProblems(
  phase: CurrentPhase,
  v: HireValues,
  t: TFunction,
  fmt: Fmt,
): Partial<Record<HireField, string>> {
  const out: Partial<Record<HireField, string>> = {};
  const rules = phase.rules;
  if (!rules) return out;
  const terms = readTerms(v);
  if (
    typeof terms.hourlyWageCents === 'number' &&
    typeof terms.hoursPerWeek === 'number' &&
    typeof terms.plannedWeeks === 'number'
  ) {
    for (const b of checkHireTerms(rules, {
      hourlyWageCents: terms.hourlyWageCents,
      hoursPerWeek: terms.hoursPerWeek,
      weeks: terms.plannedWeeks,
    })) {
      const field = breachField[b.rule];
      out[field] ??= t(`errors.pairing.rule.${b.rule}`, {
        limit: fmt.number(b.limit),
        actual: fmt.number(b.actual),
        limitCents: fmt.money(b.limit),
        actualCents: fmt.money(b.actual),
      });
    }
  }
  if (ISO_DATE_PATTERN.test(v.startDate)) {
    // The server's rule (shared/dateRules.ts): within the phase, in the past only within its window.
    const [b] = hireStartBreaches(v.startDate, phase, rules, quebecToday(new Date()));
    if (b) out.startDate = describeBreach(b, t);
  }
  return out;
}

/** Format errors first (clear words for numbers typed as text), then the shared schema. */
function checkHire(proposalId: number, v: HireValues, t: TFunction) {
  const own: Partial<Record<HireField, string>> = {};
  const terms = readTerms(v);
  if (terms.hourlyWageCents === undefined) own.hourlyWageCents = t('validation.required');
  else if (terms.hourlyWageCents === null) own.hourlyWageCents = t('employer.form.wageFormat');
  else if (terms.hourlyWageCents < 1 || terms.hourlyWageCents > MAX_WAGE_CENTS)
    own.hourlyWageCents = t('employer.form.wageRange');
  for (const f of ['hoursPerWeek', 'plannedWeeks'] as const) {
    if (terms[f] === undefined) own[f] = t('validation.required');
    else if (terms[f] === null) own[f] = t('validation.integer');
  }
  const checked = validate(
    confirmHireInput,
    {
      proposalId,
      startDate: v.startDate,
      hourlyWageCents: terms.hourlyWageCents ?? undefined,
      hoursPerWeek: terms.hoursPerWeek ?? undefined,
      plannedWeeks: terms.plannedWeeks ?? undefined,
    },
    t,
  );
  return { checked, own };
}

/** The live preview: the maximum wage subsidy with its formula, and the rules broken. */
export function HirePreview(props: {
  phase: CurrentPhase;
  values: HireValues;
  problems: Partial<Record<HireField, string>>;
}) {
  const { t } = useTranslation();
  const fmt = useLocaleFormat();
  const rules = props.phase.rules;
  if (!rules) return null;
  const terms = readTerms(props.values);
  const ready =
    typeof terms.hourlyWageCents === 'number' &&
    terms.hourlyWageCents > 0 &&
    typeof terms.hoursPerWeek === 'number' &&
    terms.hoursPerWeek > 0 &&
    typeof terms.plannedWeeks === 'number' &&
    terms.plannedWeeks > 0;
  const problems = Object.values(props.problems);
  let body: ReactNode;
  if (!ready) {
    body = <p className="emp-preview__line">{t('employer.hire.previewIncomplete')}</p>;
  } else {
    const wage = terms.hourlyWageCents as number;
    const hours = terms.hoursPerWeek as number;
    const weeks = terms.plannedWeeks as number;
    const amount = maxWageSubsidyCents(rules, {
      hourlyWageCents: wage,
      hoursPerWeek: hours,
      weeks,
    });
    const countedWage = Math.min(wage, rules.hourlyWageCapCents);
    const countedHours = Math.min(hours, rules.maxHoursPerWeekCounted);
    const countedWeeks = Math.min(weeks, rules.maxWeeks);
    body = (
      <>
        <p className="emp-preview__line">
          {t('employer.hire.previewLabel')}{' '}
          <strong className="emp-preview__amount">{fmt.money(amount)}</strong>{' '}
          <span className="emp-preview__formula">
            {t('employer.hire.formula', {
              rate: formatRate(rules.wageSubsidyRateBp, fmt.locale),
              wage: fmt.money(countedWage),
              hours: fmt.number(countedHours),
              count: countedWeeks,
            })}
          </span>
        </p>
        {wage > rules.hourlyWageCapCents ? (
          <p className="emp-note">
            {t('employer.hire.wageCapped', { cap: fmt.money(rules.hourlyWageCapCents) })}
          </p>
        ) : null}
        {hours > rules.maxHoursPerWeekCounted ? (
          <p className="emp-note">
            {t('employer.hire.hoursCapped', { count: rules.maxHoursPerWeekCounted })}
          </p>
        ) : null}
      </>
    );
  }
  return (
    <div className={`emp-preview${problems.length > 0 ? ' emp-preview--warn' : ''}`}>
      <div aria-live="polite" aria-atomic="true">
        {body}
        {problems.length > 0 ? (
          <>
            <p className="emp-preview__warn-title">
              {t('employer.hire.breaksRules', { number: props.phase.number })}
            </p>
            <ul className="emp-preview__problems">
              {problems.map((p) => (
                <li key={p}>{p}</li>
              ))}
            </ul>
          </>
        ) : null}
      </div>
      <p className="emp-note">{t('employer.hire.previewNote')}</p>
    </div>
  );
}

export function HireForm(props: {
  proposalId: number;
  name: string;
  defaults: HireDefaults;
  phase: CurrentPhase;
  onCancel: () => void;
}) {
  const { t } = useTranslation();
  const fmt = useLocaleFormat();
  const trpc = useTRPC();
  const qc = useQueryClient();
  const [, navigate] = useLocation();
  const titleId = useId();
  const formRef = useRef<HTMLFormElement>(null);
  const [values, setValues] = useState<HireValues>(() =>
    hireInitialValues(props.defaults, quebecToday(new Date()), fmt.locale),
  );
  const [error, setError] = useState<ShownError | null>(null);
  // The form opens in place: take keyboard and screen-reader users to its first field.
  useEffect(() => {
    formRef.current?.querySelector('input')?.focus();
  }, []);
  useEffect(() => {
    if (error) formRef.current?.querySelector<HTMLElement>('[aria-invalid="true"]')?.focus();
  }, [error]);

  const hire = useMutation(
    trpc.pairings.confirmHire.mutationOptions({
      onSuccess: async (r) => {
        await Promise.all([
          qc.invalidateQueries({ queryKey: trpc.proposals.pathKey() }),
          qc.invalidateQueries({ queryKey: trpc.postings.pathKey() }),
          qc.invalidateQueries({ queryKey: trpc.pairings.pathKey() }),
          qc.invalidateQueries({ queryKey: trpc.home.employer.queryKey() }),
        ]);
        navigateWithFlash(navigate, `/pairings/${r.pairingId}`, 'hired');
      },
      onError: (err) => setError(describeMoneyError(err, t, fmt)),
    }),
  );

  const problems = hireRuleProblems(props.phase, values, t, fmt);
  const set = (key: keyof HireValues, field: HireField) => (v: string) => {
    setValues((old) => ({ ...old, [key]: v }));
    // A corrected field loses its old message; the rules are checked again as it is typed.
    if (error?.fields[field]) {
      const { [field]: _gone, ...rest } = error.fields;
      setError({ ...error, fields: rest });
    }
  };

  function submit(e: FormEvent) {
    e.preventDefault();
    const { checked, own } = checkHire(props.proposalId, values, t);
    const fields = { ...(checked.ok ? {} : checked.error.fields), ...problems, ...own };
    if (!checked.ok || Object.keys(fields).length > 0) {
      return setError({ message: t('form.errorSummary'), fields });
    }
    setError(null);
    hire.mutate(checked.data);
  }

  const f = { ...problems, ...(error?.fields ?? {}) };
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
      <ErrorAlert>{error?.message}</ErrorAlert>
      <div className="emp-form-grid">
        <TextField
          label={t('employer.hire.startDate')}
          hint={ISO_DATE_PATTERN.test(values.startDate) ? fmt.date(values.startDate) : undefined}
          type="date"
          value={values.startDate}
          onChange={set('startDate', 'startDate')}
          error={f.startDate}
          required
        />
        <TextField
          label={t('employer.hire.wage')}
          hint={t('employer.form.wageHint')}
          value={values.wage}
          onChange={set('wage', 'hourlyWageCents')}
          error={f.hourlyWageCents}
          inputMode="decimal"
          autoComplete="off"
          required
        />
        <TextField
          label={t('employer.hire.hoursPerWeek')}
          value={values.hoursPerWeek}
          onChange={set('hoursPerWeek', 'hoursPerWeek')}
          error={f.hoursPerWeek}
          inputMode="numeric"
          autoComplete="off"
          required
        />
        <TextField
          label={t('employer.hire.plannedWeeks')}
          value={values.plannedWeeks}
          onChange={set('plannedWeeks', 'plannedWeeks')}
          error={f.plannedWeeks}
          inputMode="numeric"
          autoComplete="off"
          required
        />
      </div>
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
