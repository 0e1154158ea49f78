// One fund's figures (envelope or allocation, committed, approved, paid, remaining), with a bar
// that only repeats the numbers.
import { useTranslation } from 'react-i18next';
import type { RouterOutputs } from '../../lib/trpc';
import { useLocaleFormat } from '../../lib/useLocaleFormat';

export type FundFigures = NonNullable<RouterOutputs['phases']['get']['budget']>['wage'];

function percentOf(part: number, whole: number | null): number | null {
  if (whole === null || whole <= 0) return null;
  return Math.round((part / whole) * 100);
}

/**
 * One fund's figures: envelope (or allocation), committed, approved, paid, available, with a
 * bar that only repeats the numbers (hidden from screen readers, which read the list).
 */
export function FundFiguresView(props: {
  title: string;
  figures: FundFigures;
  envelopeLabel?: string;
  headingLevel?: 2 | 3;
  id: string;
}) {
  const { t } = useTranslation();
  const fmt = useLocaleFormat();
  const f = props.figures;
  const Heading = props.headingLevel === 3 ? 'h3' : 'h2';
  const width = (n: number) =>
    f.envelope && f.envelope > 0 ? `${Math.max(0, Math.min(100, (n / f.envelope) * 100))}%` : '0%';
  const pct = (n: number) => {
    const p = percentOf(n, f.envelope);
    return p === null ? null : (
      <span className="coord-muted">
        {' '}
        ({t('coordinator.budget.percentOfEnvelope', { percent: p })})
      </span>
    );
  };
  return (
    <section className="card coord-fund" aria-labelledby={props.id}>
      <Heading id={props.id}>{props.title}</Heading>
      {f.envelope !== null && f.envelope > 0 ? (
        <div className="coord-bar" aria-hidden="true">
          <span className="coord-bar__committed" style={{ width: width(f.committed) }} />
          <span className="coord-bar__approved" style={{ width: width(f.approved) }} />
          <span className="coord-bar__paid" style={{ width: width(f.paid) }} />
        </div>
      ) : null}
      <dl className="coord-figures">
        <dt>{props.envelopeLabel ?? t('coordinator.budget.envelope')}</dt>
        <dd>
          {f.envelope === null ? t('coordinator.budget.noAllocation') : fmt.money(f.envelope)}
        </dd>
        <dt>
          <span className="coord-key coord-key--committed" aria-hidden="true" />
          {t('coordinator.budget.committed')}
        </dt>
        <dd>
          {fmt.money(f.committed)}
          {pct(f.committed)}
        </dd>
        <dt>
          <span className="coord-key coord-key--approved" aria-hidden="true" />
          {t('coordinator.budget.approved')}
        </dt>
        <dd>
          {fmt.money(f.approved)}
          {pct(f.approved)}
        </dd>
        <dt>
          <span className="coord-key coord-key--paid" aria-hidden="true" />
          {t('coordinator.budget.paid')}
        </dt>
        <dd>
          {fmt.money(f.paid)}
          {pct(f.paid)}
        </dd>
        {f.remaining !== null ? (
          <>
            <dt>{t('coordinator.budget.remaining')}</dt>
            <dd className={f.remaining < 0 ? 'coord-over' : 'coord-strong'}>
              {f.remaining < 0
                ? t('coordinator.budget.over', { amount: fmt.money(-f.remaining) })
                : fmt.money(f.remaining)}
            </dd>
          </>
        ) : null}
      </dl>
    </section>
  );
}
