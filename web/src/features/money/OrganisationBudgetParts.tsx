// An organisation's pairings against its target and its budget figures per fund.

import { useTranslation } from 'react-i18next';
import { Link } from 'wouter';
import { TableFrame } from '../../components/TableFrame';
import type { RouterOutputs } from '../../lib/trpc';
import { useLocaleFormat } from '../../lib/useLocaleFormat';

type Participant = RouterOutputs['phases']['get']['participants'][number];

export type Fund = Participant['budget']['wage'];

export function Target({
  participant: p,
  phaseNumber,
}: {
  participant: Participant;
  phaseNumber: number;
}) {
  const { t } = useTranslation();
  const percent = p.pairingTarget > 0 ? Math.min(100, (p.pairings / p.pairingTarget) * 100) : 0;
  return (
    <section className="card org-target" aria-labelledby="org-target-title">
      <h2 id="org-target-title">{t('organisation.budget.target')}</h2>
      <p className="org-target__value">
        {p.pairingTarget > 0
          ? t('organisation.budget.targetValue', { count: p.pairings, target: p.pairingTarget })
          : t('organisation.budget.noTarget', { count: p.pairings })}
      </p>
      {p.pairingTarget > 0 ? (
        <span className="org-target__bar" aria-hidden="true">
          <span style={{ width: `${percent}%` }} />
        </span>
      ) : null}
      <p className="org-muted">{t('organisation.budget.active', { count: p.activePairings })}</p>
      <p>
        <Link href={`/accompaniment?phase=${phaseNumber}`}>
          {t('organisation.budget.seePairings', { number: phaseNumber })}
        </Link>
      </p>
    </section>
  );
}

export function BudgetTable({
  participant: p,
  phaseNumber,
}: {
  participant: Participant;
  phaseNumber: number;
}) {
  const { t } = useTranslation();
  const fmt = useLocaleFormat();
  const rows: { key: 'accompaniment' | 'wage'; fund: Fund }[] = [
    { key: 'accompaniment', fund: p.budget.accompaniment },
    { key: 'wage', fund: p.budget.wage },
  ];
  const noAllocation = rows.some((r) => r.fund.envelope === null);
  const cols = ['envelope', 'committed', 'approved', 'paid', 'remaining'] as const;
  return (
    <section className="card" aria-labelledby="org-budget-title">
      <h2 id="org-budget-title">{t('organisation.budget.money', { number: phaseNumber })}</h2>
      <TableFrame>
        <table className="org-stack-table org-budget">
          <caption className="visually-hidden">
            {t('organisation.budget.money', { number: phaseNumber })}
          </caption>
          <thead>
            <tr>
              <th scope="col">{t('organisation.budget.fund')}</th>
              {cols.map((c) => (
                <th key={c} scope="col" className="org-num">
                  {t(`organisation.budget.${c}`)}
                </th>
              ))}
            </tr>
          </thead>
          <tbody>
            {rows.map(({ key, fund }) => (
              <tr key={key}>
                <th scope="row" className="org-row-head">
                  {t(`organisation.budget.${key}`)}
                  <span className="org-row-hint">{t(`organisation.budget.${key}Hint`)}</span>
                </th>
                {cols.map((c) => {
                  const v = fund[c];
                  return (
                    <td key={c} data-label={t(`organisation.budget.${c}`)} className="org-num">
                      {v === null ? (
                        <span className="org-muted">
                          {c === 'envelope' ? t('organisation.budget.noAllocation') : '—'}
                        </span>
                      ) : (
                        fmt.money(v)
                      )}
                    </td>
                  );
                })}
              </tr>
            ))}
          </tbody>
        </table>
      </TableFrame>
      <p className="field__hint org-budget-legend">{t('organisation.budget.legend')}</p>
      {noAllocation ? (
        <p className="field__hint">{t('organisation.budget.noAllocationHint')}</p>
      ) : null}
    </section>
  );
}
