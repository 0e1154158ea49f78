// What the rules being typed come to: the maximum wage subsidy per pairing, its formula, the
// accompaniment's tranches in dollars, and how many pairings the envelope covers at most.
import { useTranslation } from 'react-i18next';
import { parseMoney } from '../../lib/numberText';
import { useLocaleFormat } from '../../lib/useLocaleFormat';
import type { RulesValues } from './phaseForm';
import { previewRules } from './rulesPreview';

export function RulesPreviewBox({
  rules,
  wageEnvelope,
}: {
  rules: RulesValues;
  wageEnvelope: string;
}) {
  const { t } = useTranslation();
  const fmt = useLocaleFormat();
  const preview = previewRules(rules);
  const envelope = parseMoney(wageEnvelope);
  return (
    <div className="coord-preview" aria-live="polite" aria-atomic="true">
      <h3 className="coord-preview__title">{t('coordinator.form.previewTitle')}</h3>
      {preview ? (
        <>
          <p className="coord-preview__max">
            {t('coordinator.form.maxPerPairing', { amount: fmt.money(preview.maxPerPairingCents) })}
          </p>
          <p className="coord-muted">
            {t('coordinator.form.formula', {
              rate: fmt.percent(preview.rateBp),
              cap: fmt.money(preview.capCents),
              hours: preview.maxHours,
              weeks: preview.maxWeeks,
            })}
          </p>
          {preview.tranches ? (
            <ul className="coord-preview__tranches">
              {preview.tranches.map((tr) => (
                <li key={tr.milestone}>
                  {t('coordinator.form.trancheLine', {
                    amount: fmt.money(tr.amountCents),
                    milestone: t(`coordinator.milestone.${tr.milestone}`),
                  })}
                </li>
              ))}
            </ul>
          ) : null}
          {typeof envelope === 'number' && envelope > 0 && preview.maxPerPairingCents > 0 ? (
            <p>
              {t('coordinator.form.coverage', {
                count: Math.floor(envelope / preview.maxPerPairingCents),
                max: fmt.money(preview.maxPerPairingCents),
              })}
            </p>
          ) : null}
        </>
      ) : (
        <p>{t('coordinator.form.previewIncomplete')}</p>
      )}
    </div>
  );
}
