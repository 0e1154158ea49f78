// reports.*: the phase dashboard's aggregates (coordinator: the whole phase; org_admin: their
// organisation). Downloads (CSV, XLSX) are plain GETs under /exports (server/exports.ts).
import { phaseReportInput } from '../../../shared/reports/schemas';
import { dashboardReport } from '../../features/reports/phaseReport';
import { roleProcedure, router } from '../init';

export const reportsRouter = router({
  phase: roleProcedure('coordinator', 'org_admin')
    .input(phaseReportInput)
    .query(({ ctx, input }) => dashboardReport(ctx.deps, ctx.actor, input.phaseId)),
});
