// home.*: what each role sees first.
import { employerHome, organisationHome } from '../../features/home/homeSummaries';
import { roleProcedure, router } from '../init';

export const homeRouter = router({
  organisation: roleProcedure('org_admin', 'counsellor').query(({ ctx }) =>
    organisationHome(ctx.deps, ctx.actor),
  ),
  employer: roleProcedure('employer').query(({ ctx }) => employerHome(ctx.deps, ctx.actor)),
});
