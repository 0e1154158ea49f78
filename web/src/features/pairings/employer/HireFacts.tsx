// The hire's terms as confirmed (start, wage, hours, weeks) and the phase's maxima.
import { useTranslation } from 'react-i18next';
import { Link } from 'wouter';
import { useLocaleFormat } from '../../../lib/useLocaleFormat';
import type { PairingDetail } from '../../money/moneyText';

export function HireFacts({ pairing }: { pairing: PairingDetail }) {
  const { t } = useTranslation();
  const fmt = useLocaleFormat();
  const s = pairing.summary;
  return (
    <dl className="facts">
      {s ? (
        <>
          <dt>{t('employer.pairing.job')}</dt>
          <dd>
            <Link href={`/postings/${pairing.postingId}`}>{s.postingTitle}</Link>
          </dd>
          <dt>{t('employer.pairing.organisation')}</dt>
          <dd>{s.organisationName}</dd>
        </>
      ) : null}
      <dt>{t('employer.pairing.phase')}</dt>
      <dd>
        {/* « Phase 10 » needs no « 10 — » before it; a named phase does. */}
        {pairing.phase.name.includes(String(pairing.phase.number))
          ? pairing.phase.name
          : t('employer.pairing.phaseValue', {
              number: pairing.phase.number,
              name: pairing.phase.name,
            })}
      </dd>
      <dt>{t('employer.pairing.start')}</dt>
      <dd>{fmt.date(pairing.startDate)}</dd>
      <dt>{t('employer.pairing.plannedEnd')}</dt>
      <dd>{fmt.date(pairing.plannedEndDate)}</dd>
      {pairing.endDate ? (
        <>
          <dt>{t(`employer.pairing.endedOn.${pairing.status}`)}</dt>
          <dd>
            {fmt.date(pairing.endDate)}
            {pairing.endReason ? ` — ${t(`employer.endReason.${pairing.endReason}`)}` : ''}
            {pairing.endComment ? ` (${pairing.endComment})` : ''}
          </dd>
        </>
      ) : null}
      <dt>{t('employer.detail.wage')}</dt>
      <dd>{t('employer.detail.wageValue', { amount: fmt.money(pairing.hourlyWageCents) })}</dd>
      <dt>{t('employer.detail.hours')}</dt>
      <dd>{t('employer.detail.hoursValue', { count: pairing.hoursPerWeek })}</dd>
      <dt>{t('employer.detail.duration')}</dt>
      <dd>{t('employer.detail.weeks', { count: pairing.plannedWeeks })}</dd>
      <dt>{t('employer.pairing.maxSubsidy')}</dt>
      <dd>{fmt.money(pairing.maxWageSubsidyCents)}</dd>
    </dl>
  );
}
