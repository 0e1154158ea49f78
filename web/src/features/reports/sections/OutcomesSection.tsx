// The report's outcomes section: completion and retention rates against the program's targets.
import { useTranslation } from 'react-i18next';
import { TableFrame } from '../../../components/TableFrame';
import { useLocaleFormat } from '../../../lib/useLocaleFormat';
import { BarChart } from '../charts';
import { ChartNote, Section, type SectionProps, usePercent } from '../sectionParts';

export function OutcomesSection({ report, print }: SectionProps) {
  const { t } = useTranslation();
  const fmt = useLocaleFormat();
  const pct = usePercent();
  const { locale } = fmt;
  const o = report.outcomes;
  return (
    <Section
      id="outcomes"
      table="outcomes"
      phaseId={report.phase.id}
      print={print}
      title={t('dashboard.outcomes.title')}
      summary={t('dashboard.outcomes.summary', {
        completed: t('dashboard.outcomes.completed', { count: o.completed }),
        endedEarly: t('dashboard.outcomes.endedEarly', { count: o.endedEarly }),
        employed: t('dashboard.outcomes.employed', { count: o.employed }),
        checked: t('dashboard.outcomes.checked', { count: o.retentionChecked }),
      })}
    >
      <BarChart
        print={print}
        locale={locale}
        percent
        description={t('dashboard.outcomes.chart', {
          completion: pct(report.targets.completionBp),
          retention: pct(report.targets.retentionBp),
        })}
        labels={[t('dashboard.key.completion'), t('dashboard.key.retention')]}
        series={[
          {
            label: t('dashboard.outcomes.rateSeries'),
            data: [(o.completionRateBp ?? 0) / 10_000, (o.retentionRateBp ?? 0) / 10_000],
          },
          {
            label: t('dashboard.outcomes.targetSeries'),
            data: [report.targets.completionBp / 10_000, report.targets.retentionBp / 10_000],
          },
        ]}
      />
      <ChartNote />
      <TableFrame>
        <table className="dash-table">
          <caption>{t('dashboard.outcomes.title')}</caption>
          <thead>
            <tr>
              <th scope="col">{t('dashboard.outcomes.measure')}</th>
              <th scope="col" className="dash-num">
                {t('dashboard.outcomes.count')}
              </th>
              <th scope="col" className="dash-num">
                {t('dashboard.outcomes.rate')}
              </th>
              <th scope="col" className="dash-num">
                {t('dashboard.outcomes.target')}
              </th>
            </tr>
          </thead>
          <tbody>
            <tr>
              <th scope="row">{t('dashboard.outcomes.completion')}</th>
              <td className="dash-num">{fmt.number(o.completed)}</td>
              <td className="dash-num">
                {o.completionRateBp === null
                  ? t('dashboard.outcomes.notYet')
                  : pct(o.completionRateBp)}
              </td>
              <td className="dash-num">{pct(report.targets.completionBp)}</td>
            </tr>
            <tr>
              <th scope="row">{t('dashboard.outcomes.retention')}</th>
              <td className="dash-num">{fmt.number(o.employed)}</td>
              <td className="dash-num">
                {o.retentionRateBp === null
                  ? t('dashboard.outcomes.notYet')
                  : pct(o.retentionRateBp)}
              </td>
              <td className="dash-num">{pct(report.targets.retentionBp)}</td>
            </tr>
            <tr>
              <th scope="row">{t('dashboard.outcomes.active')}</th>
              <td className="dash-num">{fmt.number(o.active)}</td>
              <td className="dash-num">—</td>
              <td className="dash-num">—</td>
            </tr>
            <tr>
              <th scope="row">{t('dashboard.outcomes.pending')}</th>
              <td className="dash-num">{fmt.number(o.retentionUpcoming)}</td>
              <td className="dash-num">—</td>
              <td className="dash-num">—</td>
            </tr>
            <tr>
              <th scope="row">{t('dashboard.outcomes.overdue')}</th>
              <td className="dash-num">{fmt.number(o.retentionOverdue)}</td>
              <td className="dash-num">—</td>
              <td className="dash-num">—</td>
            </tr>
          </tbody>
        </table>
      </TableFrame>
      <p className="field__hint">{t('dashboard.outcomes.howCounted')}</p>
    </Section>
  );
}
