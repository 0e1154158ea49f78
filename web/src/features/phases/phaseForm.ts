// The phase form's values: text as typed, named like the API's fields (so that a field error of
// the schema or of the server lands on the field typed), and their conversion from a saved phase
// or the current terms. Checked by phaseCheck.ts; the live preview is rulesPreview.ts.
import { addDays } from '../../../../shared/dates';
import type { Locale } from '../../../../shared/locale';
import type { Milestone, SubsidyRules } from '../../../../shared/money/rules';
import { bpToInput, centsToAmountInput, centsToInput } from '../../lib/numberText';

export interface ParticipantValues {
  organisationId: string;
  pairingTarget: string;
  wageAllocationCents: string;
  accompanimentAllocationCents: string;
}

/** The rules as typed; the accompaniment's tranches as one share per milestone (0 = none). */
export interface RulesValues {
  wageSubsidyRateBp: string;
  hourlyWageCapCents: string;
  minHoursPerWeek: string;
  maxHoursPerWeekCounted: string;
  minWeeks: string;
  maxWeeks: string;
  accompanimentAmountCents: string;
  shares: Record<Milestone, string>;
  claimPeriodWeeks: string;
  claimDeadlineDays: string;
  minHourlyWageCents: string;
  pastStartWindowDays: string;
}

export interface PhaseFormValues {
  number: string;
  name: string;
  startDate: string;
  endDate: string;
  wageEnvelopeCents: string;
  accompanimentEnvelopeCents: string;
  rules: RulesValues;
  organisations: ParticipantValues[];
}

export function rulesToValues(rules: SubsidyRules, locale: Locale): RulesValues {
  const shares = { hire: '0', completion: '0', retention: '0' } as Record<Milestone, string>;
  for (const t of rules.accompanimentTranches) shares[t.milestone] = bpToInput(t.shareBp, locale);
  return {
    wageSubsidyRateBp: bpToInput(rules.wageSubsidyRateBp, locale),
    hourlyWageCapCents: centsToInput(rules.hourlyWageCapCents, locale),
    minHoursPerWeek: String(rules.minHoursPerWeek),
    maxHoursPerWeekCounted: String(rules.maxHoursPerWeekCounted),
    minWeeks: String(rules.minWeeks),
    maxWeeks: String(rules.maxWeeks),
    accompanimentAmountCents: centsToInput(rules.accompanimentAmountCents, locale),
    shares,
    claimPeriodWeeks: String(rules.claimPeriodWeeks),
    claimDeadlineDays: String(rules.claimDeadlineDays),
    minHourlyWageCents: centsToInput(rules.minHourlyWageCents, locale),
    pastStartWindowDays: String(rules.pastStartWindowDays),
  };
}

const amountOrEmpty = (cents: number | null, locale: Locale) =>
  cents === null ? '' : centsToAmountInput(cents, locale);

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
    organisationId: String(p.organisationId),
    pairingTarget: String(p.pairingTarget),
    wageAllocationCents: amountOrEmpty(p.wageAllocationCents, locale),
    accompanimentAllocationCents: amountOrEmpty(p.accompanimentAllocationCents, locale),
  };
}

export function emptyParticipant(organisationId = ''): ParticipantValues {
  return {
    organisationId,
    pairingTarget: '',
    wageAllocationCents: '',
    accompanimentAllocationCents: '',
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
    wageEnvelopeCents: '',
    accompanimentEnvelopeCents: '',
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
    wageEnvelopeCents: centsToAmountInput(phase.wageEnvelopeCents, locale),
    accompanimentEnvelopeCents: centsToAmountInput(phase.accompanimentEnvelopeCents, locale),
    rules: rulesToValues(phase.rules ?? fallbackRules, locale),
    organisations: phase.participants.map((p) => participantToValues(p, locale)),
  };
}
