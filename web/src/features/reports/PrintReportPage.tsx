// The printable phase report (« reddition de comptes »): a header with the phase, the scope and
// the date, then every section; the print stylesheet hides the navigation and starts each
// section on a new page.
import { useTranslation } from 'react-i18next';
import { Link } from 'wouter';
import { ErrorAlert } from '../../components/Alert';
import { LoadingStatus } from '../../components/PageStates';
import { PageTitle } from '../../components/PageTitle';
import { describeError } from '../../lib/errors';
import { useLocaleFormat } from '../../lib/useLocaleFormat';
import { KeyFigures } from './KeyFigures';
import { ReportSections } from './ReportSections';
import { usePhaseReport } from './usePhaseReport';
import './dashboard.css';

export function PrintReportPage() {
  const { t } = useTranslation();
  const fmt = useLocaleFormat();
  const { phases, chosen, report, reportError } = usePhaseReport();
  const r = report.data;
  const error = phases.error ?? reportError;
  return (
    <div className="dash-print">
      <p className="no-print dash-print__tools">
        <button type="button" className="button button--primary" onClick={() => window.print()}>
          {t('dashboard.print.print')}
        </button>{' '}
        <Link href={chosen ? `/dashboard?phase=${chosen.number}` : '/dashboard'}>
          {t('dashboard.print.back')}
        </Link>
      </p>
      <ErrorAlert>{error ? describeError(error, t).message : null}</ErrorAlert>
      {phases.isPending || (chosen && report.isPending) ? <LoadingStatus /> : null}
      {r ? (
        <>
          <header className="dash-print__header">
            <PageTitle>{t('dashboard.print.title', { number: r.phase.number })}</PageTitle>
            <p>
              <strong>{r.phase.name}</strong> —{' '}
              {t('dashboard.period', {
                start: fmt.date(r.phase.startDate),
                end: fmt.date(r.phase.endDate),
              })}
            </p>
            <p>
              {t('dashboard.print.scope', {
                scope: r.scope.organisationName ?? t('dashboard.print.wholePhase'),
              })}{' '}
              · {t('dashboard.print.produced', { date: fmt.date(r.generatedOn) })}
            </p>
          </header>
          <KeyFigures report={r} />
          <ReportSections report={r} print />
        </>
      ) : null}
    </div>
  );
}
