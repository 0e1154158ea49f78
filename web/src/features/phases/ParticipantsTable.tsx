// Each participating organisation's pairings against its target and its budget figures.

import { useTranslation } from 'react-i18next';
import { TableFrame } from '../../components/TableFrame';
import type { RouterOutputs } from '../../lib/trpc';
import { useLocaleFormat } from '../../lib/useLocaleFormat';
import type { FundFigures } from '../money/FundFigures';

type PhaseDetail = RouterOutputs['phases']['get'];

/** An organisation's figures for one fund, in a table cell. */
export function FundCell({ figures }: { figures: FundFigures }) {
  const { t } = useTranslation();
  const fmt = useLocaleFormat();
  return (
    <dl className="coord-cell-figures">
      <dt>{t('coordinator.budget.committed')}</dt>
      <dd>{fmt.money(figures.committed)}</dd>
      <dt>{t('coordinator.budget.approved')}</dt>
      <dd>{fmt.money(figures.approved)}</dd>
      <dt>{t('coordinator.budget.paid')}</dt>
      <dd>{fmt.money(figures.paid)}</dd>
      {figures.envelope !== null ? (
        <>
          <dt>{t('coordinator.budget.allocation')}</dt>
          <dd>{fmt.money(figures.envelope)}</dd>
          <dt>{t('coordinator.budget.remaining')}</dt>
          <dd className={figures.remaining !== null && figures.remaining < 0 ? 'coord-over' : ''}>
            {fmt.money(figures.remaining ?? 0)}
          </dd>
        </>
      ) : null}
    </dl>
  );
}

export function ParticipantsTable({ phase }: { phase: PhaseDetail }) {
  const { t } = useTranslation();
  const fmt = useLocaleFormat();
  if (phase.participants.length === 0) return <p>{t('coordinator.phase.orgsEmpty')}</p>;
  const totals = phase.participants.reduce(
    (s, p) => ({ target: s.target + p.pairingTarget, pairings: s.pairings + p.pairings }),
    { target: 0, pairings: 0 },
  );
  return (
    <TableFrame label={t('coordinator.phase.orgsTitle')}>
      <table className="coord-table">
        <thead>
          <tr>
            <th scope="col">{t('coordinator.phase.organisation')}</th>
            <th scope="col">{t('coordinator.phase.pairings')}</th>
            <th scope="col">{t('coordinator.budget.wage')}</th>
            <th scope="col">{t('coordinator.budget.accompaniment')}</th>
          </tr>
        </thead>
        <tbody>
          {phase.participants.map((p) => {
            const reached =
              p.pairingTarget > 0 ? Math.min(100, (p.pairings / p.pairingTarget) * 100) : 0;
            return (
              <tr key={p.organisationId}>
                <th scope="row">
                  {p.name}
                  <span className="coord-line coord-muted">{fmt.region(p.regionCode)}</span>
                </th>
                <td>
                  <span className="coord-strong">
                    {t('coordinator.phase.pairingsValue', {
                      count: p.pairings,
                      target: p.pairingTarget,
                    })}
                  </span>
                  <span className="coord-minibar" aria-hidden="true">
                    <span style={{ width: `${reached}%` }} />
                  </span>
                  <span className="coord-line coord-muted">
                    {t('coordinator.phase.activeValue', { count: p.activePairings })}
                  </span>
                </td>
                <td>
                  <FundCell figures={p.budget.wage} />
                </td>
                <td>
                  <FundCell figures={p.budget.accompaniment} />
                </td>
              </tr>
            );
          })}
        </tbody>
        <tfoot>
          <tr>
            <th scope="row">{t('coordinator.phase.total')}</th>
            <td className="coord-strong">
              {t('coordinator.phase.pairingsValue', {
                count: totals.pairings,
                target: totals.target,
              })}
            </td>
            <td />
            <td />
          </tr>
        </tfoot>
      </table>
    </TableFrame>
  );
}
