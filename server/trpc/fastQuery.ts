// A shorter road for ONE tRPC call: a query over GET (`/trpc/<path>?input=…`) or a mutation
// posted as JSON (`POST /trpc/<path>` with an application/json body), batched with one call or
// not: the same router, context, middlewares, input validation, error formatter and JSON
// envelope as the fetch adapter, without building a WHATWG Request, AbortSignal and Response
// per call (that machinery cost more than most calls themselves). Anything else — several
// calls, a query posted or a mutation over GET, other content types (form posts get the
// adapter's 415), unknown paths, unreadable input — returns null and takes the regular
// adapter, which answers it exactly as before.
import type { AnyRouter } from '@trpc/server';
import {
  callProcedure,
  getErrorShape,
  getHTTPStatusCodeFromError,
  getProcedureAtPath,
  getTRPCErrorFromUnknown,
  type TRPCError,
} from '@trpc/server/unstable-core-do-not-import';
import { jsonOf } from '../features/lists/readCache';

export interface FastQueryResult {
  status: number;
  body: string;
}

export interface FastQueryRequest<Ctx> {
  router: AnyRouter;
  path: string;
  /** 'query' for a GET, 'mutation' for a JSON POST. */
  type: 'query' | 'mutation';
  /** `batch` query parameter, if any. */
  batch: string | undefined;
  /** The `input` query parameter of a GET, or the body of a POST, if any. */
  rawInput: string | undefined;
  createContext: () => Ctx;
  onError: (error: TRPCError, path: string) => void;
}

function readInput(
  batch: string | undefined,
  rawInput: string | undefined,
): { input: unknown } | null {
  if (batch !== undefined && batch !== '1') return null;
  if (rawInput === undefined) return batch === undefined ? { input: undefined } : null;
  let parsed: unknown;
  try {
    parsed = JSON.parse(rawInput);
  } catch {
    return null;
  }
  if (batch === undefined) return { input: parsed };
  if (typeof parsed !== 'object' || parsed === null || Array.isArray(parsed)) return null;
  const keys = Object.keys(parsed);
  if (keys.length !== 1 || keys[0] !== '0') return null;
  return { input: (parsed as Record<string, unknown>)['0'] };
}

export async function fastQuery<Ctx>(req: FastQueryRequest<Ctx>): Promise<FastQueryResult | null> {
  const { router, path, batch } = req;
  if (path.length === 0 || path.includes(',')) return null;
  const read = readInput(batch, req.rawInput);
  if (!read) return null;
  // Only the router's own procedures (never an inherited property such as "constructor").
  if (!Object.hasOwn(router._def.procedures, path)) return null;
  const procedure = await getProcedureAtPath(router, path);
  if (typeof procedure !== 'function' || procedure._def?.type !== req.type) return null;
  const wrap = (payload: unknown) => JSON.stringify(batch === undefined ? payload : [payload]);
  let ctx: Ctx | undefined;
  try {
    ctx = req.createContext();
    const data = await callProcedure({
      router,
      path,
      ctx,
      type: req.type,
      getRawInput: async () => read.input,
      signal: undefined,
      batchIndex: 0,
    });
    // The same text JSON.stringify({result: {data}}) gives, with data's JSON possibly reused.
    const body =
      data === undefined
        ? JSON.stringify({ result: { data } })
        : `{"result":{"data":${jsonOf(data)}}}`;
    return { status: 200, body: batch === undefined ? body : `[${body}]` };
  } catch (cause) {
    const error = getTRPCErrorFromUnknown(cause);
    req.onError(error, path);
    const shape = getErrorShape({
      config: router._def._config,
      error,
      type: req.type,
      path,
      input: read.input,
      ctx,
    });
    return { status: getHTTPStatusCodeFromError(error), body: wrap({ error: shape }) };
  }
}
