// The terms of a hire as the employer types them: the form's schema (the procedure's, with money
// and numbers typed as text), the defaults taken from the posting, and what the terms break
// under the open phase's rules, by field, in words.
import type { TFunction } from 'i18next';
import { hireStartBreaches } from '../../../../shared/dateRules';
import { quebecToday } from '../../../../shared/dates';
import type { Locale } from '../../../../shared/locale';
import { checkHireTerms, type HireRuleBreach } from '../../../../shared/money/calculator';
import { confirmHireInput } from '../../../../shared/pairings/schemas';
import { describeBreach } from '../../lib/errors';
import { moneyText, wholeNumberText } from '../../lib/formSchemas';
import { centsToInput, parseMoney, parseWholeNumber } from '../../lib/numberText';
import type { LocaleFormat } from '../../lib/useLocaleFormat';
import type { CurrentPhase } from '../money/moneyText';

/** The posting's terms, used as the hire's defaults. */
export interface HireDefaults {
  hourlyWageCents: number;
  hoursPerWeek: number;
  durationWeeks: number;
  startDate: string;
}

/** confirmHireInput as typed: the same rules, money and numbers as text. */
export const hireFormSchema = confirmHireInput.omit({ proposalId: true }).extend({
  hourlyWageCents: moneyText(confirmHireInput.shape.hourlyWageCents),
  hoursPerWeek: wholeNumberText(confirmHireInput.shape.hoursPerWeek),
  plannedWeeks: wholeNumberText(confirmHireInput.shape.plannedWeeks),
});

export interface HireValues {
  startDate: string;
  hourlyWageCents: string;
  hoursPerWeek: string;
  plannedWeeks: string;
}

type HireField = keyof HireValues;

/** The form's first values: the posting's terms, starting today when its start date is past. */
export function hireInitialValues(d: HireDefaults, today: string, locale: Locale): HireValues {
  return {
    startDate: d.startDate < today ? today : d.startDate,
    hourlyWageCents: centsToInput(d.hourlyWageCents, locale),
    hoursPerWeek: String(d.hoursPerWeek),
    plannedWeeks: String(d.durationWeeks),
  };
}

/** The typed terms as numbers; null/undefined when a field is not (yet) a valid number. */
export function readTerms(v: HireValues) {
  return {
    hourlyWageCents: parseMoney(v.hourlyWageCents),
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
  fmt: LocaleFormat,
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
  if (/^\d{4}-\d{2}-\d{2}$/.test(v.startDate)) {
    // The server's rule (shared/dateRules.ts): within the phase, in the past only within its window.
    const [b] = hireStartBreaches(v.startDate, phase, rules, quebecToday(new Date()));
    if (b) out.startDate = describeBreach(b, t);
  }
  return out;
}
