// Pieces shared by the coordination screens: the API's output types, today's date, status
// badges, budget figures, the phase filter, and focus handling for inline forms.
import { useQuery } from '@tanstack/react-query';
import type { inferRouterOutputs } from '@trpc/server';
import type { TFunction } from 'i18next';
import { type RefObject, useEffect, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import type { AppRouter } from '../../../../server/trpc/router';
import { quebecToday } from '../../../../shared/dates';
import { formatDate } from '../../../../shared/format';
import { SelectField } from '../../components/Field';
import { useTRPC } from '../../lib/trpc';
import { useLocaleFormat } from '../../lib/useLocaleFormat';

export type RouterOutputs = inferRouterOutputs<AppRouter>;
export type PhaseDetail = RouterOutputs['phases']['get'];
export type FundFigures = NonNullable<PhaseDetail['budget']>['wage'];
export type PhaseStatus = PhaseDetail['status'];
export type ReviewQueue = RouterOutputs['money']['reviewQueue'];
export type ClaimToReview = RouterOutputs['money']['claimsToReview']['items'][number];
export type TrancheToReview = RouterOutputs['money']['tranchesToReview']['items'][number];
export type EntryToPay = RouterOutputs['money']['entriesToPay']['items'][number];
export type LedgerItem = RouterOutputs['money']['ledger']['items'][number];
export type PairingSummary = RouterOutputs['pairings']['list']['items'][number];

/** Today in Quebec, YYYY-MM-DD: the default payment date. */
export function today(): string {
  return quebecToday(new Date());
}

/**
 * The app's formats plus compact ones for tables and cards: « 22 nov. 2026 », and a period
 * « Du 2 nov. 2026 au 15 nov. 2026 ».
 */
export function useCoordFormat() {
  const fmt = useLocaleFormat();
  const { t } = useTranslation();
  /** A calendar date (YYYY-MM-DD), short; instants go through fmt.instant. */
  const shortDate = (iso: string) => formatDate(iso, fmt.locale, 'medium');
  return {
    ...fmt,
    shortDate,
    period: (start: string, end: string) =>
      t('coordinator.common.period', { start: shortDate(start), end: shortDate(end) }),
    /** The same, inside a sentence (« la réclamation de X, du 2 nov. au … »). */
    periodInline: (start: string, end: string) =>
      t('coordinator.common.periodInline', { start: shortDate(start), end: shortDate(end) }),
  };
}

/** A positive id from a route or query parameter, or null. */
export function parseId(value: string | null | undefined): number | null {
  if (!value || !/^\d{1,10}$/u.test(value)) return null;
  const n = Number(value);
  return n > 0 && n <= 2 ** 31 ? n : null;
}

export function PhaseStatusBadge({ status }: { status: PhaseStatus }) {
  const { t } = useTranslation();
  return (
    <span className={`coord-badge coord-badge--${status}`}>
      {t(`coordinator.phaseStatus.${status}`)}
    </span>
  );
}

export function StatusBadge(props: { tone: string; children: string }) {
  return <span className={`coord-badge coord-badge--${props.tone}`}>{props.children}</span>;
}

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

/** The phases, newest first, for filters and links. */
export function usePhases() {
  const trpc = useTRPC();
  return useQuery(trpc.phases.list.queryOptions());
}

/** What waits for the coordination, counted and summed by the server (any size). */
export function useReviewQueue() {
  const trpc = useTRPC();
  return useQuery(trpc.money.reviewQueue.queryOptions());
}

/** A phase select whose choice lives in the URL (the caller navigates). */
export function PhaseFilter(props: {
  label: string;
  value: number | null;
  onChange: (phaseId: number | null) => void;
}) {
  const { t } = useTranslation();
  const phases = usePhases();
  return (
    <SelectField
      label={props.label}
      value={props.value === null ? '' : String(props.value)}
      onChange={(v) => props.onChange(parseId(v))}
    >
      <option value="">{t('coordinator.common.allPhases')}</option>
      {phases.data?.map((p) => (
        <option key={p.id} value={p.id}>
          {phaseTitle(t, p)}
          {p.status === 'open' ? ` (${t('coordinator.phaseStatus.open').toLowerCase()})` : ''}
        </option>
      ))}
    </SelectField>
  );
}

/**
 * Inline forms replace the button that opened them: when `state` changes (not on the first
 * render), focus moves to the element marked data-autofocus or the form's first field, or, when
 * the form closes, to the button that opened it (data-opener), so keyboard and screen reader
 * users stay where they were.
 */
export function useFocusOnToggle(container: RefObject<HTMLElement | null>, state: unknown) {
  const previous = useRef(state);
  useEffect(() => {
    if (previous.current === state) return;
    previous.current = state;
    const box = container.current;
    const target =
      box?.querySelector<HTMLElement>('[data-autofocus]') ??
      box?.querySelector<HTMLElement>('input:not([type="hidden"]), select, textarea') ??
      box?.querySelector<HTMLElement>('[data-opener]') ??
      box?.querySelector<HTMLElement>('button');
    target?.focus();
  }, [container, state]);
}

/** « Phase 10 — Printemps 2026 », or just « Phase 10 » when that is its name. */
export function phaseTitle(t: TFunction, p: { number: number; name: string }): string {
  const plain = t('coordinator.common.phaseLabel', { number: p.number });
  return p.name.trim().toLocaleLowerCase() === plain.toLocaleLowerCase()
    ? plain
    : t('coordinator.common.phaseOption', { number: p.number, name: p.name });
}

/** After a refused submit, keyboard focus goes to the first field to correct. */
export function useFocusInvalid(container: RefObject<HTMLElement | null>, error: unknown) {
  useEffect(() => {
    if (error) container.current?.querySelector<HTMLElement>('[aria-invalid="true"]')?.focus();
  }, [container, error]);
}

/** « Lucía Ramirez » from a pairing summary. */
export function personName(p: { firstName: string; lastName: string }): string {
  return `${p.firstName} ${p.lastName}`;
}
