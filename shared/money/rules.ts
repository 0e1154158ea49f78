// A phase's subsidy rules (BRIEF « Subsidy rules »): the schema that validates them when the
// coordinator edits a draft phase, and the current FIT terms used as the default of a new phase.
// The rules are data of the phase, not code, so that other programs' terms (PRIIME at 70 %,
// other caps or lengths) are a matter of editing a form.
//
// Units: money is integer cents, rates and shares are basis points (1 % = 100 bp).
import { z } from 'zod';
import { intInRange } from '../schemaParts';
import { quebecMinimumWageCents } from './minimumWage';

/** The events at which an accompaniment tranche becomes due, in the order they happen. */
export const milestones = ['hire', 'completion', 'retention'] as const;
export type Milestone = (typeof milestones)[number];

/** Every share of the accompaniment amount, in basis points, must add up to this (100 %). */
export const FULL_SHARE_BP = 10_000;

/**
 * Message keys of the cross-field errors (the web catalogs translate them). They carry no
 * parameters: shared/errors.ts keeps only zod's min/max of an issue, not custom params.
 */
export const rulesMessageKeys = {
  maxHoursBelowMin: 'validation.rules.maxHoursBelowMin',
  maxWeeksBelowMin: 'validation.rules.maxWeeksBelowMin',
  sharesNotFull: 'validation.rules.sharesNotFull',
  duplicateMilestone: 'validation.rules.duplicateMilestone',
} as const;

export const accompanimentTrancheSchema = z.object({
  milestone: z.enum(milestones, 'validation.invalid_value'),
  shareBp: intInRange(1, FULL_SHARE_BP),
});
export type AccompanimentTranche = z.infer<typeof accompanimentTrancheSchema>;

const hoursSchema = intInRange(1, 80);
const weeksSchema = intInRange(1, 104);

/** The fields, each with its own range; the cross-field checks are added below. */
export const subsidyRulesFields = z.object({
  wageSubsidyRateBp: intInRange(1, FULL_SHARE_BP),
  hourlyWageCapCents: intInRange(1, 100_000),
  minHoursPerWeek: hoursSchema,
  maxHoursPerWeekCounted: hoursSchema,
  minWeeks: weeksSchema,
  maxWeeks: weeksSchema,
  accompanimentAmountCents: intInRange(0, 10_000_000),
  accompanimentTranches: z
    .array(accompanimentTrancheSchema, 'validation.invalid_type')
    .min(1, 'validation.required')
    .max(milestones.length, 'validation.tooMany'),
  claimPeriodWeeks: intInRange(1, 8),
  /** Days after the phase closes during which claims on its pairings are still accepted. */
  claimDeadlineDays: intInRange(0, 365),
  /**
   * The lowest hourly wage a hire (and a posting) may offer: by default Quebec's general minimum
   * wage on the phase's start date (shared/money/minimumWage.ts).
   */
  minHourlyWageCents: intInRange(1, 100_000),
  /**
   * How many days in the past a hire's start date may be when the employer confirms it (a hire
   * recorded a few days late); 0 = today or later only.
   */
  pastStartWindowDays: intInRange(0, 90),
});

/** The rules that get a default when a phase is saved without them (see withRuleDefaults). */
export const DEFAULT_PAST_START_WINDOW_DAYS = 14;

function valid(schema: z.ZodType, value: unknown): boolean {
  return schema.safeParse(value).success;
}

// A cross-field error is reported only when the fields it compares are each valid on their own,
// so that one mistake shows one message (e.g. a minimum of 90 h reads "at most 80", not also
// "the maximum is below the minimum"). Zod skips object refinements after a type error
// (non-continuable), but still runs them after range errors, hence these guards.
type CrossChecked = Pick<
  z.infer<typeof subsidyRulesFields>,
  'minHoursPerWeek' | 'maxHoursPerWeekCounted' | 'minWeeks' | 'maxWeeks' | 'accompanimentTranches'
>;

function crossChecks(rules: CrossChecked, ctx: z.RefinementCtx) {
  if (
    valid(hoursSchema, rules.minHoursPerWeek) &&
    valid(hoursSchema, rules.maxHoursPerWeekCounted) &&
    rules.minHoursPerWeek > rules.maxHoursPerWeekCounted
  ) {
    ctx.addIssue({
      code: 'custom',
      path: ['maxHoursPerWeekCounted'],
      message: rulesMessageKeys.maxHoursBelowMin,
    });
  }
  if (
    valid(weeksSchema, rules.minWeeks) &&
    valid(weeksSchema, rules.maxWeeks) &&
    rules.minWeeks > rules.maxWeeks
  ) {
    ctx.addIssue({
      code: 'custom',
      path: ['maxWeeks'],
      message: rulesMessageKeys.maxWeeksBelowMin,
    });
  }
  const tranches = rules.accompanimentTranches;
  if (!valid(subsidyRulesFields.shape.accompanimentTranches, tranches)) return;
  const seen = new Set<Milestone>();
  for (const tranche of tranches) {
    if (seen.has(tranche.milestone)) {
      ctx.addIssue({
        code: 'custom',
        path: ['accompanimentTranches'],
        message: rulesMessageKeys.duplicateMilestone,
      });
      break;
    }
    seen.add(tranche.milestone);
  }
  const total = tranches.reduce((sum, tranche) => sum + tranche.shareBp, 0);
  if (total !== FULL_SHARE_BP) {
    ctx.addIssue({
      code: 'custom',
      path: ['accompanimentTranches'],
      message: rulesMessageKeys.sharesNotFull,
    });
  }
}

export const subsidyRulesSchema = subsidyRulesFields.superRefine(crossChecks);

/**
 * The rules as a coordinator (or an API client) sends them: the newer rules may be left out and
 * get their defaults from the phase (withRuleDefaults).
 */
export const subsidyRulesInputSchema = subsidyRulesFields
  .partial({ minHourlyWageCents: true, pastStartWindowDays: true })
  .superRefine(crossChecks);
export type SubsidyRulesInput = z.infer<typeof subsidyRulesInputSchema>;

export type SubsidyRules = z.infer<typeof subsidyRulesSchema>;

/**
 * The current FIT terms (BRIEF): 50 % of the wage capped at 25,00 $/h, 30 h minimum and 40 h
 * counted per week, 10 to 18 weeks. The accompaniment amount has no public figure; 1 500,00 $
 * split 40 % at hire, 40 % at completion and 20 % at the 12-week retention check is a default the
 * coordinator edits. Claims every 2 weeks (the usual pay period), accepted up to 60 days after
 * the phase closes. Minimum hourly wage: Quebec's general minimum wage since 2026-05-01
 * (16,60 $); a start date up to 14 days in the past.
 */
export const currentFitRules: SubsidyRules = {
  wageSubsidyRateBp: 5_000,
  hourlyWageCapCents: 2_500,
  minHoursPerWeek: 30,
  maxHoursPerWeekCounted: 40,
  minWeeks: 10,
  maxWeeks: 18,
  accompanimentAmountCents: 150_000,
  accompanimentTranches: [
    { milestone: 'hire', shareBp: 4_000 },
    { milestone: 'completion', shareBp: 4_000 },
    { milestone: 'retention', shareBp: 2_000 },
  ],
  claimPeriodWeeks: 2,
  claimDeadlineDays: 60,
  minHourlyWageCents: quebecMinimumWageCents('2026-05-01'),
  pastStartWindowDays: DEFAULT_PAST_START_WINDOW_DAYS,
};

/**
 * Rules with their defaults filled in for a phase starting on `phaseStart`: the minimum hourly
 * wage is Quebec's general minimum wage in force that day, the window for a start date in the
 * past is 14 days.
 */
export function withRuleDefaults(rules: SubsidyRulesInput, phaseStart: string): SubsidyRules {
  return {
    ...rules,
    minHourlyWageCents: rules.minHourlyWageCents ?? quebecMinimumWageCents(phaseStart),
    pastStartWindowDays: rules.pastStartWindowDays ?? DEFAULT_PAST_START_WINDOW_DAYS,
  };
}

/** The current FIT terms for a phase starting on `phaseStart` (its minimum wage that day). */
export function fitRulesFor(phaseStart: string): SubsidyRules {
  return { ...currentFitRules, minHourlyWageCents: quebecMinimumWageCents(phaseStart) };
}
