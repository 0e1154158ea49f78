// The phase form's check, run as it is typed and before sending: each text read exactly (cents,
// basis points, whole numbers), then the shared schema (phaseFields, the one the server runs).
// Each field gets one message at the path of the field typed: a typing mistake in its own words
// (dollars, percent), a range in the units typed, otherwise the schema's message. Pure: tested
// without a browser (tests/web/coordinator.test.tsx).
import type { TFunction } from 'i18next';
import { formatMoney } from '../../../../shared/format';
import type { Locale } from '../../../../shared/locale';
import {
  type AccompanimentTranche,
  FULL_SHARE_BP,
  type Milestone,
  milestones,
} from '../../../../shared/money/rules';
import { type PhaseFields, phaseFields } from '../../../../shared/phases/schemas';
import type { ShownError } from '../../lib/errors';
import { validate } from '../../lib/errors';
import { bpToInput, parseMoney, parsePercentToBp, parseWholeNumber } from '../../lib/numberText';
import type { PhaseFormValues } from './phaseForm';

/** The limits of the fields typed in dollars, to say them in dollars. */
const MONEY_RANGES: Record<string, { min: number; max: number }> = {
  wageEnvelopeCents: { min: 0, max: 100_000_000_000 },
  accompanimentEnvelopeCents: { min: 0, max: 100_000_000_000 },
  hourlyWageCapCents: { min: 1, max: 100_000 },
  accompanimentAmountCents: { min: 0, max: 10_000_000 },
  minHourlyWageCents: { min: 1, max: 100_000 },
  wageAllocationCents: { min: 0, max: 100_000_000_000 },
  accompanimentAllocationCents: { min: 0, max: 100_000_000_000 },
};

function moneyRange(field: string) {
  return MONEY_RANGES[field.split('.').at(-1) ?? ''] ?? null;
}

export function moneyRangeMessage(t: TFunction, locale: Locale) {
  return (field: string) => {
    const range = moneyRange(field);
    return range
      ? t('coordinator.form.amountRange', {
          min: formatMoney(range.min, locale),
          max: formatMoney(range.max, locale),
        })
      : null;
  };
}

export type CheckedPhase = { ok: true; data: PhaseFields } | { ok: false; error: ShownError };

export function checkPhase(values: PhaseFormValues, t: TFunction, locale: Locale): CheckedPhase {
  const own: Record<string, string> = {};
  const rangeMessage = moneyRangeMessage(t, locale);

  const whole = (text: string, field: string) => {
    const n = parseWholeNumber(text);
    if (n === undefined) own[field] = t('validation.required');
    else if (n === null) own[field] = t('validation.integer');
    return n ?? undefined;
  };
  const amount = (text: string, field: string, optional = false) => {
    const cents = parseMoney(text);
    if (cents === undefined) {
      if (!optional) own[field] = t('validation.required');
      return optional ? null : undefined;
    }
    if (cents === null) {
      own[field] = t('coordinator.form.amountFormat');
      return undefined;
    }
    const range = moneyRange(field);
    if (range && (cents < range.min || cents > range.max)) own[field] = rangeMessage(field) ?? '';
    return cents;
  };
  const percent = (text: string, field: string, min: number) => {
    const bp = parsePercentToBp(text);
    if (bp === undefined) own[field] = t('validation.required');
    else if (bp === null) own[field] = t('coordinator.form.percentFormat');
    else if (bp < min || bp > FULL_SHARE_BP) {
      own[field] = t('coordinator.form.percentRange', {
        min: bpToInput(min, locale),
        max: bpToInput(FULL_SHARE_BP, locale),
      });
    }
    return bp ?? undefined;
  };

  const r = values.rules;
  const tranches: AccompanimentTranche[] = [];
  const trancheMilestones: Milestone[] = [];
  for (const m of milestones) {
    const text = r.shares[m].trim() === '' ? '0' : r.shares[m];
    const bp = percent(text, `rules.shares.${m}`, 0);
    if (bp !== undefined && bp > 0) {
      tranches.push({ milestone: m, shareBp: bp });
      trancheMilestones.push(m);
    }
  }

  const input = {
    number: whole(values.number, 'number'),
    name: values.name,
    startDate: values.startDate,
    endDate: values.endDate,
    wageEnvelopeCents: amount(values.wageEnvelopeCents, 'wageEnvelopeCents'),
    accompanimentEnvelopeCents: amount(
      values.accompanimentEnvelopeCents,
      'accompanimentEnvelopeCents',
    ),
    rules: {
      wageSubsidyRateBp: percent(r.wageSubsidyRateBp, 'rules.wageSubsidyRateBp', 1),
      hourlyWageCapCents: amount(r.hourlyWageCapCents, 'rules.hourlyWageCapCents'),
      minHoursPerWeek: whole(r.minHoursPerWeek, 'rules.minHoursPerWeek'),
      maxHoursPerWeekCounted: whole(r.maxHoursPerWeekCounted, 'rules.maxHoursPerWeekCounted'),
      minWeeks: whole(r.minWeeks, 'rules.minWeeks'),
      maxWeeks: whole(r.maxWeeks, 'rules.maxWeeks'),
      accompanimentAmountCents: amount(
        r.accompanimentAmountCents,
        'rules.accompanimentAmountCents',
      ),
      accompanimentTranches: tranches,
      claimPeriodWeeks: whole(r.claimPeriodWeeks, 'rules.claimPeriodWeeks'),
      claimDeadlineDays: whole(r.claimDeadlineDays, 'rules.claimDeadlineDays'),
      minHourlyWageCents: amount(r.minHourlyWageCents, 'rules.minHourlyWageCents'),
      pastStartWindowDays: whole(r.pastStartWindowDays, 'rules.pastStartWindowDays'),
    },
    organisations: values.organisations.map((o, i) => ({
      organisationId: o.organisationId === '' ? undefined : Number(o.organisationId),
      pairingTarget: whole(o.pairingTarget, `organisations.${i}.pairingTarget`),
      wageAllocationCents: amount(
        o.wageAllocationCents,
        `organisations.${i}.wageAllocationCents`,
        true,
      ),
      accompanimentAllocationCents: amount(
        o.accompanimentAllocationCents,
        `organisations.${i}.accompanimentAllocationCents`,
        true,
      ),
    })),
  };
  // Also said here: the schema checks duplicates only once every other field is valid.
  const seen = new Set<string>();
  values.organisations.forEach((o, i) => {
    const field = `organisations.${i}.organisationId`;
    if (o.organisationId === '') own[field] = t('validation.required');
    else if (seen.has(o.organisationId)) own[field] = t('validation.duplicateOrganisation');
    seen.add(o.organisationId);
  });
  const v = validate(phaseFields, input, t);
  if (v.ok && Object.keys(own).length === 0) return v;
  const fields = v.ok ? {} : relocateFields(v.error.fields, trancheMilestones, rangeMessage);
  return {
    ok: false,
    error: { message: t('form.errorSummary'), fields: { ...fields, ...own } },
  };
}

/**
 * Field errors of the schema or of the server, as the form shows them: a tranche's error on its
 * milestone's share, money ranges in dollars. `trancheMilestones` are the milestones of the
 * tranches sent, in order.
 */
export function relocateFields(
  fields: Record<string, string>,
  trancheMilestones: readonly Milestone[],
  rangeMessage: (field: string) => string | null,
): Record<string, string> {
  const out: Record<string, string> = {};
  for (const [field, message] of Object.entries(fields)) {
    const tranche = /^rules\.accompanimentTranches\.(\d+)(?:\.\w+)?$/u.exec(field);
    if (tranche) {
      const m = trancheMilestones[Number(tranche[1])];
      out[m ? `rules.shares.${m}` : 'rules.accompanimentTranches'] = message;
    } else if (field.endsWith('Cents') && /\d/u.test(message)) {
      // A range in cents (« at most 100000 »): said in dollars instead.
      out[field] = rangeMessage(field) ?? message;
    } else {
      out[field] = message;
    }
  }
  return out;
}
