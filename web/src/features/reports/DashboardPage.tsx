// The phase dashboard: the coordinator sees the whole phase, an organisation's manager their
// organisation. A phase picker (the open phase by default), the key figures, one section per
// aggregate with chart and table, and the report's downloads (XLSX, CSV, printable page).
import { useDeferredValue } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useLocation } from 'wouter';
import { ErrorAlert } from '../../components/Alert';
import { SelectField } from '../../components/Field';
import { LoadingStatus } from '../../components/PageStates';
import { PageTitle } from '../../components/PageTitle';
import { describeError } from '../../lib/errors';
import type { Me } from '../../lib/session';
import { useLocaleFormat } from '../../lib/useLocaleFormat';
import { KeyFigures } from './KeyFigures';
import { csvHref, ReportSections, xlsxHref } from './ReportSections';
import { usePhaseReport } from './usePhaseReport';
import './dashboard.css';

export function DashboardPage({ me }: { me: Me }) {
  const { t } = useTranslation();
  const fmt = useLocaleFormat();
  const [, navigate] = useLocation();
  const { phases, list, chosen, report, reportError } = usePhaseReport();
  // The report's sections are many tables: React draws them in slices (a deferred render), so a
  // phone's main thread is not held for the whole report at once.
  const r = useDeferredValue(report.data);
  const orgName = r?.scope.organisationName;
  const error = phases.error ?? reportError;
  return (
    <>
      <PageTitle>
        {me.role === 'org_admin' && orgName
          ? t('dashboard.titleOrganisation', { name: orgName })
          : t('dashboard.title')}
      </PageTitle>
      <p className="dash-muted">
        {me.role === 'org_admin' ? t('dashboard.introOrganisation') : t('dashboard.intro')}
      </p>
      <ErrorAlert>{error ? describeError(error, t).message : null}</ErrorAlert>
      {phases.data && list.length === 0 ? <p>{t('dashboard.noPhase')}</p> : null}
      {/* The toolbar keeps its place and size from the first paint: no layout shift when the
          phases and the report arrive (the loading status and the report come after it). */}
      {phases.isPending || list.length > 0 ? (
        <div className="dash-toolbar">
          <div className="dash-toolbar__phase">
            <SelectField
              label={t('dashboard.phase')}
              value={chosen ? String(chosen.number) : ''}
              onChange={(v) => navigate(`/dashboard?phase=${v}`)}
            >
              {list.map((p) => (
                <option key={p.id} value={p.number}>
                  {t('dashboard.phaseOption', {
                    number: p.number,
                    status: t(`dashboard.phaseStatus.${p.status}`),
                  })}
                </option>
              ))}
            </SelectField>
          </div>
          <div className="dash-downloads" data-pending={chosen ? undefined : true}>
            <a
              className="button button--primary"
              href={chosen ? xlsxHref(chosen.id, fmt.locale) : undefined}
              download
            >
              {t('dashboard.downloadXlsx')}
            </a>
            <Link
              className="button"
              href={chosen ? `/dashboard/print?phase=${chosen.number}` : '/dashboard/print'}
            >
              {t('dashboard.printView')}
            </Link>
          </div>
        </div>
      ) : null}
      {phases.isPending || (chosen && report.isPending) || (report.data && !r) ? (
        <div className="dash-pending">
          <LoadingStatus />
        </div>
      ) : null}
      {r ? (
        <>
          <p className="dash-period">
            <strong>{r.phase.name}</strong>{' '}
            {t('dashboard.period', {
              start: fmt.date(r.phase.startDate),
              end: fmt.date(r.phase.endDate),
            })}
          </p>
          <p className="dash-more-downloads">
            {t('dashboard.listsCsv')}{' '}
            <a href={csvHref(r.phase.id, 'pairings', fmt.locale)} download>
              {t('dashboard.pairingsCsv')}
            </a>
            {' · '}
            <a href={csvHref(r.phase.id, 'disbursements', fmt.locale)} download>
              {t('dashboard.disbursementsCsv')}
            </a>
          </p>
          <KeyFigures report={r} />
          <ReportSections report={r} print={false} />
        </>
      ) : null}
    </>
  );
}
