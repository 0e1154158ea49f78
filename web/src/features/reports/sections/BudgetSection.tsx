// The report's budget section: each fund's envelope, committed, approved, paid and remaining,
// and (for the whole phase) the same by organisation.
import { useTranslation } from 'react-i18next';
import { TableFrame } from '../../../components/TableFrame';
import { useLocaleFormat } from '../../../lib/useLocaleFormat';
import { BarChart } from '../charts';
import { ChartNote, Section, type SectionProps, useFirstRows } from '../sectionParts';

const funds = ['wage', 'accompaniment'] as const;
const moneyCols = ['envelope', 'committed', 'approved', 'paid', 'remaining'] as const;

export function BudgetSection({ report, print }: SectionProps) {
  const { t } = useTranslation();
  const fmt = useLocaleFormat();
  const { locale } = fmt;
  const money = (v: number | null) => (v === null ? t('dashboard.money.noEnvelope') : fmt.money(v));
  const byOrganisation = useFirstRows(report.organisations, print, 'organisations');
  return (
    <Section
      id="money"
      table="money"
      phaseId={report.phase.id}
      print={print}
      wide={report.scope.organisationId === null}
      title={
        report.scope.organisationId === null
          ? t('dashboard.money.title')
          : t('dashboard.money.titleOrganisation')
      }
      summary={funds
        .map((f) => {
          const m = report.money[f];
          const fund = t(`dashboard.money.${f}`);
          return m.envelope === null
            ? t('dashboard.money.fundPaidNoEnvelope', { fund, paid: fmt.money(m.paid) })
            : t('dashboard.money.fundPaid', {
                fund,
                paid: fmt.money(m.paid),
                envelope: fmt.money(m.envelope),
              });
        })
        .join(' ')}
    >
      <BarChart
        print={print}
        locale={locale}
        description={t('dashboard.money.chart')}
        labels={funds.map((f) => t(`dashboard.money.${f}`))}
        series={(['committed', 'approved', 'paid'] as const).map((k) => ({
          label: t(`dashboard.money.${k}`),
          data: funds.map((f) => report.money[f][k] / 100),
        }))}
      />
      <ChartNote />
      <TableFrame>
        <table className="dash-table">
          <caption>{t('dashboard.money.title')}</caption>
          <thead>
            <tr>
              <th scope="col">{t('dashboard.money.fund')}</th>
              {moneyCols.map((c) => (
                <th key={c} scope="col" className="dash-num">
                  {t(`dashboard.money.${c}`)}
                </th>
              ))}
            </tr>
          </thead>
          <tbody>
            {funds.map((f) => (
              <tr key={f}>
                <th scope="row">{t(`dashboard.money.${f}`)}</th>
                {moneyCols.map((c) => (
                  <td key={c} className="dash-num">
                    {money(report.money[f][c])}
                  </td>
                ))}
              </tr>
            ))}
          </tbody>
        </table>
      </TableFrame>
      {report.scope.organisationId === null && report.organisations.length > 0 ? (
        <>
          <h3>{t('dashboard.money.byOrganisation')}</h3>
          <TableFrame>
            <table className="dash-table" id={byOrganisation.tableId}>
              <caption className="visually-hidden">{t('dashboard.money.byOrganisation')}</caption>
              <thead>
                <tr>
                  <th scope="col">{t('dashboard.organisations.organisation')}</th>
                  {funds.flatMap((f) =>
                    (['committed', 'approved', 'paid'] as const).map((k) => (
                      <th key={`${f}-${k}`} scope="col" className="dash-num">
                        {t(`dashboard.money.${f}Short`)} — {t(`dashboard.money.${k}`)}
                      </th>
                    )),
                  )}
                </tr>
              </thead>
              <tbody>
                {byOrganisation.shown.map((x) => (
                  <tr key={x.organisationId}>
                    <th scope="row">{x.name}</th>
                    {funds.flatMap((f) =>
                      (['committed', 'approved', 'paid'] as const).map((k) => (
                        <td key={`${f}-${k}`} className="dash-num">
                          {fmt.money(x.budget[f][k])}
                        </td>
                      )),
                    )}
                  </tr>
                ))}
              </tbody>
            </table>
          </TableFrame>
          {byOrganisation.toggle}
        </>
      ) : null}
    </Section>
  );
}
