// The report's regions section: pairings by administrative region.
import { useTranslation } from 'react-i18next';
import { useLocaleFormat } from '../../../lib/useLocaleFormat';
import { BarChart } from '../charts';
import { ChartNote, CountTable, Section, type SectionProps, short, topBy } from '../sectionParts';

export function RegionsSection({ report, print }: SectionProps) {
  const { t } = useTranslation();
  const fmt = useLocaleFormat();
  const { locale } = fmt;
  const topRegion = topBy(report.regions, (r) => r.pairings);
  return (
    <Section
      id="regions"
      table="regions"
      phaseId={report.phase.id}
      print={print}
      title={t('dashboard.regions.title')}
      summary={
        topRegion
          ? t('dashboard.regions.summary', {
              count: report.regions.length,
              top: fmt.region(topRegion.regionCode),
            })
          : t('dashboard.regions.empty')
      }
    >
      {report.regions.length === 0 ? null : (
        <>
          <BarChart
            print={print}
            locale={locale}
            horizontal
            description={t('dashboard.regions.chart')}
            labels={report.regions.map((r) => short(fmt.region(r.regionCode)))}
            series={[
              {
                label: t('dashboard.regions.pairings'),
                data: report.regions.map((r) => r.pairings),
              },
            ]}
          />
          <ChartNote />
          <CountTable
            print={print}
            caption={t('dashboard.regions.title')}
            head={t('dashboard.regions.region')}
            valueHead={t('dashboard.regions.pairings')}
            rows={report.regions.map((r) => ({
              key: r.regionCode,
              label: fmt.region(r.regionCode),
              value: fmt.number(r.pairings),
            }))}
          />
        </>
      )}
    </Section>
  );
}
