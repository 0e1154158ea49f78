// directory.*: member organisations and employer businesses.
import { businessDirectoryInput } from '../../../shared/business/schemas';
import {
  businessDirectory,
  listOrganisations,
  myBusiness,
  myOrganisation,
} from '../../features/organisations/directory';
import { authedProcedure, roleProcedure, router } from '../init';

export const directoryRouter = router({
  organisations: authedProcedure.query(({ ctx }) => listOrganisations(ctx.deps)),
  myOrganisation: roleProcedure('org_admin', 'counsellor').query(({ ctx }) =>
    myOrganisation(ctx.deps, ctx.actor),
  ),
  businessesPage: roleProcedure('coordinator', 'org_admin', 'counsellor')
    .input(businessDirectoryInput)
    .query(({ ctx, input }) => businessDirectory(ctx.deps, input)),
  myBusiness: roleProcedure('employer').query(({ ctx }) => myBusiness(ctx.deps, ctx.actor)),
});
