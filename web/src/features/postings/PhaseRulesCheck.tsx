// The open phase's subsidy rules beside the terms of a hiring need, checked as they are typed:
// « 10 h par semaine ne pourront jamais être subventionnées (au moins 30 h) » before the need is
// published, not at the hire. Warnings only: a need may be posted outside the program.
import { useQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { checkHireTerms } from '../../../../shared/money/calculator';
import { parseMoney, parseWholeNumber } from '../../lib/numberText';
import { useTRPC } from '../../lib/trpc';
import { useLocaleFormat } from '../../lib/useLocaleFormat';
import { rulesParams } from '../money/moneyText';

export type RuleWarnings = Partial<
  Record<'hourlyWageCents' | 'hoursPerWeek' | 'durationWeeks', string>
>;

/** The open phase (employers may ask) and what the typed terms break under its rules. */
export function usePhaseRuleWarnings(terms: {
  hourlyWageCents: string;
  hoursPerWeek: string;
  durationWeeks: string;
}) {
  const { t } = useTranslation();
  const fmt = useLocaleFormat();
  const trpc = useTRPC();
  const phase = useQuery(trpc.phases.current.queryOptions()).data ?? null;
  const warnings: RuleWarnings = {};
  const rules = phase?.rules;
  const hours = parseWholeNumber(terms.hoursPerWeek);
  const weeks = parseWholeNumber(terms.durationWeeks);
  if (rules && typeof hours === 'number' && typeof weeks === 'number' && hours > 0 && weeks > 0) {
    const wage = parseMoney(terms.hourlyWageCents);
    const wageTyped = typeof wage === 'number' && wage > 0;
    for (const b of checkHireTerms(rules, {
      // An empty wage is not a low one: it is checked once typed.
      hourlyWageCents: wageTyped ? wage : rules.minHourlyWageCents,
      hoursPerWeek: hours,
      weeks,
    })) {
      if (b.rule === 'minHourlyWage') {
        warnings.hourlyWageCents ??= t('employer.form.phaseRule.minHourlyWage', {
          limit: fmt.money(b.limit),
          actual: fmt.money(b.actual),
          number: phase.number,
        });
        continue;
      }
      const field = b.rule === 'minHoursPerWeek' ? 'hoursPerWeek' : 'durationWeeks';
      warnings[field] ??= t(`employer.form.phaseRule.${b.rule}`, {
        limit: fmt.number(b.limit),
        count: b.actual,
        number: phase.number,
      });
    }
  }
  return { phase, warnings };
}

/** The rules in one sentence, and the warnings of the typed terms (announced politely). */
export function PhaseRulesCheck(props: {
  phase: ReturnType<typeof usePhaseRuleWarnings>['phase'];
  warnings: RuleWarnings;
}) {
  const { t } = useTranslation();
  const fmt = useLocaleFormat();
  const rules = props.phase?.rules;
  if (!props.phase || !rules) return null;
  const list = Object.values(props.warnings);
  return (
    <div className={`emp-preview${list.length > 0 ? ' emp-preview--warn' : ''}`}>
      <p className="emp-note">
        {t('employer.form.phaseRules', { number: props.phase.number, ...rulesParams(rules, fmt) })}
      </p>
      <div aria-live="polite">
        {list.length > 0 ? (
          <ul className="emp-preview__problems">
            {list.map((w) => (
              <li key={w}>{w}</li>
            ))}
          </ul>
        ) : null}
      </div>
    </div>
  );
}
