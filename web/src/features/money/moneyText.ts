// Shared pieces of the employer's money screens (hire, pairings, claims): API types, error
// messages with their dates, amounts and numbers formatted for the reader, the rules in words,
// and a debounce for the server previews.

import { TRPCClientError } from '@trpc/client';
import type { inferRouterOutputs } from '@trpc/server';
import type { TFunction } from 'i18next';
import { useEffect, useState } from 'react';
import type { AppRouter } from '../../../../server/trpc/router';
import { isErrorCode } from '../../../../shared/errors';
import type { SubsidyRules } from '../../../../shared/money/rules';
import { describeError, type ShownError } from '../../lib/errors';
import type { useLocaleFormat } from '../../lib/useLocaleFormat';

type Outputs = inferRouterOutputs<AppRouter>;
export type CurrentPhase = NonNullable<Outputs['phases']['current']>;
export type PairingDetail = Outputs['pairings']['get'];
export type PairingSummary = Outputs['pairings']['list']['items'][number];
export type PairingClaim = PairingDetail['claims'][number];
export type PairingLedgerEntry = PairingDetail['ledger'][number];
export type LedgerItem = Outputs['money']['ledger']['items'][number];

export type Fmt = ReturnType<typeof useLocaleFormat>;

const ISO_DATE = /^\d{4}-\d{2}-\d{2}$/;

/**
 * Message parameters as the reader expects them: …Cents as money, YYYY-MM-DD dates written out,
 * other numbers in the locale (« 57,14 »).
 */
/** Message parameters, never i18next's `context` (which would change the key). */
type MessageParams = Record<string, string> & { context?: never };

export function formatParams(params: Record<string, string | number>, fmt: Fmt): MessageParams {
  return Object.fromEntries(
    Object.entries(params).map(([k, v]) => {
      if (typeof v === 'number') return [k, k.endsWith('Cents') ? fmt.money(v) : fmt.number(v)];
      return [k, ISO_DATE.test(v) ? fmt.date(v) : v];
    }),
  );
}

/** One coded refusal (`claim.overlaps`, `pairing.rule.minWeeks`…) in words. */
export function refusalMessage(
  code: string,
  params: Record<string, string | number>,
  t: TFunction,
  fmt: Fmt,
): string {
  return isErrorCode(code) ? t(`errors.${code}`, formatParams(params, fmt)) : t('errors.generic');
}

/**
 * describeError, with the parameters of a domain error formatted here (the dates of
 * « du 2026-03-02 au 2026-06-30 » read « du 2 mars 2026 au 30 juin 2026 »).
 */
export function describeMoneyError(err: unknown, t: TFunction, fmt: Fmt): ShownError {
  if (err instanceof TRPCClientError) {
    const data = err.data as
      | {
          appCode?: string | null;
          params?: Record<string, string | number>;
          field?: string | null;
          fieldErrors?: unknown;
        }
      | undefined;
    if (data?.appCode && !data.fieldErrors) {
      const message = refusalMessage(data.appCode, data.params ?? {}, t, fmt);
      if (data.field) return { message: t('form.errorSummary'), fields: { [data.field]: message } };
      return { message, fields: {} };
    }
  }
  return describeError(err, t);
}

/** A pay period, short (shared/format.ts: every date and instant is formatted there). */
export { formatPeriod } from '../../../../shared/format';

/** 5 000 bp → « 50 % » / "50%". */
export function formatRate(bp: number, locale: string): string {
  return new Intl.NumberFormat(locale, { style: 'percent', maximumFractionDigits: 2 }).format(
    bp / 10_000,
  );
}

/** The hire rules of a phase in one sentence's parameters. */
export function rulesParams(rules: SubsidyRules, fmt: Fmt) {
  return {
    rate: formatRate(rules.wageSubsidyRateBp, fmt.locale),
    cap: fmt.money(rules.hourlyWageCapCents),
    minHours: fmt.number(rules.minHoursPerWeek),
    maxHours: fmt.number(rules.maxHoursPerWeekCounted),
    minWeeks: fmt.number(rules.minWeeks),
    maxWeeks: fmt.number(rules.maxWeeks),
    days: fmt.number(rules.claimPeriodWeeks * 7),
  };
}

/**
 * `key` once it has stopped changing for `ms`, so that server previews are not sent on every
 * keystroke. A string (e.g. JSON), compared by value.
 */
export function useDebounced(key: string, ms: number): string {
  const [settled, setSettled] = useState(key);
  useEffect(() => {
    const id = setTimeout(() => setSettled(key), ms);
    return () => clearTimeout(id);
  }, [key, ms]);
  return settled;
}

export const ISO_DATE_PATTERN = ISO_DATE;
