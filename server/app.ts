// The HTTP application: security headers, Origin check, body limit, health check, the tRPC
// API at /trpc, exports, and the built SPA (http/staticAssets.ts, precompressed at build time).
import { getConnInfo } from '@hono/node-server/conninfo';
import type { TRPCError } from '@trpc/server';
import { fetchRequestHandler } from '@trpc/server/adapters/fetch';
import { sql } from 'drizzle-orm';
import { Hono, type Context as HonoContext } from 'hono';
import { bodyLimit } from 'hono/body-limit';
import { secureHeaders } from 'hono/secure-headers';
import { IMPORT_MAX_BYTES } from '../shared/imports/columns';
import type { Config } from './config';
import type { Deps, RequestInfo } from './deps';
import { registerExports } from './exports';
import { registerImportTemplates } from './features/imports/templateRoutes';
import { registerFileRoutes } from './files/routes';
import { clientIp } from './http/clientIp';
import { serveWebApp } from './http/staticAssets';
import { observeRequests, registerMetricsRoute } from './observability/http';
import { API_BASE, registerPartnerApi } from './partnerApi';
import { createContext } from './trpc/context';
import { sessionCookies } from './trpc/cookies';
import { createCallerFactory } from './trpc/init';
import { appRouter } from './trpc/router';

const createCaller = createCallerFactory(appRouter);

export const MAX_BODY_BYTES = 64 * 1024;
/** The import procedures carry a file (base64): up to IMPORT_MAX_BYTES, a third more encoded. */
export const MAX_IMPORT_BODY_BYTES = Math.ceil((IMPORT_MAX_BYTES * 4) / 3) + 64 * 1024;
const importPaths = new Set(['/trpc/imports.preview', '/trpc/imports.run']);
export const MAX_BATCH_SIZE = 10;

function requestInfo(c: HonoContext, config: Config): RequestInfo {
  let peer: string | null;
  try {
    peer = getConnInfo(c).remote.address ?? null;
  } catch {
    peer = null; // in-process requests (tests) have no socket
  }
  const ip = clientIp({
    peer,
    forwardedFor: c.req.header('x-forwarded-for'),
    trustProxy: config.TRUST_PROXY,
    trusted: config.trustedProxies,
  });
  return { ip, userAgent: c.req.header('user-agent') ?? null };
}

function isHttps(c: HonoContext, deps: Deps): boolean {
  if (deps.config.TRUST_PROXY && c.req.header('x-forwarded-proto') === 'https') return true;
  return new URL(c.req.url).protocol === 'https:' || deps.config.appUrl.startsWith('https:');
}

/**
 * Cross-site request forgery guard for state-changing requests: a browser always sends
 * Origin on POST; it must be this app's. Requests without Origin (curl, server-to-server)
 * carry no ambient browser cookies from another site and are allowed.
 */
function originAllowed(c: HonoContext, deps: Deps): boolean {
  if (c.req.method === 'GET' || c.req.method === 'HEAD' || c.req.method === 'OPTIONS') return true;
  if (c.req.header('sec-fetch-site') === 'cross-site') return false;
  const origin = c.req.header('origin');
  if (!origin) return true;
  const allowed = new Set([deps.config.appUrl, new URL(c.req.url).origin]);
  const host = c.req.header('host');
  if (host) {
    allowed.add(`http://${host}`);
    allowed.add(`https://${host}`);
  }
  return allowed.has(origin);
}

export function createApp(deps: Deps, opts: { webRoot?: string } = {}) {
  const app = new Hono();

  app.use(observeRequests(deps));
  app.use(
    secureHeaders({
      contentSecurityPolicy: {
        defaultSrc: ["'self'"],
        scriptSrc: ["'self'"],
        // The API's reference page (Swagger UI) sets style attributes; no other page needs it.
        styleSrc: [
          "'self'",
          (c) => (c.req.path.startsWith(`${API_BASE}/docs`) ? "'unsafe-inline'" : ''),
        ],
        imgSrc: ["'self'", 'data:'],
        fontSrc: ["'self'"],
        connectSrc: ["'self'"],
        objectSrc: ["'none'"],
        baseUri: ["'self'"],
        formAction: ["'self'"],
        frameAncestors: ["'none'"],
      },
      xFrameOptions: 'DENY',
      xContentTypeOptions: 'nosniff',
      referrerPolicy: 'no-referrer',
      strictTransportSecurity: deps.config.appUrl.startsWith('https:')
        ? 'max-age=31536000; includeSubDomains'
        : false,
      crossOriginEmbedderPolicy: false,
    }),
  );

  app.get('/healthz', (c) => {
    // Replication's state and lag are reported, but do not make the server unhealthy: it still
    // serves requests while Litestream restarts (the lag is what an alert watches).
    const { state, lagSeconds, lastSyncedAt, syncInterval } = deps.replication.status();
    const replication = { state, lagSeconds, lastSyncedAt, syncInterval };
    try {
      deps.db.get(sql`select 1`);
      return c.json({ status: 'ok', replication });
    } catch {
      return c.json({ status: 'error', replication }, 503);
    }
  });
  registerMetricsRoute(app, deps);

  app.use('/trpc/*', async (c, next) => {
    if (!originAllowed(c, deps)) {
      return c.json(
        { error: { message: 'request.badOrigin', data: { appCode: 'request.badOrigin' } } },
        403,
      );
    }
    return next();
  });
  const limitBody = bodyLimit({
    maxSize: MAX_BODY_BYTES,
    onError: (c) =>
      c.json(
        { error: { message: 'request.tooLarge', data: { appCode: 'request.tooLarge' } } },
        413,
      ),
  });
  const limitImportBody = bodyLimit({
    maxSize: MAX_IMPORT_BODY_BYTES,
    onError: (c) =>
      c.json(
        { error: { message: 'request.tooLarge', data: { appCode: 'request.tooLarge' } } },
        413,
      ),
  });
  // A GET carries no body a fetch Request would read; checking it would only build one. Only
  // the two import procedures, called alone (not in a batch), accept a larger body.
  app.use('/trpc/*', (c, next) =>
    c.req.method === 'GET' || c.req.method === 'HEAD'
      ? next()
      : importPaths.has(c.req.path)
        ? limitImportBody(c, next)
        : limitBody(c, next),
  );

  const logInternal = (error: TRPCError, path: string | undefined) => {
    if (error.code === 'INTERNAL_SERVER_ERROR') {
      deps.logger.error({ err: error.cause ?? error, procedure: path }, 'internal error');
    }
  };

  app.all('/trpc/*', async (c) => {
    const req = requestInfo(c, deps.config);
    const secure = isHttps(c, deps);
    const res = await fetchRequestHandler({
      endpoint: '/trpc',
      req: c.req.raw,
      router: appRouter,
      maxBatchSize: MAX_BATCH_SIZE,
      createContext: ({ resHeaders }) =>
        createContext(
          deps,
          req,
          sessionCookies({ cookieHeader: c.req.header('cookie') ?? null, resHeaders, secure }),
        ),
      onError: ({ error, path }) => logInternal(error, path),
    });
    res.headers.set('Cache-Control', 'no-store');
    return res;
  });

  registerExports(app, deps, (c) => ({
    req: requestInfo(c, deps.config),
    secure: isHttps(c, deps),
  }));
  registerFileRoutes(app, deps, (c) => ({
    req: requestInfo(c, deps.config),
    secure: isHttps(c, deps),
    originAllowed: originAllowed(c, deps),
  }));

  registerImportTemplates(app);
  registerPartnerApi(app, deps, (c) => requestInfo(c, deps.config));

  // An HTML navigation's page carries the signed-in user (auth.me's own answer, the session
  // renewed as any request renews it): the app draws its first screen without asking first.
  serveWebApp(app, opts.webRoot, async (c) => {
    const resHeaders = new Headers();
    const cookieHeader = c.req.header('cookie') ?? null;
    const cookies = sessionCookies({ cookieHeader, resHeaders, secure: isHttps(c, deps) });
    try {
      const ctx = createContext(deps, requestInfo(c, deps.config), cookies);
      const me = await createCaller(ctx).auth.me();
      for (const v of resHeaders.getSetCookie()) c.header('Set-Cookie', v, { append: true });
      return { me };
    } catch (err) {
      // The page goes without it (the app then asks auth.me itself).
      deps.logger.warn({ err }, 'boot data');
      return undefined;
    }
  });

  return app;
}

export type App = ReturnType<typeof createApp>;
