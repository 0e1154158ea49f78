// The report's key figures at a glance: pairings against target, the two outcome rates against
// the program's targets, and the subsidies paid.
import { useTranslation } from 'react-i18next';
import { useLocaleFormat } from '../../lib/useLocaleFormat';
import type { PhaseReport } from './ReportSections';

export function KeyFigures({ report }: { report: PhaseReport }) {
  const { t } = useTranslation();
  const fmt = useLocaleFormat();
  const pct = new Intl.NumberFormat(fmt.locale, { style: 'percent', maximumFractionDigits: 1 });
  const rate = (bp: number | null, target: number) =>
    bp === null
      ? t('dashboard.key.notYet')
      : t('dashboard.key.rateValue', {
          rate: pct.format(bp / 10_000),
          target: pct.format(target / 10_000),
        });
  const m = report.money;
  const paid = m.wage.paid + m.accompaniment.paid;
  const envelope =
    m.wage.envelope === null || m.accompaniment.envelope === null
      ? null
      : m.wage.envelope + m.accompaniment.envelope;
  const items = [
    {
      label: t('dashboard.key.pairings'),
      value: t('dashboard.key.pairingsValue', {
        count: report.totals.pairings,
        target: report.totals.pairingTarget,
      }),
    },
    {
      label: t('dashboard.key.completion'),
      value: rate(report.outcomes.completionRateBp, report.targets.completionBp),
    },
    {
      label: t('dashboard.key.retention'),
      value: rate(report.outcomes.retentionRateBp, report.targets.retentionBp),
    },
    {
      label: t('dashboard.key.paid'),
      value:
        envelope === null
          ? fmt.money(paid)
          : t('dashboard.key.paidValue', { paid: fmt.money(paid), envelope: fmt.money(envelope) }),
    },
  ];
  return (
    <section aria-labelledby="dash-key" className="dash-key-section">
      <h2 id="dash-key" className="visually-hidden">
        {t('dashboard.key.title')}
      </h2>
      <dl className="dash-key">
        {items.map((i) => (
          <div key={i.label} className="dash-key__item">
            <dt>{i.label}</dt>
            <dd>{i.value}</dd>
          </div>
        ))}
      </dl>
    </section>
  );
}
