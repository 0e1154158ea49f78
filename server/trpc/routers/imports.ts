// imports.*: an organisation manager imports the people their organisation already follows.
// Both are mutations because the file travels in the body (larger limit: server/app.ts).
import { importFileInput, runImportInput } from '../../../shared/imports/columns';
import { previewImport, runImport } from '../../features/imports/importJobSeekers';
import { roleProcedure, router } from '../init';

export const importsRouter = router({
  preview: roleProcedure('org_admin')
    .input(importFileInput)
    .mutation(({ ctx, input }) => previewImport(ctx.deps, ctx.actor, input)),
  run: roleProcedure('org_admin')
    .input(runImportInput)
    .mutation(({ ctx, input }) => runImport(ctx.deps, ctx.actor, input, ctx.req)),
});
