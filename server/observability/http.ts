// Every HTTP request: an id (X-Request-Id, taken from a trusted proxy or made here), the
// request's facts in AsyncLocalStorage for every log line written while serving it, one
// access-log line at the end (method, path without its query string, status, duration,
// procedures, user id and role) and the HTTP metrics. And /metrics, which answers only the
// machine itself (a loopback connection that did not come through the proxy) or a bearer token.
import { createHash, randomUUID, timingSafeEqual } from 'node:crypto';
import { getConnInfo } from '@hono/node-server/conninfo';
import type { Hono, Context as HonoContext, MiddlewareHandler } from 'hono';
import type { Deps } from '../deps';
import { type RequestFacts, runWithRequest } from './requestContext';

const REQUEST_ID = /^[A-Za-z0-9._-]{8,64}$/;

function kindOf(path: string): string {
  if (path.startsWith('/trpc/')) return 'trpc';
  if (path.startsWith('/exports/')) return 'exports';
  if (path === '/healthz') return 'health';
  if (path === '/metrics') return 'metrics';
  return 'static';
}

export function observeRequests(deps: Deps): MiddlewareHandler {
  return async (c, next) => {
    const started = performance.now();
    const offered = deps.config.TRUST_PROXY ? c.req.header('x-request-id') : undefined;
    const facts: RequestFacts = {
      reqId: offered && REQUEST_ID.test(offered) ? offered : randomUUID(),
      procedures: [],
    };
    c.header('X-Request-Id', facts.reqId);
    await runWithRequest(facts, async () => {
      try {
        await next();
      } finally {
        // Again on the final response: a handler or middleware inside may have replaced it.
        c.header('X-Request-Id', facts.reqId);
        const seconds = (performance.now() - started) / 1000;
        const kind = kindOf(c.req.path);
        const status = c.res.status;
        deps.metrics.httpRequests.inc({ kind, method: c.req.method, status: String(status) });
        deps.metrics.httpDuration.observe({ kind }, seconds);
        const line = {
          method: c.req.method,
          path: c.req.path,
          status,
          durationMs: Math.round(seconds * 10_000) / 10,
          ...(facts.procedures.length ? { procedure: facts.procedures.join(',') } : {}),
        };
        if (status >= 500) deps.logger.error(line, 'request');
        else if (kind === 'trpc' || kind === 'exports') deps.logger.info(line, 'request');
        else deps.logger.debug(line, 'request');
      }
    });
  };
}

const LOOPBACK = /^(127\.\d+\.\d+\.\d+|::1|::ffff:127\.\d+\.\d+\.\d+)$/;

function sha256(s: string): Buffer {
  return createHash('sha256').update(s).digest();
}

/** The machine itself (not relayed by a proxy, which would add X-Forwarded-For), or the token. */
export function metricsAllowed(c: HonoContext, deps: Deps): boolean {
  const token = deps.config.METRICS_TOKEN;
  const auth = c.req.header('authorization');
  if (token && auth && timingSafeEqual(sha256(auth), sha256(`Bearer ${token}`))) return true;
  if (c.req.header('x-forwarded-for') || c.req.header('forwarded')) return false;
  try {
    return LOOPBACK.test(getConnInfo(c).remote.address ?? '');
  } catch {
    return false; // no socket (an in-process request): not the machine's own scraper
  }
}

export function registerMetricsRoute(app: Hono, deps: Deps): void {
  app.get('/metrics', async (c) => {
    if (!metricsAllowed(c, deps)) {
      c.header('WWW-Authenticate', 'Bearer');
      return c.text('Forbidden: /metrics answers the machine itself or a bearer token\n', 403);
    }
    c.header('Cache-Control', 'no-store');
    c.header('Content-Type', deps.metrics.registry.contentType);
    return c.body(await deps.metrics.registry.metrics());
  });
}
