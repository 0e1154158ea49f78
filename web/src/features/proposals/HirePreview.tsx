// The live preview of a hire: the maximum wage subsidy with its formula, what the phase's caps
// count, and the rules the terms break.
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { maxWageSubsidyCents } from '../../../../shared/money/calculator';
import { useLocaleFormat } from '../../lib/useLocaleFormat';
import { type CurrentPhase, formatRate } from '../money/moneyText';
import { type HireValues, readTerms } from './hireTerms';

/** The live preview: the maximum wage subsidy with its formula, and the rules broken. */
export function HirePreview(props: {
  phase: CurrentPhase;
  values: HireValues;
  problems: Partial<Record<keyof HireValues, string>>;
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
