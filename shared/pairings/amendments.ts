// Amendments (« avenants ») of an active pairing: extend or shorten the planned weeks; change the
// hourly wage or the hours per week from an effective date; record a leave between two dates
// (the placement pauses and its planned end moves by as many days); change the counsellor who
// follows it. Each makes a new version of the agreement that both parties accept.
import { z } from 'zod';
import { isoDateSchema } from '../dates';
import { idSchema, intInRange, optionalText } from '../schemaParts';

export const amendmentKinds = ['weeks', 'wage_hours', 'leave', 'counsellor'] as const;
export type AmendmentKind = (typeof amendmentKinds)[number];

/** Who may propose each kind: the counsellor change is the organisation's (or coordination's). */
export const amendmentRoles: Record<AmendmentKind, readonly string[]> = {
  weeks: ['employer', 'org_admin', 'counsellor', 'coordinator'],
  wage_hours: ['employer', 'org_admin', 'counsellor', 'coordinator'],
  leave: ['employer', 'org_admin', 'counsellor', 'coordinator'],
  counsellor: ['org_admin', 'counsellor', 'coordinator'],
};

const comment = optionalText(500);

export const amendWeeksInput = z.object({
  kind: z.literal('weeks'),
  pairingId: idSchema,
  plannedWeeks: intInRange(1, 104),
  comment,
});

export const amendWageHoursInput = z.object({
  kind: z.literal('wage_hours'),
  pairingId: idSchema,
  effectiveFrom: isoDateSchema,
  hourlyWageCents: intInRange(1, 100_000),
  hoursPerWeek: intInRange(1, 80),
  comment,
});

export const amendLeaveInput = z
  .object({
    kind: z.literal('leave'),
    pairingId: idSchema,
    leaveStart: isoDateSchema,
    leaveEnd: isoDateSchema,
    comment,
  })
  .refine((l) => !(l.leaveEnd < l.leaveStart), {
    message: 'validation.amendment.leaveEndsBeforeStart',
    path: ['leaveEnd'],
  })
  .refine((l) => Date.parse(l.leaveEnd) - Date.parse(l.leaveStart) < 365 * 86_400_000, {
    message: 'validation.amendment.leaveTooLong',
    path: ['leaveEnd'],
  });

export const amendCounsellorInput = z.object({
  kind: z.literal('counsellor'),
  pairingId: idSchema,
  counsellorId: idSchema,
  comment,
});

export const amendPairingInput = z.discriminatedUnion(
  'kind',
  [amendWeeksInput, amendWageHoursInput, amendLeaveInput, amendCounsellorInput],
  'validation.invalid_value',
);
export type AmendPairingInput = z.infer<typeof amendPairingInput>;
