// The partner API under /api/v1 (procedures: trpc/routers/apiV1.ts): its OpenAPI 3.1 document at
// /api/v1/openapi.json, an interactive reference at /api/v1/docs (Swagger UI served from the npm
// package, nothing loaded from another site), and the endpoints themselves, which take a bearer
// token (no cookies: a browser's ambient session never reaches them).
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import type { Hono, Context as HonoContext } from 'hono';
import { bodyLimit } from 'hono/body-limit';
import type { Deps, RequestInfo } from './deps';
import { trpcToOpenApi } from './lazyModule';
import type { SessionCookies } from './trpc/cookies';
import { apiV1Router } from './trpc/routers/apiV1';

export const API_BASE = '/api/v1';

export async function openApiDocument(appUrl: string) {
  const { generateOpenApiDocument } = await trpcToOpenApi();
  return generateOpenApiDocument(apiV1Router, {
    title: 'Passerelle — API des partenaires / Partner API',
    version: '1.0.0',
    baseUrl: `${appUrl}${API_BASE}`,
    description: [
      'API of the FIT program’s platform for member organisations’ case-management tools and the',
      'program coordination. Authenticate with `Authorization: Bearer psr_…`, a token created in',
      'Passerelle by an organisation manager (scopes people:read, followups:read, followups:write)',
      'or by the coordinator (program:read). A token sees exactly what its creator sees, limited to',
      'its scopes; 120 calls a minute per token; every call is recorded in the audit history and',
      'every read of a person’s file in that file’s access log. Money is in integer cents, dates',
      'YYYY-MM-DD. Errors: `{ code, message, data: { appCode, params, fieldErrors } }`.',
    ].join(' '),
    tags: ['people', 'pairings', 'follow-ups', 'program'],
  });
}

const noCookies: SessionCookies = { token: null, set() {}, clear() {} };

function swaggerAsset(file: string): string {
  const require = createRequire(import.meta.url);
  return readFileSync(join(dirname(require.resolve('swagger-ui-dist/package.json')), file), 'utf8');
}

const docsHtml = `<!doctype html>
<html lang="fr-CA">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>Passerelle — API v1</title>
<link rel="stylesheet" href="${API_BASE}/docs/swagger-ui.css">
</head>
<body>
<div id="reference"></div>
<script src="${API_BASE}/docs/swagger-ui-bundle.js"></script>
<script src="${API_BASE}/docs/init.js"></script>
</body>
</html>`;

// A file of its own (the page's policy allows no inline script).
const docsInit = `window.ui = SwaggerUIBundle({
  url: '${API_BASE}/openapi.json',
  dom_id: '#reference',
  deepLinking: true,
  tryItOutEnabled: false,
  validatorUrl: null,
  presets: [SwaggerUIBundle.presets.apis],
});`;

export function registerPartnerApi(
  app: Hono,
  deps: Deps,
  requestInfo: (c: HonoContext) => RequestInfo,
) {
  let document: string | undefined;
  app.get(`${API_BASE}/openapi.json`, async (c) => {
    document ??= JSON.stringify(await openApiDocument(deps.config.appUrl));
    c.header('Content-Type', 'application/json');
    return c.body(document);
  });

  const assets = new Map<string, { type: string; body: () => string }>([
    ['swagger-ui.css', { type: 'text/css', body: () => swaggerAsset('swagger-ui.css') }],
    [
      'swagger-ui-bundle.js',
      { type: 'text/javascript', body: () => swaggerAsset('swagger-ui-bundle.js') },
    ],
    ['init.js', { type: 'text/javascript', body: () => docsInit }],
  ]);
  const loaded = new Map<string, string>();
  app.get(`${API_BASE}/docs`, (c) => c.html(docsHtml));
  app.get(`${API_BASE}/docs/:file`, (c) => {
    const name = c.req.param('file');
    const asset = assets.get(name);
    if (!asset) return c.notFound();
    let body = loaded.get(name);
    if (body === undefined) {
      body = asset.body();
      loaded.set(name, body);
    }
    c.header('Content-Type', `${asset.type}; charset=utf-8`);
    c.header('Cache-Control', 'public, max-age=3600');
    return c.body(body);
  });

  app.use(
    `${API_BASE}/*`,
    bodyLimit({
      maxSize: 64 * 1024,
      onError: (c) => c.json({ code: 'PAYLOAD_TOO_LARGE', message: 'request.tooLarge' }, 413),
    }),
  );
  app.all(`${API_BASE}/*`, async (c) => {
    c.header('Cache-Control', 'no-store');
    const authorization = c.req.header('authorization') ?? '';
    const bearer = authorization.toLowerCase().startsWith('bearer ')
      ? authorization.slice('bearer '.length).trim()
      : null;
    const req = requestInfo(c);
    const { createOpenApiFetchHandler } = await trpcToOpenApi();
    const res = await createOpenApiFetchHandler({
      endpoint: API_BASE,
      req: c.req.raw,
      router: apiV1Router,
      // A token is a credential of its own (scoped, hashed, expiring); making one needs a full
      // session, which the second-factor gate governs: the gate has nothing more to check here.
      createContext: () => ({
        deps,
        req,
        actor: null,
        cookies: noCookies,
        bearer,
        pendingSignIn: null,
        secondFactorGate: 'ok' as const,
      }),
      onError: ({ error }) => {
        if (error.code === 'INTERNAL_SERVER_ERROR') {
          deps.log(`[api] internal error: ${error.cause?.stack ?? error.stack}`);
        }
      },
    });
    return res;
  });
}
