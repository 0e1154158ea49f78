// pairings.*: confirming a hire (employer), amendments, the pairing's life (end, retention
// check), accompaniment follow-ups.

import { amendPairingInput } from '../../../shared/pairings/amendments';
import {
  completePairingInput,
  confirmHireInput,
  endPairingEarlyInput,
  followUpInput,
  listPairingsInput,
  pairingCountsInput,
  pairingIdInput,
  recordRetentionInput,
} from '../../../shared/pairings/schemas';
import { amendPairing, previewAmendment } from '../../features/pairings/amendPairing';
import { confirmHire, previewHire } from '../../features/pairings/confirmHire';
import { accompanimentAgenda, logFollowUp } from '../../features/pairings/followUps';
import {
  completePairing,
  endPairingEarly,
  recordRetention,
} from '../../features/pairings/pairingLifecycle';
import { getPairing, listPairings, pairingCounts } from '../../features/pairings/readPairings';
import { authedProcedure, roleProcedure, router } from '../init';

const employer = roleProcedure('employer');
const organisation = roleProcedure('org_admin', 'counsellor');

export const pairingsRouter = router({
  previewHire: employer
    .input(confirmHireInput)
    .query(({ ctx, input }) => previewHire(ctx.deps, ctx.actor, input)),
  confirmHire: employer
    .input(confirmHireInput)
    .mutation(({ ctx, input }) => confirmHire(ctx.deps, ctx.actor, input, ctx.req)),
  previewAmendment: authedProcedure
    .input(amendPairingInput)
    .query(({ ctx, input }) => previewAmendment(ctx.deps, ctx.actor, input)),
  amend: roleProcedure('employer', 'org_admin', 'counsellor', 'coordinator')
    .input(amendPairingInput)
    .mutation(({ ctx, input }) => amendPairing(ctx.deps, ctx.actor, input, ctx.req)),
  list: authedProcedure
    .input(listPairingsInput)
    .query(({ ctx, input }) => listPairings(ctx.deps, ctx.actor, input)),
  counts: authedProcedure
    .input(pairingCountsInput)
    .query(({ ctx, input }) => pairingCounts(ctx.deps, ctx.actor, input)),
  get: authedProcedure
    .input(pairingIdInput)
    .query(({ ctx, input }) => getPairing(ctx.deps, ctx.actor, input.pairingId)),
  complete: roleProcedure('coordinator', 'org_admin', 'counsellor')
    .input(completePairingInput)
    .mutation(({ ctx, input }) => {
      completePairing(ctx.deps, ctx.actor, input, ctx.req);
      return { ok: true as const };
    }),
  endEarly: authedProcedure.input(endPairingEarlyInput).mutation(({ ctx, input }) => {
    endPairingEarly(ctx.deps, ctx.actor, input, ctx.req);
    return { ok: true as const };
  }),
  recordRetention: roleProcedure('coordinator', 'org_admin', 'counsellor')
    .input(recordRetentionInput)
    .mutation(({ ctx, input }) => {
      recordRetention(ctx.deps, ctx.actor, input, ctx.req);
      return { ok: true as const };
    }),
  logFollowUp: organisation
    .input(followUpInput)
    .mutation(({ ctx, input }) => logFollowUp(ctx.deps, ctx.actor, input)),
  agenda: organisation.query(({ ctx }) => accompanimentAgenda(ctx.deps, ctx.actor)),
});
