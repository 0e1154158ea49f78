// The pieces shared by the phase report's sections: the report's type, the download links, the
// number helpers, the section frame (heading, summary, CSV link), the chart note and the
// two-column count table, and the first rows of a long table.
import type { inferRouterOutputs } from '@trpc/server';
import { type ReactNode, useId, useState } from 'react';
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

/** A table longer than this shows its first rows on screen, and a button shows the rest. */
const LONG_TABLE = 25;
const FIRST_ROWS = 20;

/**
 * The rows of a table (and of its chart) to draw: on screen, a long table (a phase of 100
 * organisations) shows its first 20 rows and a button that shows them all (or the first 20
 * again); the printable report, the CSV and the Excel file always have every row.
 */
export function useFirstRows<T>(
  rows: T[],
  print: boolean,
  what: 'rows' | 'organisations' = 'rows',
) {
  const { t } = useTranslation();
  const tableId = useId();
  const [expanded, setExpanded] = useState(false);
  const long = !print && rows.length > LONG_TABLE;
  const shown = long && !expanded ? rows.slice(0, FIRST_ROWS) : rows;
  const toggle = long ? (
    <p className="dash-more no-print">
      <button
        type="button"
        className="button button--small"
        aria-expanded={expanded}
        aria-controls={tableId}
        onClick={() => setExpanded((x) => !x)}
      >
        {expanded
          ? t(`dashboard.first.${what}`, { count: FIRST_ROWS })
          : t(`dashboard.all.${what}`, { count: rows.length })}
      </button>
    </p>
  ) : null;
  return { tableId, shown, toggle };
}

export function CountTable(props: {
  caption: string;
  head: string;
  valueHead: string;
  rows: { key: string; label: string; value: string }[];
  print: boolean;
}) {
  const { tableId, shown, toggle } = useFirstRows(props.rows, props.print);
  return (
    <>
      <TableFrame>
        <table className="dash-table" id={tableId}>
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
            {shown.map((r) => (
              <tr key={r.key}>
                <th scope="row">{r.label}</th>
                <td className="dash-num">{r.value}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </TableFrame>
      {toggle}
    </>
  );
}
