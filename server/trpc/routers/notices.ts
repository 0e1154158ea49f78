// notices.*: payment notices, for their payee (business employers, organisation managers) and
// the coordination. The PDF is a download: /files/notices/:id.pdf.
import { getNoticeInput, listNoticesInput } from '../../../shared/notices/schemas';
import { getNotice, listNotices } from '../../features/notices/paymentNotices';
import { roleProcedure, router } from '../init';

const readers = roleProcedure('employer', 'org_admin', 'coordinator');

export const noticesRouter = router({
  list: readers
    .input(listNoticesInput)
    .query(({ ctx, input }) => listNotices(ctx.deps, ctx.actor, input)),
  get: readers
    .input(getNoticeInput)
    .query(({ ctx, input }) => getNotice(ctx.deps, ctx.actor, input)),
});
