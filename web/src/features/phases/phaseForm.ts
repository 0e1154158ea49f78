// The phase form's values (text as typed) and their conversion, both ways, to the API's fields
// (cents, basis points, whole numbers), validated with the shared schema. Pure: tested without
// a browser (tests/web/coordinator.test.tsx).
import type { TFunction } from 'i18next';
import { addDays } from '../../../../shared/dates';
import { formatMoney } from '../../../../shared/format';
import type { Locale } from '../../../../shared/locale';
import { maxWageSubsidyCents, trancheAmounts } from '../../../../shared/money/calculator';
import {
  type AccompanimentTranche,
  FULL_SHARE_BP,
  type Milestone,
  milestones,
  type SubsidyRules,
} from '../../../../shared/money/rules';
import { type PhaseFields, phaseFields } from '../../../../shared/phases/schemas';
import type { ShownError } from '../../lib/errors';
import { validate } from '../../lib/errors';
import {
  bpToInput,
  centsToAmountInput,
  centsToInput,
  parseAmountToCents,
  parseDollarsToCents,
  parsePercentToBp,
  parseWholeNumber,
} from '../../lib/numberText';

export interface ParticipantValues {
  /** A stable React key for the row (not sent). */
  key: string;
  organisationId: string;
  pairingTarget: string;
  wageAllocation: string;
  accompanimentAllocation: string;
}

export interface RulesValues {
  rate: string;
  cap: string;
  minHours: string;
  maxHours: string;
  minWeeks: string;
  maxWeeks: string;
  accompanimentAmount: string;
  shares: Record<Milestone, string>;
  claimPeriodWeeks: string;
  claimDeadlineDays: string;
  minWage: string;
  pastStartWindowDays: string;
}

export interface PhaseFormValues {
  number: string;
  name: string;
  startDate: string;
  endDate: string;
  wageEnvelope: string;
  accompanimentEnvelope: string;
  rules: RulesValues;
  organisations: ParticipantValues[];
}

let keySeed = 0;
export function newRowKey(): string {
  keySeed += 1;
  return `row-${keySeed}`;
}

export function rulesToValues(rules: SubsidyRules, locale: Locale): RulesValues {
  const shares = { hire: '0', completion: '0', retention: '0' } as Record<Milestone, string>;
  for (const t of rules.accompanimentTranches) shares[t.milestone] = bpToInput(t.shareBp, locale);
  return {
    rate: bpToInput(rules.wageSubsidyRateBp, locale),
    cap: centsToInput(rules.hourlyWageCapCents, locale),
    minHours: String(rules.minHoursPerWeek),
    maxHours: String(rules.maxHoursPerWeekCounted),
    minWeeks: String(rules.minWeeks),
    maxWeeks: String(rules.maxWeeks),
    accompanimentAmount: centsToInput(rules.accompanimentAmountCents, locale),
    shares,
    claimPeriodWeeks: String(rules.claimPeriodWeeks),
    claimDeadlineDays: String(rules.claimDeadlineDays),
    minWage: centsToInput(rules.minHourlyWageCents, locale),
    pastStartWindowDays: String(rules.pastStartWindowDays),
  };
}

export function participantToValues(
  p: {
    organisationId: number;
    pairingTarget: number;
    wageAllocationCents: number | null;
    accompanimentAllocationCents: number | null;
  },
  locale: Locale,
): ParticipantValues {
  return {
    key: newRowKey(),
    organisationId: String(p.organisationId),
    pairingTarget: String(p.pairingTarget),
    wageAllocation:
      p.wageAllocationCents === null ? '' : centsToAmountInput(p.wageAllocationCents, locale),
    accompanimentAllocation:
      p.accompanimentAllocationCents === null
        ? ''
        : centsToAmountInput(p.accompanimentAllocationCents, locale),
  };
}

export function emptyParticipant(organisationId = ''): ParticipantValues {
  return {
    key: newRowKey(),
    organisationId,
    pairingTarget: '',
    wageAllocation: '',
    accompanimentAllocation: '',
  };
}

/** A new phase: the next number, a year from the day after the last phase (or today). */
export function newPhaseValues(
  input: {
    phases: readonly { number: number; endDate: string }[];
    today: string;
    rules: SubsidyRules;
    nameFor: (number: number) => string;
  },
  locale: Locale,
): PhaseFormValues {
  const latest = [...input.phases].sort((a, b) => b.number - a.number)[0];
  const number = (latest?.number ?? 0) + 1;
  const afterLatest = latest ? addDays(latest.endDate, 1) : input.today;
  const startDate = afterLatest > input.today ? afterLatest : input.today;
  return {
    number: String(number),
    name: input.nameFor(number),
    startDate,
    endDate: addDays(addDays(startDate, 365), -1),
    wageEnvelope: '',
    accompanimentEnvelope: '',
    rules: rulesToValues(input.rules, locale),
    organisations: [],
  };
}

export function phaseToValues(
  phase: {
    number: number;
    name: string;
    startDate: string;
    endDate: string;
    wageEnvelopeCents: number;
    accompanimentEnvelopeCents: number;
    rules: SubsidyRules | null;
    participants: readonly Parameters<typeof participantToValues>[0][];
  },
  fallbackRules: SubsidyRules,
  locale: Locale,
): PhaseFormValues {
  return {
    number: String(phase.number),
    name: phase.name,
    startDate: phase.startDate,
    endDate: phase.endDate,
    wageEnvelope: centsToAmountInput(phase.wageEnvelopeCents, locale),
    accompanimentEnvelope: centsToAmountInput(phase.accompanimentEnvelopeCents, locale),
    rules: rulesToValues(phase.rules ?? fallbackRules, locale),
    organisations: phase.participants.map((p) => participantToValues(p, locale)),
  };
}

/** The limits of the fields typed in dollars or percent, to say them in those units. */
const MONEY_RANGES: Record<string, { min: number; max: number }> = {
  wageEnvelopeCents: { min: 0, max: 100_000_000_000 },
  accompanimentEnvelopeCents: { min: 0, max: 100_000_000_000 },
  'rules.hourlyWageCapCents': { min: 1, max: 100_000 },
  'rules.accompanimentAmountCents': { min: 0, max: 10_000_000 },
  'rules.minHourlyWageCents': { min: 1, max: 100_000 },
  wageAllocationCents: { min: 0, max: 100_000_000_000 },
  accompanimentAllocationCents: { min: 0, max: 100_000_000_000 },
};

function moneyRange(field: string) {
  return MONEY_RANGES[field] ?? MONEY_RANGES[field.split('.').at(-1) ?? ''] ?? null;
}

/** The rules as far as they can be read, for the live preview (null when a part is missing). */
export interface RulesPreview {
  maxPerPairingCents: number;
  rateBp: number;
  capCents: number;
  maxHours: number;
  maxWeeks: number;
  totalShareBp: number | null;
  tranches: { milestone: Milestone; amountCents: number }[] | null;
}

function readTranches(shares: Record<Milestone, string>) {
  const tranches: AccompanimentTranche[] = [];
  const bad: Milestone[] = [];
  for (const m of milestones) {
    const bp = parsePercentToBp(shares[m]);
    if (bp === null) bad.push(m);
    else if (bp !== undefined && bp > 0) tranches.push({ milestone: m, shareBp: bp });
  }
  return { tranches, bad };
}

export function previewRules(r: RulesValues): RulesPreview | null {
  const rateBp = parsePercentToBp(r.rate);
  const capCents = parseDollarsToCents(r.cap);
  const maxHours = parseWholeNumber(r.maxHours);
  const maxWeeks = parseWholeNumber(r.maxWeeks);
  if (
    typeof rateBp !== 'number' ||
    capCents === null ||
    typeof maxHours !== 'number' ||
    typeof maxWeeks !== 'number'
  ) {
    return null;
  }
  const rules = {
    wageSubsidyRateBp: rateBp,
    hourlyWageCapCents: capCents,
    maxHoursPerWeekCounted: maxHours,
    maxWeeks,
  };
  const maxPerPairingCents = maxWageSubsidyCents(rules, {
    hourlyWageCents: capCents,
    hoursPerWeek: maxHours,
    weeks: maxWeeks,
  });
  const { tranches, bad } = readTranches(r.shares);
  const totalShareBp = bad.length > 0 ? null : tranches.reduce((s, t) => s + t.shareBp, 0);
  const amount = parseDollarsToCents(r.accompanimentAmount);
  return {
    maxPerPairingCents,
    rateBp,
    capCents,
    maxHours,
    maxWeeks,
    totalShareBp,
    tranches:
      amount !== null && totalShareBp === FULL_SHARE_BP
        ? trancheAmounts({ accompanimentAmountCents: amount, accompanimentTranches: tranches })
        : null,
  };
}

export type CheckedPhase = { ok: true; data: PhaseFields } | { ok: false; error: ShownError };

/**
 * Parses what was typed, then validates with the shared schema (the server runs the same). Each
 * field gets one message: a typing mistake in its own words (dollars, percent), a range in the
 * units typed, otherwise the schema's message. Tranche errors of the schema point at the
 * tranche's index among those sent; they are moved to the share field of their milestone.
 */
export function checkPhase(values: PhaseFormValues, t: TFunction, locale: Locale): CheckedPhase {
  const own: Record<string, string> = {};
  const rangeMessage = moneyRangeMessage(t, locale);

  const whole = (text: string, field: string) => {
    const n = parseWholeNumber(text);
    if (n === undefined) own[field] = t('validation.required');
    else if (n === null) own[field] = t('validation.integer');
    return n ?? undefined;
  };
  const amount = (text: string, field: string, optional: boolean) => {
    const cents = parseAmountToCents(text);
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
  const hourly = (text: string, field: string) => {
    if (text.trim() === '') {
      own[field] = t('validation.required');
      return undefined;
    }
    const cents = parseDollarsToCents(text);
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
    const bp = percent(text, `shares.${m}`, 0);
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
    wageEnvelopeCents: amount(values.wageEnvelope, 'wageEnvelopeCents', false),
    accompanimentEnvelopeCents: amount(
      values.accompanimentEnvelope,
      'accompanimentEnvelopeCents',
      false,
    ),
    rules: {
      wageSubsidyRateBp: percent(r.rate, 'rules.wageSubsidyRateBp', 1),
      hourlyWageCapCents: hourly(r.cap, 'rules.hourlyWageCapCents'),
      minHoursPerWeek: whole(r.minHours, 'rules.minHoursPerWeek'),
      maxHoursPerWeekCounted: whole(r.maxHours, 'rules.maxHoursPerWeekCounted'),
      minWeeks: whole(r.minWeeks, 'rules.minWeeks'),
      maxWeeks: whole(r.maxWeeks, 'rules.maxWeeks'),
      accompanimentAmountCents: hourly(r.accompanimentAmount, 'rules.accompanimentAmountCents'),
      accompanimentTranches: tranches,
      claimPeriodWeeks: whole(r.claimPeriodWeeks, 'rules.claimPeriodWeeks'),
      claimDeadlineDays: whole(r.claimDeadlineDays, 'rules.claimDeadlineDays'),
      minHourlyWageCents: hourly(r.minWage, 'rules.minHourlyWageCents'),
      pastStartWindowDays: whole(r.pastStartWindowDays, 'rules.pastStartWindowDays'),
    },
    organisations: values.organisations.map((o, i) => ({
      organisationId: o.organisationId === '' ? undefined : Number(o.organisationId),
      pairingTarget: whole(o.pairingTarget, `organisations.${i}.pairingTarget`),
      wageAllocationCents: amount(o.wageAllocation, `organisations.${i}.wageAllocationCents`, true),
      accompanimentAllocationCents: amount(
        o.accompanimentAllocation,
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
 * Field errors of the schema or of the server, as the form shows them: tranche errors on their
 * milestone's field, money ranges in dollars. `trancheMilestones` are the milestones of the
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
      out[m ? `shares.${m}` : 'rules.accompanimentTranches'] = message;
    } else if (field.endsWith('Cents') && /\d/u.test(message)) {
      // A range in cents (« at most 100000 »): said in dollars instead.
      out[field] = rangeMessage(field) ?? message;
    } else {
      out[field] = message;
    }
  }
  return out;
}

/** The total of the shares typed, in basis points; null while one is not a percentage. */
export function shareTotalBp(shares: Record<Milestone, string>): number | null {
  const { tranches, bad } = readTranches(shares);
  return bad.length > 0 ? null : tranches.reduce((s, tr) => s + tr.shareBp, 0);
}

/** The milestones of the tranches the form sends (shares above 0), in order. */
export function sentMilestones(r: RulesValues): Milestone[] {
  return readTranches(r.shares).tranches.map((tr) => tr.milestone);
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
