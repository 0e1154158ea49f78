// The org_admin's view of the organisation's participation in a phase (chosen in the URL, the
// open one by default): pairings against the target, the budget figures of each fund
// (envelope = its allocation when the phase sets one, committed, approved, paid, remaining),
// and the phase's ledger entries for its pairings.
import { useInfiniteQuery, useQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { Link, useLocation, useSearch } from 'wouter';
import { ErrorAlert } from '../../components/Alert';
import { SelectField } from '../../components/Field';
import { LoadMoreButton } from '../../components/LoadMoreButton';
import { PageTitle } from '../../components/PageTitle';
import { describeError } from '../../lib/errors';
import { useTRPC } from '../../lib/trpc';
import { useLocaleFormat } from '../../lib/useLocaleFormat';
import { type LedgerFund, ledgerFunds, phaseLabel } from './accompaniment';
import type { RouterOutputs } from './common';

type Phase = RouterOutputs['phases']['get'];
type Participant = Phase['participants'][number];
type Fund = Participant['budget']['wage'];

export function OrganisationBudgetPage() {
  const { t } = useTranslation();
  const trpc = useTRPC();
  const fmt = useLocaleFormat();
  const [, navigate] = useLocation();
  const search = new URLSearchParams(useSearch());
  const asked = Number(search.get('phase'));
  const fundParam = search.get('fund');
  const fund: LedgerFund =
    fundParam === 'wage' || fundParam === 'all' ? fundParam : 'accompaniment';
  const phases = useQuery(trpc.phases.list.queryOptions());
  const list = phases.data ?? [];
  // The phase asked in the URL (by number), else the open one, else the latest.
  const chosen =
    list.find((p) => p.number === asked) ??
    list.find((p) => p.status === 'open') ??
    list.find((p) => p.status === 'closed') ??
    list[0];
  const phase = useQuery(
    trpc.phases.get.queryOptions({ phaseId: chosen?.id ?? 0 }, { enabled: chosen !== undefined }),
  );
  const mine = phase.data?.participants[0];

  return (
    <>
      <PageTitle>{t('organisation.budget.title')}</PageTitle>
      <p className="org-muted">{t('organisation.budget.intro')}</p>
      <ErrorAlert>
        {phases.error
          ? describeError(phases.error, t).message
          : phase.error
            ? describeError(phase.error, t).message
            : null}
      </ErrorAlert>
      {phases.isPending ? (
        <p role="status" className="org-muted">
          {t('app.loading')}
        </p>
      ) : null}
      {phases.data && list.length === 0 ? <p>{t('organisation.budget.noPhase')}</p> : null}
      {list.length > 1 ? (
        <div className="org-filters">
          <div className="org-filters__form">
            <SelectField
              label={t('organisation.budget.phase')}
              value={chosen ? String(chosen.number) : ''}
              onChange={(v) => navigate(`/organisation-budget?phase=${v}`)}
            >
              {list.map((p) => (
                <option key={p.id} value={p.number}>
                  {t('organisation.budget.phaseOption', {
                    phase: phaseLabel(t, p),
                    status: t(`organisation.budget.phaseStatus.${p.status}`),
                  })}
                </option>
              ))}
            </SelectField>
          </div>
        </div>
      ) : null}
      {phase.data ? (
        <div className="org-pairing">
          <p className="org-budget-phase">
            <strong>
              {t('organisation.budget.phaseOption', {
                phase: phaseLabel(t, phase.data),
                status: t(`organisation.budget.phaseStatus.${phase.data.status}`),
              })}
            </strong>{' '}
            <span className="org-muted">
              {t('organisation.budget.dates', {
                start: fmt.date(phase.data.startDate),
                end: fmt.date(phase.data.endDate),
              })}
            </span>
          </p>
          {mine ? (
            <>
              <Target participant={mine} phaseNumber={phase.data.number} />
              <BudgetTable participant={mine} phaseNumber={phase.data.number} />
              <Ledger
                phaseId={phase.data.id}
                fund={fund}
                onFund={(f) =>
                  navigate(
                    `/organisation-budget?phase=${phase.data?.number ?? ''}${f === 'accompaniment' ? '' : `&fund=${f}`}`,
                    { replace: true },
                  )
                }
              />
            </>
          ) : (
            <p>{t('organisation.budget.notParticipating')}</p>
          )}
        </div>
      ) : null}
    </>
  );
}

function Target({
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

function BudgetTable({
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
      <div className="table-wrap">
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
      </div>
      <p className="field__hint org-budget-legend">{t('organisation.budget.legend')}</p>
      {noAllocation ? (
        <p className="field__hint">{t('organisation.budget.noAllocationHint')}</p>
      ) : null}
    </section>
  );
}

function Ledger({
  phaseId,
  fund,
  onFund,
}: {
  phaseId: number;
  fund: LedgerFund;
  onFund: (fund: LedgerFund) => void;
}) {
  const { t } = useTranslation();
  const trpc = useTRPC();
  const fmt = useLocaleFormat();
  // The organisation's own money first; the employers' wage subsidies on request. Filtered by
  // the server, in pages, each entry with its pairing's person.
  const ledger = useInfiniteQuery(
    trpc.money.ledger.infiniteQueryOptions(
      { phaseId, fund: fund === 'all' ? undefined : fund, limit: 100 },
      { getNextPageParam: (last) => last.nextCursor ?? undefined },
    ),
  );
  const rows = ledger.data?.pages.flatMap((p) => p.items) ?? [];
  return (
    <section className="card" aria-labelledby="org-ledger-title">
      <h2 id="org-ledger-title">{t('organisation.budget.ledger')}</h2>
      <p className="org-muted">{t('organisation.budget.ledgerIntro')}</p>
      <div className="org-ledger-filter">
        <SelectField
          label={t('organisation.budget.show')}
          value={fund}
          onChange={(v) => onFund(v as LedgerFund)}
        >
          {ledgerFunds.map((f) => (
            <option key={f} value={f}>
              {t(`organisation.budget.fundFilter.${f}`)}
            </option>
          ))}
        </SelectField>
      </div>
      <ErrorAlert>{ledger.error ? describeError(ledger.error, t).message : null}</ErrorAlert>
      {ledger.isPending ? (
        <p role="status" className="org-muted">
          {t('app.loading')}
        </p>
      ) : rows.length === 0 ? (
        <p>{t('organisation.budget.noLedger')}</p>
      ) : (
        <div className="table-wrap">
          <table className="org-stack-table">
            <caption className="visually-hidden">{t('organisation.budget.ledger')}</caption>
            <thead>
              <tr>
                <th scope="col">{t('organisation.budget.date')}</th>
                <th scope="col">{t('organisation.budget.pairing')}</th>
                <th scope="col">{t('organisation.budget.kind')}</th>
                {fund === 'accompaniment' ? null : (
                  <th scope="col">{t('organisation.budget.payee')}</th>
                )}
                <th scope="col" className="org-num">
                  {t('organisation.budget.amount')}
                </th>
                <th scope="col">{t('organisation.budget.payment')}</th>
              </tr>
            </thead>
            <tbody>
              {rows.map((e) => (
                <tr key={e.id}>
                  <th scope="row" className="org-row-head org-nowrap">
                    {fmt.instant(e.createdAt, 'date')}
                  </th>
                  <td data-label={t('organisation.budget.pairing')}>
                    <Link href={`/accompaniment/${e.pairingId}`}>
                      {e.firstName} {e.lastName}
                    </Link>
                  </td>
                  <td data-label={t('organisation.budget.kind')}>
                    {t(`organisation.money.entryKind.${e.kind}`)}
                  </td>
                  {fund === 'accompaniment' ? null : (
                    <td data-label={t('organisation.budget.payee')}>
                      {e.payeeOrganisation ?? e.payeeBusiness ?? '—'}
                    </td>
                  )}
                  <td data-label={t('organisation.budget.amount')} className="org-num">
                    {fmt.money(e.amountCents)}
                  </td>
                  <td data-label={t('organisation.budget.payment')}>
                    {e.paidOn ? (
                      <>
                        {t('organisation.money.paidOn', { date: fmt.date(e.paidOn) })}
                        {e.paymentReference ? (
                          <span className="org-line org-muted org-small">
                            {t('organisation.money.reference', {
                              reference: e.paymentReference,
                            })}
                          </span>
                        ) : null}
                      </>
                    ) : e.kind === 'reversal' ? (
                      <span className="org-muted">—</span>
                    ) : (
                      <span className="org-muted">{t('organisation.budget.toBePaid')}</span>
                    )}
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
      <LoadMoreButton list={ledger} label={t('organisation.budget.more')} />
    </section>
  );
}
