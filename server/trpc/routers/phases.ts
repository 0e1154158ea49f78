// phases.*: program phases (coordinator), their list for the member organisations' filters (a
// phase's number, name, dates and status: no figures), and the current phase's facts for everyone.
import {
  createPhaseInput,
  phaseActionInput,
  phaseIdInput,
  updatePhaseInput,
} from '../../../shared/phases/schemas';
import { currentPhase, getPhase, listPhases } from '../../features/phases/readPhases';
import { createPhase, transitionPhase, updatePhase } from '../../features/phases/savePhase';
import { authedProcedure, roleProcedure, router } from '../init';

const coordinator = roleProcedure('coordinator');

export const phasesRouter = router({
  list: roleProcedure('coordinator', 'org_admin', 'counsellor').query(({ ctx }) =>
    listPhases(ctx.deps),
  ),
  get: roleProcedure('coordinator', 'org_admin')
    .input(phaseIdInput)
    .query(({ ctx, input }) => getPhase(ctx.deps, ctx.actor, input.phaseId)),
  current: authedProcedure.query(({ ctx }) => currentPhase(ctx.deps)),
  create: coordinator
    .input(createPhaseInput)
    .mutation(({ ctx, input }) => createPhase(ctx.deps, ctx.actor, input, ctx.req)),
  update: coordinator.input(updatePhaseInput).mutation(({ ctx, input }) => {
    updatePhase(ctx.deps, ctx.actor, input.phaseId, input.phase, ctx.req);
    return { ok: true as const };
  }),
  transition: coordinator
    .input(phaseActionInput)
    .mutation(({ ctx, input }) => transitionPhase(ctx.deps, ctx.actor, input, ctx.req)),
});
