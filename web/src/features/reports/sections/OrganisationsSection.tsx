// The report's organisations section: each organisation's pairings against its target.
import { useTranslation } from 'react-i18next';
import { TableFrame } from '../../../components/TableFrame';
import { useLocaleFormat } from '../../../lib/useLocaleFormat';
import { BarChart } from '../charts';
import {
  ChartNote,
  Section,
  type SectionProps,
  short,
  useFirstRows,
  usePercent,
} from '../sectionParts';

export function OrganisationsSection({ report, print }: SectionProps) {
  const { t } = useTranslation();
  const fmt = useLocaleFormat();
  const pct = usePercent();
  const { locale } = fmt;
  const table = useFirstRows(report.organisations, print, 'organisations');
  return (
    <Section
      id="organisations"
      table="organisations"
      phaseId={report.phase.id}
      print={print}
      title={t('dashboard.organisations.title')}
      summary={t('dashboard.organisations.summary', {
        count: report.totals.pairings,
        target: report.totals.pairingTarget,
        reached: t('dashboard.organisations.reached', {
          count: report.organisations.filter(
            (x) => x.pairingTarget > 0 && x.pairings >= x.pairingTarget,
          ).length,
          total: report.organisations.length,
        }),
      })}
    >
      {report.organisations.length === 0 ? (
        <p>
          {report.scope.organisationId === null
            ? t('dashboard.organisations.empty')
            : t('dashboard.organisations.notParticipating')}
        </p>
      ) : (
        <>
          <BarChart
            print={print}
            locale={locale}
            horizontal
            description={
              table.shown.length < report.organisations.length
                ? t('dashboard.organisations.chartFirst', { count: table.shown.length })
                : t('dashboard.organisations.chart')
            }
            labels={table.shown.map((x) => short(x.name))}
            series={[
              {
                label: t('dashboard.organisations.pairings'),
                data: table.shown.map((x) => x.pairings),
              },
              {
                label: t('dashboard.organisations.target'),
                data: table.shown.map((x) => x.pairingTarget),
              },
            ]}
          />
          <ChartNote />
          <TableFrame>
            <table className="dash-table" id={table.tableId}>
              <caption>{t('dashboard.organisations.title')}</caption>
              <thead>
                <tr>
                  <th scope="col">{t('dashboard.organisations.organisation')}</th>
                  <th scope="col" className="dash-num">
                    {t('dashboard.organisations.pairings')}
                  </th>
                  <th scope="col" className="dash-num">
                    {t('dashboard.organisations.target')}
                  </th>
                  <th scope="col" className="dash-num">
                    {t('dashboard.organisations.attainment')}
                  </th>
                  <th scope="col" className="dash-num">
                    {t('dashboard.organisations.active')}
                  </th>
                  <th scope="col" className="dash-num">
                    {t('dashboard.organisations.completed')}
                  </th>
                  <th scope="col" className="dash-num">
                    {t('dashboard.organisations.endedEarly')}
                  </th>
                </tr>
              </thead>
              <tbody>
                {table.shown.map((x) => (
                  <tr key={x.organisationId}>
                    <th scope="row">{x.name}</th>
                    <td className="dash-num">{fmt.number(x.pairings)}</td>
                    <td className="dash-num">{fmt.number(x.pairingTarget)}</td>
                    <td className="dash-num">
                      {x.pairingTarget > 0
                        ? pct(Math.round((x.pairings * 10_000) / x.pairingTarget))
                        : '—'}
                    </td>
                    <td className="dash-num">{fmt.number(x.active)}</td>
                    <td className="dash-num">{fmt.number(x.completed)}</td>
                    <td className="dash-num">{fmt.number(x.endedEarly)}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          </TableFrame>
          {table.toggle}
        </>
      )}
    </Section>
  );
}
