// The report's weeks section: pairings started each week, with the running total.
import { useTranslation } from 'react-i18next';
import { TableFrame } from '../../../components/TableFrame';
import { useLocaleFormat } from '../../../lib/useLocaleFormat';
import { BarChart } from '../charts';
import { ChartNote, max, Section, type SectionProps } from '../sectionParts';

export function WeeksSection({ report, print }: SectionProps) {
  const { t } = useTranslation();
  const fmt = useLocaleFormat();
  const { locale } = fmt;
  let running = 0;
  const cumulative = report.weeks.map((w) => {
    running += w.pairings;
    return running;
  });
  return (
    <Section
      id="weeks"
      table="weeks"
      phaseId={report.phase.id}
      print={print}
      title={t('dashboard.weeks.title')}
      summary={
        report.weeks.length === 0
          ? t('dashboard.weeks.empty')
          : t('dashboard.weeks.summary', {
              first: fmt.date(report.weeks[0]?.weekStart ?? ''),
              last: fmt.date(report.weeks.at(-1)?.weekStart ?? ''),
              max: max(report.weeks.map((w) => w.pairings)),
            })
      }
    >
      {report.weeks.length === 0 ? null : (
        <>
          <BarChart
            print={print}
            locale={locale}
            description={t('dashboard.weeks.chart')}
            labels={report.weeks.map((w) => fmt.date(w.weekStart))}
            series={[
              { label: t('dashboard.weeks.pairings'), data: report.weeks.map((w) => w.pairings) },
            ]}
          />
          <ChartNote />
          <TableFrame className="dash-scroll">
            <table className="dash-table">
              <caption>{t('dashboard.weeks.title')}</caption>
              <thead>
                <tr>
                  <th scope="col">{t('dashboard.weeks.week')}</th>
                  <th scope="col" className="dash-num">
                    {t('dashboard.weeks.pairings')}
                  </th>
                  <th scope="col" className="dash-num">
                    {t('dashboard.weeks.cumulative')}
                  </th>
                </tr>
              </thead>
              <tbody>
                {report.weeks.map((w, i) => (
                  <tr key={w.weekStart}>
                    <th scope="row">{fmt.date(w.weekStart)}</th>
                    <td className="dash-num">{fmt.number(w.pairings)}</td>
                    <td className="dash-num">{fmt.number(cumulative[i] ?? 0)}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          </TableFrame>
        </>
      )}
    </Section>
  );
}
