// The phase form's subsidy rules: the wage rules, the accompaniment's amount and its shares per
// milestone (with their total as typed), and what they come to, computed as they are typed.
import type { TFunction } from 'i18next';
import { useId } from 'react';
import { type Control, type FieldErrors, useWatch } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import { FULL_SHARE_BP, milestones } from '../../../../shared/money/rules';
import type { PhaseFields } from '../../../../shared/phases/schemas';
import { FormNumber } from '../../components/form/FormFields';
import { errorAt } from '../../lib/forms';
import { bpToInput } from '../../lib/numberText';
import { useLocaleFormat } from '../../lib/useLocaleFormat';
import type { PhaseFormValues } from './phaseForm';
import { RulesPreviewBox } from './RulesPreviewBox';
import { shareTotalBp } from './rulesPreview';

type PhaseControl = Control<PhaseFormValues, unknown, PhaseFields>;
type RuleName = Exclude<keyof PhaseFormValues['rules'], 'shares'>;

/** The wage rules, in the order of the brief: rate, cap, hours, weeks, claims, minimum wage. */
function wageRules(t: TFunction) {
  return [
    ['wageSubsidyRateBp', 'percent', t('coordinator.form.rate'), t('coordinator.form.rateHint')],
    ['hourlyWageCapCents', 'money', t('coordinator.form.cap'), t('coordinator.form.capHint')],
    ['minHoursPerWeek', 'integer', t('coordinator.form.minHours'), undefined],
    ['maxHoursPerWeekCounted', 'integer', t('coordinator.form.maxHours'), undefined],
    ['minWeeks', 'integer', t('coordinator.form.minWeeks'), undefined],
    ['maxWeeks', 'integer', t('coordinator.form.maxWeeks'), undefined],
    ['claimPeriodWeeks', 'integer', t('coordinator.form.claimPeriodWeeks'), undefined],
    ['claimDeadlineDays', 'integer', t('coordinator.form.claimDeadlineDays'), undefined],
    [
      'minHourlyWageCents',
      'money',
      t('coordinator.form.minWage'),
      t('coordinator.form.minWageHint'),
    ],
    [
      'pastStartWindowDays',
      'integer',
      t('coordinator.form.pastStartWindowDays'),
      t('coordinator.form.pastStartWindowDaysHint'),
    ],
  ] as const satisfies readonly (readonly [
    RuleName,
    'percent' | 'money' | 'integer',
    string,
    string | undefined,
  ])[];
}

function SharesFieldset({ control, errors }: { control: PhaseControl; errors: FieldErrors }) {
  const { t } = useTranslation();
  const id = useId();
  const fmt = useLocaleFormat();
  const shares = useWatch({ control, name: 'rules.shares' });
  const groupError: string | undefined = errorAt(errors, 'rules.accompanimentTranches');
  const total = shareTotalBp(shares);
  return (
    <fieldset
      className={`fieldset coord-shares${groupError ? ' field--invalid' : ''}`}
      aria-describedby={`${id}-hint${groupError ? ` ${id}-error` : ''}`}
    >
      <legend>{t('coordinator.form.shares')}</legend>
      <p className="field__hint" id={`${id}-hint`}>
        {t('coordinator.form.sharesHint')}
      </p>
      <div className="coord-shares__grid">
        {milestones.map((m) => (
          <FormNumber
            key={m}
            control={control}
            name={`rules.shares.${m}`}
            kind="percent"
            label={t(`coordinator.milestoneName.${m}`)}
          />
        ))}
      </div>
      <p className={total !== null && total !== FULL_SHARE_BP ? 'coord-over' : 'coord-muted'}>
        {total === null
          ? null
          : t('coordinator.form.shareTotal', { total: bpToInput(total, fmt.locale) })}
      </p>
      {groupError ? (
        <p className="field__error" id={`${id}-error`}>
          {groupError}
        </p>
      ) : null}
    </fieldset>
  );
}

export function PhaseRulesSection({
  control,
  errors,
}: {
  control: PhaseControl;
  errors: FieldErrors<PhaseFormValues>;
}) {
  const { t } = useTranslation();
  const rules = useWatch({ control, name: 'rules' });
  const wageEnvelope = useWatch({ control, name: 'wageEnvelopeCents' });
  const rulesError = errorAt(errors, 'rules') ?? errorAt(errors, 'rules.root');
  return (
    <section className="card stack" aria-labelledby="phase-rules">
      <h2 id="phase-rules">{t('coordinator.form.rulesSection')}</h2>
      {rulesError ? <p className="field__error">{rulesError}</p> : null}
      <h3 className="coord-subtitle">{t('coordinator.form.wageRules')}</h3>
      <div className="coord-form-grid">
        {wageRules(t).map(([name, kind, label, hint]) => (
          <FormNumber
            key={name}
            control={control}
            name={`rules.${name}`}
            kind={kind}
            label={label}
            hint={hint}
            required
          />
        ))}
      </div>
      <h3 className="coord-subtitle">{t('coordinator.form.accompanimentRules')}</h3>
      <div className="coord-form-grid">
        <FormNumber
          control={control}
          name="rules.accompanimentAmountCents"
          kind="money"
          label={t('coordinator.form.accompanimentAmount')}
          hint={t('coordinator.form.accompanimentAmountHint')}
          required
        />
      </div>
      <SharesFieldset control={control} errors={errors} />
      <RulesPreviewBox rules={rules} wageEnvelope={wageEnvelope} />
    </section>
  );
}
