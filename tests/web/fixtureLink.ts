// The web tests' tRPC link: answers from fixtures in the test, never from the network. Every
// call is recorded (path and input); a call the test did not answer fails it (support.tsx checks
// after each test), so a screen that starts asking for more data is noticed.
import { createTRPCClient, TRPCClientError, type TRPCLink } from '@trpc/client';
import { observable } from '@trpc/server/observable';
import type { AppRouter } from '../../server/trpc/router';

export type Answer = (input: unknown) => unknown;

export interface FixtureClient {
  client: ReturnType<typeof createTRPCClient<AppRouter>>;
  /** Every call made, in order. */
  calls: { path: string; input: unknown }[];
  /** Calls with no answer (each fails the test). */
  unexpected: string[];
}

/** The error a procedure would send: a domain refusal with its code, parameters and field. */
export function refusal(
  appCode: string,
  params: Record<string, string | number> = {},
  field: string | null = null,
): TRPCClientError<AppRouter> {
  return new TRPCClientError(appCode, {
    result: {
      error: {
        code: -32600,
        message: appCode,
        data: { appCode, params, field, fieldErrors: null, code: 'BAD_REQUEST', httpStatus: 400 },
      },
    },
  } as never);
}

export function fixtureClient(answers: Record<string, Answer> = {}): FixtureClient {
  const calls: FixtureClient['calls'] = [];
  const unexpected: string[] = [];
  const link: TRPCLink<AppRouter> =
    () =>
    ({ op }) =>
      observable((observer) => {
        calls.push({ path: op.path, input: op.input });
        const answer = answers[op.path];
        if (!answer) {
          unexpected.push(op.path);
          observer.error(TRPCClientError.from(new Error(`No fixture for ${op.path}`)));
          return;
        }
        Promise.resolve()
          .then(() => answer(op.input))
          .then(
            (data) => {
              observer.next({ result: { type: 'data', data } });
              observer.complete();
            },
            (err: unknown) =>
              observer.error(
                err instanceof TRPCClientError ? err : TRPCClientError.from(err as Error),
              ),
          );
      });
  return { client: createTRPCClient<AppRouter>({ links: [link] }), calls, unexpected };
}
