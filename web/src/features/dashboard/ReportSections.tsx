// The sections of the phase report, shared by the dashboard and its printable version: each a
// heading, a one-sentence summary, a chart with its text alternative, and the same numbers in a
// table (caption, header cells with scope), with a CSV download of that table on screen.
import type { inferRouterOutputs } from '@trpc/server';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import type { AppRouter } from '../../../../server/trpc/router';
import { nocBroadCategoryTitle } from '../../../../shared/reference/noc';
import type { ReportTable } from '../../../../shared/reports/schemas';
import { useLocaleFormat } from '../../lib/useLocaleFormat';
import { BarChart } from './charts';

export type PhaseReport = inferRouterOutputs<AppRouter>['reports']['phase'];

export function csvHref(phaseId: number, table: ReportTable, locale: string) {
  return `/exports/phases/${phaseId}/${table}.csv?locale=${locale}`;
}

export function xlsxHref(phaseId: number, locale: string) {
  return `/exports/phases/${phaseId}/report.xlsx?locale=${locale}`;
}

function usePercent() {
  const { locale } = useLocaleFormat();
  const f = new Intl.NumberFormat(locale, { style: 'percent', maximumFractionDigits: 1 });
  return (bp: number) => f.format(bp / 10_000);
}

const short = (s: string, n = 30) => (s.length > n ? `${s.slice(0, n - 1)}…` : s);

function Section(props: {
  id: string;
  title: string;
  summary: string;
  children: ReactNode;
  table?: ReportTable;
  phaseId: number;
  print: boolean;
}) {
  const { t } = useTranslation();
  const { locale } = useLocaleFormat();
  return (
    <section className="card dash-section" aria-labelledby={`dash-${props.id}`}>
      <h2 id={`dash-${props.id}`}>{props.title}</h2>
      <p>{props.summary}</p>
      {props.children}
      {props.table && !props.print ? (
        <p className="dash-csv no-print">
          <a href={csvHref(props.phaseId, props.table, locale)} download>
            {t('dashboard.downloadCsv')}
            <span className="visually-hidden"> — {props.title}</span>
          </a>
        </p>
      ) : null}
    </section>
  );
}

export function ReportSections({ report, print }: { report: PhaseReport; print: boolean }) {
  const { t } = useTranslation();
  const fmt = useLocaleFormat();
  const pct = usePercent();
  const { locale } = fmt;
  const phaseId = report.phase.id;
  const common = { phaseId, print };
  const o = report.outcomes;
  const note = <p className="visually-hidden">{t('dashboard.chartNote')}</p>;
  const max = (xs: number[]) => xs.reduce((a, b) => Math.max(a, b), 0);
  const topBy = <T,>(rows: T[], v: (r: T) => number) =>
    rows.reduce<T | undefined>(
      (best, r) => (best === undefined || v(r) > v(best) ? r : best),
      undefined,
    );
  const topRegion = topBy(report.regions, (r) => r.pairings);
  const topOcc = topBy(report.occupations, (r) => r.pairings);
  const occName = (c: string) => `${c} — ${nocBroadCategoryTitle(c, locale)}`;
  let running = 0;
  const cumulative = report.weeks.map((w) => {
    running += w.pairings;
    return running;
  });
  const visibleGroups = report.byClientGroup.filter(
    (g): g is { group: typeof g.group; people: number } => g.people !== null && g.people > 0,
  );
  const funds = ['wage', 'accompaniment'] as const;
  const moneyCols = ['envelope', 'committed', 'approved', 'paid', 'remaining'] as const;
  const money = (v: number | null) => (v === null ? t('dashboard.money.noEnvelope') : fmt.money(v));

  return (
    <>
      <Section
        id="organisations"
        table="organisations"
        {...common}
        title={t('dashboard.organisations.title')}
        summary={t('dashboard.organisations.summary', {
          count: report.totals.pairings,
          target: report.totals.pairingTarget,
          reached: report.organisations.filter(
            (x) => x.pairingTarget > 0 && x.pairings >= x.pairingTarget,
          ).length,
          total: report.organisations.length,
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
              locale={locale}
              horizontal
              description={t('dashboard.organisations.chart')}
              labels={report.organisations.map((x) => short(x.name))}
              series={[
                {
                  label: t('dashboard.organisations.pairings'),
                  data: report.organisations.map((x) => x.pairings),
                },
                {
                  label: t('dashboard.organisations.target'),
                  data: report.organisations.map((x) => x.pairingTarget),
                },
              ]}
            />
            {note}
            <div className="table-wrap">
              <table className="dash-table">
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
                  {report.organisations.map((x) => (
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
            </div>
          </>
        )}
      </Section>

      <Section
        id="outcomes"
        table="outcomes"
        {...common}
        title={t('dashboard.outcomes.title')}
        summary={t('dashboard.outcomes.summary', {
          completed: o.completed,
          endedEarly: o.endedEarly,
          employed: o.employed,
          checked: o.retentionChecked,
        })}
      >
        <BarChart
          locale={locale}
          percent
          description={t('dashboard.outcomes.chart')}
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
        {note}
        <div className="table-wrap">
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
        </div>
        <p className="field__hint">{t('dashboard.outcomes.howCounted')}</p>
      </Section>

      <Section
        id="weeks"
        table="weeks"
        {...common}
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
              locale={locale}
              description={t('dashboard.weeks.chart')}
              labels={report.weeks.map((w) => fmt.date(w.weekStart))}
              series={[
                { label: t('dashboard.weeks.pairings'), data: report.weeks.map((w) => w.pairings) },
              ]}
            />
            {note}
            <div className="table-wrap dash-scroll">
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
            </div>
          </>
        )}
      </Section>

      <Section
        id="regions"
        table="regions"
        {...common}
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
            {note}
            <CountTable
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

      <Section
        id="occupations"
        table="occupations"
        {...common}
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
            {note}
            <CountTable
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

      <Section
        id="clientGroups"
        table="clientGroups"
        {...common}
        title={t('dashboard.clientGroups.title')}
        summary={t('dashboard.clientGroups.summary')}
      >
        <p className="field__hint">{t('dashboard.clientGroups.privacy')}</p>
        {visibleGroups.length > 0 ? (
          <BarChart
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
        {note}
        <CountTable
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

      <Section
        id="money"
        table="money"
        {...common}
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
          locale={locale}
          description={t('dashboard.money.chart')}
          labels={funds.map((f) => t(`dashboard.money.${f}`))}
          series={(['committed', 'approved', 'paid'] as const).map((k) => ({
            label: t(`dashboard.money.${k}`),
            data: funds.map((f) => report.money[f][k] / 100),
          }))}
        />
        {note}
        <div className="table-wrap">
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
        </div>
        {report.scope.organisationId === null && report.organisations.length > 0 ? (
          <>
            <h3>{t('dashboard.money.byOrganisation')}</h3>
            <div className="table-wrap">
              <table className="dash-table">
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
                  {report.organisations.map((x) => (
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
            </div>
          </>
        ) : null}
      </Section>
    </>
  );
}

function CountTable(props: {
  caption: string;
  head: string;
  valueHead: string;
  rows: { key: string; label: string; value: string }[];
}) {
  return (
    <div className="table-wrap">
      <table className="dash-table">
        <caption>{props.caption}</caption>
        <thead>
          <tr>
            <th scope="col">{props.head}</th>
            <th scope="col" className="dash-num">
              {props.valueHead}
            </th>
          </tr>
        </thead>
        <tbody>
          {props.rows.map((r) => (
            <tr key={r.key}>
              <th scope="row">{r.label}</th>
              <td className="dash-num">{r.value}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
