// The pieces shared by the phase report's sections: the report's type, the download links, the
// number helpers, the section frame (heading, summary, CSV link), the chart note and the
// two-column count table.
import type { inferRouterOutputs } from '@trpc/server';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import type { AppRouter } from '../../../../server/trpc/router';
import type { ReportTable } from '../../../../shared/reports/schemas';
import { TableFrame } from '../../components/TableFrame';
import { useLocaleFormat } from '../../lib/useLocaleFormat';

export type PhaseReport = inferRouterOutputs<AppRouter>['reports']['phase'];

/** What every section receives: the report and whether it is the printable version. */
export type SectionProps = { report: PhaseReport; print: boolean };

export function csvHref(phaseId: number, table: ReportTable, locale: string) {
  return `/exports/phases/${phaseId}/${table}.csv?locale=${locale}`;
}

export function xlsxHref(phaseId: number, locale: string) {
  return `/exports/phases/${phaseId}/report.xlsx?locale=${locale}`;
}

export function usePercent() {
  const { locale } = useLocaleFormat();
  const f = new Intl.NumberFormat(locale, { style: 'percent', maximumFractionDigits: 1 });
  return (bp: number) => f.format(bp / 10_000);
}

export const short = (s: string, n = 30) => (s.length > n ? `${s.slice(0, n - 1)}…` : s);

export const max = (xs: number[]) => xs.reduce((a, b) => Math.max(a, b), 0);

export const topBy = <T,>(rows: T[], v: (r: T) => number) =>
  rows.reduce<T | undefined>(
    (best, r) => (best === undefined || v(r) > v(best) ? r : best),
    undefined,
  );

export function Section(props: {
  id: string;
  title: string;
  summary: string;
  children: ReactNode;
  table?: ReportTable;
  phaseId: number;
  print: boolean;
  /** Printed on a landscape page of its own (tables too wide for a portrait Letter page). */
  wide?: boolean;
}) {
  const { t } = useTranslation();
  const { locale } = useLocaleFormat();
  return (
    <section
      className={props.wide ? 'card dash-section dash-section--wide' : 'card dash-section'}
      aria-labelledby={`dash-${props.id}`}
    >
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

/** The note after each chart, for screen readers: the same numbers are in the table. */
export function ChartNote() {
  const { t } = useTranslation();
  return <p className="visually-hidden">{t('dashboard.chartNote')}</p>;
}

export function CountTable(props: {
  caption: string;
  head: string;
  valueHead: string;
  rows: { key: string; label: string; value: string }[];
}) {
  return (
    <TableFrame>
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
    </TableFrame>
  );
}
