// The report's client groups section: people by client group, small counts withheld for privacy.
import { useTranslation } from 'react-i18next';
import { useLocaleFormat } from '../../../lib/useLocaleFormat';
import { BarChart } from '../charts';
import { ChartNote, CountTable, Section, type SectionProps, short } from '../sectionParts';

export function ClientGroupsSection({ report, print }: SectionProps) {
  const { t } = useTranslation();
  const fmt = useLocaleFormat();
  const { locale } = fmt;
  const visibleGroups = report.byClientGroup.filter(
    (g): g is { group: typeof g.group; people: number } => g.people !== null && g.people > 0,
  );
  return (
    <Section
      id="clientGroups"
      table="clientGroups"
      phaseId={report.phase.id}
      print={print}
      title={t('dashboard.clientGroups.title')}
      summary={t('dashboard.clientGroups.summary')}
    >
      <p className="field__hint">{t('dashboard.clientGroups.privacy')}</p>
      {visibleGroups.length > 0 ? (
        <BarChart
          print={print}
          locale={locale}
          horizontal
          description={t('dashboard.clientGroups.chart')}
          labels={visibleGroups.map((g) => short(t(`clientGroups.${g.group}`), 36))}
          series={[
            {
              label: t('dashboard.clientGroups.people'),
              data: visibleGroups.map((g) => g.people),
            },
          ]}
        />
      ) : null}
      <ChartNote />
      <CountTable
        print={print}
        caption={t('dashboard.clientGroups.title')}
        head={t('dashboard.clientGroups.group')}
        valueHead={t('dashboard.clientGroups.people')}
        rows={report.byClientGroup.map((g) => ({
          key: g.group,
          label: t(`clientGroups.${g.group}`),
          value: g.people === null ? t('dashboard.clientGroups.fewer') : fmt.number(g.people),
        }))}
      />
    </Section>
  );
}
