// Input schemas of program phases (coordinator).
import { z } from 'zod';

import { isoDateSchema } from '../dates';
import { subsidyRulesInputSchema, withRuleDefaults } from '../money/rules';
import { idSchema, intInRange, requiredText } from '../schemaParts';

/** A phase's life: drafted, open for hires, closed. */
export const phaseStatuses = ['draft', 'open', 'closed'] as const;
export type PhaseStatus = (typeof phaseStatuses)[number];

/** Up to 1 billion dollars, in cents. */
const envelopeSchema = intInRange(0, 100_000_000_000);

export const phaseOrganisationSchema = z.object({
  organisationId: idSchema,
  pairingTarget: intInRange(0, 100_000),
  wageAllocationCents: envelopeSchema.nullable().default(null),
  accompanimentAllocationCents: envelopeSchema.nullable().default(null),
});

export const phaseFields = z
  .object({
    number: intInRange(1, 10_000),
    name: requiredText(120),
    startDate: isoDateSchema,
    endDate: isoDateSchema,
    wageEnvelopeCents: envelopeSchema,
    accompanimentEnvelopeCents: envelopeSchema,
    rules: subsidyRulesInputSchema.nullable().default(null),
    organisations: z.array(phaseOrganisationSchema).max(500).default([]),
  })
  .superRefine((p, ctx) => {
    if (p.endDate < p.startDate) {
      ctx.addIssue({ code: 'custom', path: ['endDate'], message: 'validation.endBeforeStart' });
    }
    const seen = new Set<number>();
    p.organisations.forEach((o, i) => {
      if (seen.has(o.organisationId)) {
        ctx.addIssue({
          code: 'custom',
          path: ['organisations', i, 'organisationId'],
          message: 'validation.duplicateOrganisation',
        });
      }
      seen.add(o.organisationId);
    });
  })
  // Rules left out (minimum hourly wage, past start window) get the phase's defaults.
  .transform((p) => ({ ...p, rules: p.rules ? withRuleDefaults(p.rules, p.startDate) : null }));
export type PhaseFields = z.infer<typeof phaseFields>;

export const createPhaseInput = phaseFields;
export const updatePhaseInput = z.object({ phaseId: idSchema, phase: phaseFields });
export const phaseIdInput = z.object({ phaseId: idSchema });
export const phaseActionInput = z.object({ phaseId: idSchema, action: z.enum(['open', 'close']) });
