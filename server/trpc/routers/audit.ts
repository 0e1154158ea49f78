// audit.*: the audit history (coordinator: everything; org_admin: their organisation's users).
import { listAuditInput } from '../../../shared/audit';
import { listAudit } from '../../features/audit/listAudit';
import { roleProcedure, router } from '../init';

export const auditRouter = router({
  list: roleProcedure('coordinator', 'org_admin')
    .input(listAuditInput)
    .query(({ ctx, input }) => listAudit(ctx.deps, ctx.actor, input)),
});
