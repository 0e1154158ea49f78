// The report's occupations section: pairings by broad occupational category (NOC).
import { useTranslation } from 'react-i18next';
import { nocBroadCategoryTitle } from '../../../../../shared/reference/noc';
import { useLocaleFormat } from '../../../lib/useLocaleFormat';
import { BarChart } from '../charts';
import { ChartNote, CountTable, Section, type SectionProps, short, topBy } from '../sectionParts';

export function OccupationsSection({ report, print }: SectionProps) {
  const { t } = useTranslation();
  const fmt = useLocaleFormat();
  const { locale } = fmt;
  const topOcc = topBy(report.occupations, (r) => r.pairings);
  const occName = (c: string) => `${c} — ${nocBroadCategoryTitle(c, locale)}`;
  return (
    <Section
      id="occupations"
      table="occupations"
      phaseId={report.phase.id}
      print={print}
      title={t('dashboard.occupations.title')}
      summary={
        topOcc
          ? t('dashboard.occupations.summary', { top: occName(topOcc.category) })
          : t('dashboard.occupations.empty')
      }
    >
      {report.occupations.length === 0 ? null : (
        <>
          <BarChart
            print={print}
            locale={locale}
            horizontal
            description={t('dashboard.occupations.chart')}
            labels={report.occupations.map((r) => short(occName(r.category), 36))}
            series={[
              {
                label: t('dashboard.occupations.pairings'),
                data: report.occupations.map((r) => r.pairings),
              },
            ]}
          />
          <ChartNote />
          <CountTable
            print={print}
            caption={t('dashboard.occupations.title')}
            head={t('dashboard.occupations.category')}
            valueHead={t('dashboard.occupations.pairings')}
            rows={report.occupations.map((r) => ({
              key: r.category,
              label: occName(r.category),
              value: fmt.number(r.pairings),
            }))}
          />
        </>
      )}
    </Section>
  );
}
