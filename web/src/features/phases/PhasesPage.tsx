// « Phases du projet »: every phase, newest first, with its status; « Nouvelle phase ».
import { useTranslation } from 'react-i18next';
import { Link } from 'wouter';
import { ListStatus } from '../../components/ListStatus';
import { PageTitle } from '../../components/PageTitle';
import { TableFrame } from '../../components/TableFrame';
import { usePhases } from '../../lib/phases';
import { useLocaleFormat } from '../../lib/useLocaleFormat';
import { PhaseStatusBadge } from './PhaseStatusBadge';

export function PhasesPage() {
  const { t } = useTranslation();
  const fmt = useLocaleFormat();
  const phases = usePhases();
  const rows = phases.data ?? [];
  return (
    <>
      <PageTitle>{t('coordinator.phases.title')}</PageTitle>
      <p className="coord-intro">{t('coordinator.phases.intro')}</p>
      <p>
        <Link href="/phases/new" className="button button--primary">
          {t('coordinator.phases.new')}
        </Link>
      </p>
      <ListStatus
        error={phases.error}
        pending={phases.isPending}
        count={t('coordinator.phases.count', { count: rows.length })}
      />
      {!phases.isPending && rows.length === 0 && !phases.error ? (
        <p className="card">{t('coordinator.phases.empty')}</p>
      ) : null}
      {rows.length > 0 ? (
        <TableFrame label={t('coordinator.phases.title')}>
          <table className="coord-table">
            <thead>
              <tr>
                <th scope="col">{t('coordinator.phases.number')}</th>
                <th scope="col">{t('coordinator.phases.name')}</th>
                <th scope="col">{t('coordinator.phases.period')}</th>
                <th scope="col">{t('coordinator.phases.status')}</th>
              </tr>
            </thead>
            <tbody>
              {rows.map((p) => (
                <tr key={p.id} className={p.status === 'open' ? 'coord-row--current' : undefined}>
                  <th scope="row">
                    <Link href={`/phases/${p.id}`}>
                      {t('coordinator.common.phaseLabel', { number: p.number })}
                    </Link>
                  </th>
                  <td>{p.name}</td>
                  <td>
                    {t('coordinator.common.period', {
                      start: fmt.date(p.startDate),
                      end: fmt.date(p.endDate),
                    })}
                  </td>
                  <td>
                    <PhaseStatusBadge status={p.status} />
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </TableFrame>
      ) : null}
    </>
  );
}
