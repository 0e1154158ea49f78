// A phase's subsidy rules in words (rate, cap, hours, weeks, accompaniment tranches).

import { useTranslation } from 'react-i18next';
import { maxWageSubsidyCents, trancheAmounts } from '../../../../shared/money/calculator';
import type { SubsidyRules } from '../../../../shared/money/rules';
import { bpToInput } from '../../lib/numberText';
import { useLocaleFormat } from '../../lib/useLocaleFormat';

export function percentText(bp: number, locale: 'fr-CA' | 'en-CA') {
  return `${bpToInput(bp, locale)}${locale === 'fr-CA' ? '\u00a0' : ''}%`;
}

export function RulesSummary({ rules }: { rules: SubsidyRules }) {
  const { t } = useTranslation();
  const fmt = useLocaleFormat();
  const max = maxWageSubsidyCents(rules, {
    hourlyWageCents: rules.hourlyWageCapCents,
    hoursPerWeek: rules.maxHoursPerWeekCounted,
    weeks: rules.maxWeeks,
  });
  const amounts = trancheAmounts(rules);
  return (
    <dl className="facts coord-rules">
      <dt>{t('coordinator.phase.rules.rate')}</dt>
      <dd>
        {t('coordinator.phase.rules.rateValue', {
          rate: percentText(rules.wageSubsidyRateBp, fmt.locale),
          cap: fmt.money(rules.hourlyWageCapCents),
        })}
      </dd>
      <dt>{t('coordinator.phase.rules.hours')}</dt>
      <dd>
        {t('coordinator.phase.rules.hoursValue', {
          min: rules.minHoursPerWeek,
          max: rules.maxHoursPerWeekCounted,
        })}
      </dd>
      <dt>{t('coordinator.phase.rules.weeks')}</dt>
      <dd>
        {t('coordinator.phase.rules.weeksValue', { min: rules.minWeeks, max: rules.maxWeeks })}
      </dd>
      <dt>{t('coordinator.phase.rules.max')}</dt>
      <dd className="coord-strong">{fmt.money(max)}</dd>
      <dt>{t('coordinator.phase.rules.accompaniment')}</dt>
      <dd>
        {t('coordinator.phase.rules.accompanimentValue', {
          amount: fmt.money(rules.accompanimentAmountCents),
        })}
        <ul className="coord-plain">
          {rules.accompanimentTranches.map((tr, i) => (
            <li key={tr.milestone}>
              {t('coordinator.phase.rules.trancheValue', {
                share: percentText(tr.shareBp, fmt.locale),
                milestone: t(`coordinator.milestone.${tr.milestone}`),
                amount: fmt.money(amounts[i]?.amountCents ?? 0),
              })}
            </li>
          ))}
        </ul>
      </dd>
      <dt>{t('coordinator.phase.rules.claims')}</dt>
      <dd>
        {t('coordinator.phase.rules.claimsValue', {
          count: rules.claimPeriodWeeks,
          days: rules.claimDeadlineDays,
        })}
      </dd>
    </dl>
  );
}
