// What the claim being typed comes to: the amount (the server's once it has answered, else the
// shared calculator's), its formula, why the wage counted is lower, a cap by what remains, and the
// problems that would make the server refuse it.
import { useTranslation } from 'react-i18next';
import { quebecToday } from '../../../../shared/dates';
import { hoursToHundredths } from '../../../../shared/money/calculator';
import { useLocaleFormat } from '../../lib/useLocaleFormat';
import { formatRate, type PairingDetail } from '../money/moneyText';
import type { ClaimProblem, ClientPreview } from './claimCheck';

export function ClaimPreview(props: {
  pairing: PairingDetail;
  local: ClientPreview | null;
  server: { amountCents: number; remainingBeforeCents: number } | null;
  problems: readonly ClaimProblem[];
  periodEnd: string;
}) {
  const { pairing, local, problems } = props;
  const rules = pairing.phase.rules;
  const { t } = useTranslation();
  const fmt = useLocaleFormat();
  const computation = local?.computation;
  const amount = props.server?.amountCents ?? computation?.amountCents ?? 0;
  // The wage the amount pays for: the agreed one within the cap, or what was actually paid per
  // hour when that is lower (gross ÷ hours), shown to the cent.
  const capped = Math.min(pairing.hourlyWageCents, rules.hourlyWageCapCents);
  const paidPerHour =
    local && local.hours > 0 ? local.gross / (hoursToHundredths(local.hours) / 100) : capped;
  const countedWage = Math.min(capped, paidPerHour);
  return (
    <div className={`emp-preview${problems.length > 0 ? ' emp-preview--warn' : ''}`}>
      <div aria-live="polite" aria-atomic="true">
        {local && computation ? (
          <>
            <p className="emp-preview__line">
              {t('employer.claim.previewLabel')}{' '}
              <strong className="emp-preview__amount">{fmt.money(amount)}</strong>{' '}
              <span className="emp-preview__formula">
                {t('employer.claim.formula', {
                  rate: formatRate(rules.wageSubsidyRateBp, fmt.locale),
                  wage: fmt.money(Math.round(countedWage)),
                  hours: fmt.number(computation.countedHours),
                })}
              </span>
            </p>
            {Math.round(paidPerHour) < capped ? (
              <p className="emp-note">{t('employer.claim.paidRateNote')}</p>
            ) : pairing.hourlyWageCents > rules.hourlyWageCapCents ? (
              <p className="emp-note">
                {t('employer.hire.wageCapped', { cap: fmt.money(rules.hourlyWageCapCents) })}
              </p>
            ) : null}
            {props.periodEnd > quebecToday(new Date()) ? (
              <p className="emp-note">{t('employer.claim.periodNotOver')}</p>
            ) : null}
            {computation.cappedByRemaining ? (
              <p className="emp-note">
                {t('employer.claim.cappedByRemaining', {
                  amount: fmt.money(props.server?.remainingBeforeCents ?? local.remaining),
                })}
              </p>
            ) : null}
            {problems.length > 0 ? (
              <>
                <p className="emp-preview__warn-title">{t('employer.claim.refused')}</p>
                <ul className="emp-preview__problems">
                  {problems.map((p) => (
                    <li key={p.code}>{p.message}</li>
                  ))}
                </ul>
              </>
            ) : null}
          </>
        ) : (
          <p className="emp-preview__line">{t('employer.claim.previewIncomplete')}</p>
        )}
      </div>
    </div>
  );
}
