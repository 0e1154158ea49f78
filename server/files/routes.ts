// Files over plain HTTP (tRPC carries JSON up to 64 KB): uploading a proof of pay (multipart,
// up to 10 MB), and downloading a proof, an agreement's PDF or a payment notice's PDF. The
// session cookie authenticates exactly as for tRPC calls; the use cases authorize and log.
// Errors answer JSON { error: { code, params, field } } with the catalogue's status.
import type { Hono, Context as HonoContext } from 'hono';
import { bodyLimit } from 'hono/body-limit';
import { z } from 'zod';
import { AppError, statusOf } from '../../shared/errors';
import { defaultLocale, locales } from '../../shared/locale';
import { MAX_PROOF_BYTES } from '../../shared/money/proofs';
import type { Actor, Deps, RequestInfo } from '../deps';
import { httpStatus } from '../exports';
import { agreementPdf } from '../features/agreements/downloadAgreement';
import { noticePdf } from '../features/notices/paymentNotices';
import { downloadProof, uploadProof } from '../features/proofs/proofs';
import { actorOfRequest } from '../httpSession';

interface Download {
  bytes: Uint8Array;
  contentType: string;
  fileName: string;
  sha256?: string;
}

const idParam = z.coerce
  .number()
  .int()
  .positive()
  .max(2 ** 31);
const localeParam = z.enum(locales).default(defaultLocale);

function errorResponse(c: HonoContext, e: AppError) {
  return c.json(
    { error: { code: e.code, params: e.params, field: e.field } },
    httpStatus[statusOf(e.code)],
  );
}

export function registerFileRoutes(
  app: Hono,
  deps: Deps,
  request: (c: HonoContext) => { req: RequestInfo; secure: boolean; originAllowed: boolean },
) {
  async function serve(c: HonoContext, produce: (actor: Actor) => Promise<Download> | Download) {
    c.header('Cache-Control', 'no-store');
    const { actor, refusal } = actorOfRequest(c, deps, request(c).secure);
    if (!actor) return errorResponse(c, new AppError(refusal));
    try {
      const file = await produce(actor);
      c.header('Content-Type', file.contentType);
      c.header(
        'Content-Disposition',
        `attachment; filename="${file.fileName.replace(/[^\x20-\x7e]/g, '_')}"; filename*=UTF-8''${encodeURIComponent(file.fileName)}`,
      );
      if (file.sha256) c.header('X-Document-SHA256', file.sha256);
      return c.body(new Uint8Array(file.bytes));
    } catch (e) {
      if (e instanceof AppError) return errorResponse(c, e);
      throw e;
    }
  }

  const invalid = (c: HonoContext) => errorResponse(c, new AppError('request.invalidInput'));

  // A little more than 10 MB for the multipart envelope; the file itself is checked exactly.
  const limitUpload = bodyLimit({
    maxSize: MAX_PROOF_BYTES + 64 * 1024,
    onError: (c) =>
      errorResponse(
        c,
        new AppError('proof.tooLarge', { maxMb: MAX_PROOF_BYTES / 1_048_576 }, 'file'),
      ),
  });

  app.post('/files/proofs', limitUpload, async (c) => {
    c.header('Cache-Control', 'no-store');
    const { req, secure, originAllowed } = request(c);
    if (!originAllowed) return errorResponse(c, new AppError('request.badOrigin'));
    const { actor, refusal } = actorOfRequest(c, deps, secure);
    if (!actor) return errorResponse(c, new AppError(refusal));
    let file: unknown;
    try {
      file = (await c.req.parseBody()).file;
    } catch {
      return invalid(c);
    }
    if (!(file instanceof File)) {
      return errorResponse(c, new AppError('proof.empty', {}, 'file'));
    }
    try {
      const bytes = new Uint8Array(await file.arrayBuffer());
      const proof = await uploadProof(deps, actor, { name: file.name, bytes }, req);
      return c.json(proof, 201);
    } catch (e) {
      if (e instanceof AppError) return errorResponse(c, e);
      throw e;
    }
  });

  app.get('/files/proofs/:id', (c) => {
    const id = idParam.safeParse(c.req.param('id'));
    if (!id.success) return invalid(c);
    return serve(c, (actor) => {
      const p = downloadProof(deps, actor, id.data, request(c).req);
      return { bytes: p.bytes, contentType: p.contentType, fileName: p.fileName };
    });
  });

  app.get('/files/agreements/:pairingId/:version{v[0-9]+\\.pdf}', (c) => {
    const pairingId = idParam.safeParse(c.req.param('pairingId'));
    const version = idParam.safeParse(c.req.param('version').replace(/^v|\.pdf$/g, ''));
    const locale = localeParam.safeParse(c.req.query('locale'));
    if (!pairingId.success || !version.success || !locale.success) return invalid(c);
    return serve(c, (actor) =>
      agreementPdf(
        deps,
        actor,
        {
          pairingId: pairingId.data,
          version: version.data,
          locale: locale.data,
        },
        request(c).req,
      ),
    );
  });

  app.get('/files/notices/:file{[0-9]+\\.pdf}', (c) => {
    const id = idParam.safeParse(c.req.param('file').replace(/\.pdf$/, ''));
    const locale = localeParam.safeParse(c.req.query('locale'));
    if (!id.success || !locale.success) return invalid(c);
    return serve(c, (actor) => noticePdf(deps, actor, id.data, locale.data));
  });
}
