// What the rules being typed come to, computed by the same calculator as the server: the maximum
// wage subsidy per pairing and the accompaniment's tranches, as soon as the fields can be read.
import { maxWageSubsidyCents, trancheAmounts } from '../../../../shared/money/calculator';
import {
  type AccompanimentTranche,
  FULL_SHARE_BP,
  type Milestone,
  milestones,
} from '../../../../shared/money/rules';
import { parseMoney, parsePercentToBp, parseWholeNumber } from '../../lib/numberText';
import type { RulesValues } from './phaseForm';

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

/** The tranches the form sends (shares above 0, in order) and the milestones not readable. */
export function readTranches(shares: Record<Milestone, string>) {
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
  const rateBp = parsePercentToBp(r.wageSubsidyRateBp);
  const capCents = parseMoney(r.hourlyWageCapCents);
  const maxHours = parseWholeNumber(r.maxHoursPerWeekCounted);
  const maxWeeks = parseWholeNumber(r.maxWeeks);
  if (
    typeof rateBp !== 'number' ||
    typeof capCents !== 'number' ||
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
  const totalShareBp = shareTotalBp(r.shares);
  const amount = parseMoney(r.accompanimentAmountCents);
  return {
    maxPerPairingCents,
    rateBp,
    capCents,
    maxHours,
    maxWeeks,
    totalShareBp,
    tranches:
      typeof amount === 'number' && totalShareBp === FULL_SHARE_BP
        ? trancheAmounts({
            accompanimentAmountCents: amount,
            accompanimentTranches: readTranches(r.shares).tranches,
          })
        : null,
  };
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
