// Report downloads as plain GETs, so the browser saves a real file: /exports/phases/:id/report.xlsx
// and /exports/phases/:id/:table.csv, with ?locale=fr-CA|en-CA. The session cookie authenticates
// them exactly as it does tRPC calls (trpc/context.ts); the use cases authorize.
import type { Hono, Context as HonoContext } from 'hono';
import { AppError, statusOf } from '../shared/errors';
import { csvExportQuery, exportQuery } from '../shared/reports/schemas';
import type { Actor, Deps, RequestInfo } from './deps';
import { attachmentDisposition } from './features/reports/exportNames';
import { type ExportFile, exportTableCsv, exportWorkbook } from './features/reports/exportReport';
import { actorOfRequest } from './httpSession';

export const httpStatus = {
  BAD_REQUEST: 400,
  UNAUTHORIZED: 401,
  FORBIDDEN: 403,
  NOT_FOUND: 404,
  CONFLICT: 409,
  TOO_MANY_REQUESTS: 429,
  SERVICE_UNAVAILABLE: 503,
} as const;

export function registerExports(
  app: Hono,
  deps: Deps,
  request: (c: HonoContext) => { req: RequestInfo; secure: boolean },
) {
  async function handle(
    c: HonoContext,
    produce: (actor: Actor) => ExportFile | Promise<ExportFile>,
  ) {
    c.header('Cache-Control', 'no-store');
    const { actor, refusal } = actorOfRequest(c, deps, request(c).secure);
    if (!actor) {
      return refusal === 'auth.notAuthenticated'
        ? c.json({ error: refusal }, 401)
        : c.json({ error: refusal }, 403);
    }
    try {
      const file = await produce(actor);
      c.header('Content-Type', file.contentType);
      c.header('Content-Disposition', attachmentDisposition(file.filename));
      return c.body(typeof file.body === 'string' ? file.body : new Uint8Array(file.body));
    } catch (e) {
      if (e instanceof AppError) return c.json({ error: e.code }, httpStatus[statusOf(e.code)]);
      throw e;
    }
  }

  app.get('/exports/phases/:phaseId/report.xlsx', (c) => {
    const q = exportQuery.safeParse({
      phaseId: c.req.param('phaseId'),
      locale: c.req.query('locale'),
    });
    if (!q.success) return c.json({ error: 'request.invalidInput' }, 400);
    return handle(c, (actor) => exportWorkbook(deps, actor, q.data, request(c).req));
  });

  app.get('/exports/phases/:phaseId/:file{[a-zA-Z]+\\.csv}', (c) => {
    const q = csvExportQuery.safeParse({
      phaseId: c.req.param('phaseId'),
      table: c.req.param('file').replace(/\.csv$/, ''),
      locale: c.req.query('locale'),
    });
    if (!q.success) return c.json({ error: 'request.invalidInput' }, 400);
    return handle(c, (actor) => exportTableCsv(deps, actor, q.data, request(c).req));
  });
}
