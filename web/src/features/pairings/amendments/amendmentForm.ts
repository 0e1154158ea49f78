// The amendment form's schema: the procedure's own (shared/pairings/amendments.ts), with what is
// typed as text (weeks, dollars, hours, the chosen account) read exactly first. The values carry
// every kind's fields; only the chosen kind's are checked and sent.
import { z } from 'zod';
import {
  type AmendmentKind,
  amendCounsellorInput,
  amendLeaveInput,
  amendWageHoursInput,
  amendWeeksInput,
} from '../../../../../shared/pairings/amendments';
import { moneyText, wholeNumberText } from '../../../lib/formSchemas';

export const amendmentForm = z.discriminatedUnion('kind', [
  amendWeeksInput.extend({
    plannedWeeks: wholeNumberText(amendWeeksInput.shape.plannedWeeks),
  }),
  amendWageHoursInput.extend({
    hourlyWageCents: moneyText(amendWageHoursInput.shape.hourlyWageCents),
    hoursPerWeek: wholeNumberText(amendWageHoursInput.shape.hoursPerWeek),
  }),
  amendLeaveInput,
  amendCounsellorInput.extend({
    counsellorId: wholeNumberText(amendCounsellorInput.shape.counsellorId),
  }),
]);

/** What the form holds while typed: every field of every kind, as text. */
export interface AmendmentValues {
  kind: AmendmentKind;
  pairingId: number;
  plannedWeeks: string;
  effectiveFrom: string;
  hourlyWageCents: string;
  hoursPerWeek: string;
  leaveStart: string;
  leaveEnd: string;
  counsellorId: string;
  comment: string;
}
