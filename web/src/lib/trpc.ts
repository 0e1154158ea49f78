// The typed tRPC client (options-proxy over TanStack Query), sharing the server's types.
import { MutationCache, QueryCache, QueryClient } from '@tanstack/react-query';
import { createTRPCClient, httpBatchLink, TRPCClientError } from '@trpc/client';
import type { inferRouterOutputs } from '@trpc/server';
import { createTRPCContext } from '@trpc/tanstack-react-query';
import type { AppRouter } from '../../../server/trpc/router';

/** What each procedure answers: the web's types come from the server, never copied. */
export type RouterOutputs = inferRouterOutputs<AppRouter>;

export const { TRPCProvider, useTRPC } = createTRPCContext<AppRouter>();
/** The typed options proxy useTRPC gives (queryOptions, queryKey of each procedure). */
export type TRPC = ReturnType<typeof useTRPC>;

function isUnauthenticated(err: unknown): boolean {
  return err instanceof TRPCClientError && err.data?.appCode === 'auth.notAuthenticated';
}

export function makeQueryClient() {
  // A session that ended (expired, logged out elsewhere) sends the user back to the login page.
  const onError = (err: unknown) => {
    if (isUnauthenticated(err)) void qc.invalidateQueries({ queryKey: [['auth', 'me']] });
  };
  const qc: QueryClient = new QueryClient({
    queryCache: new QueryCache({ onError }),
    mutationCache: new MutationCache({ onError }),
    defaultOptions: {
      queries: {
        staleTime: 30_000,
        refetchOnWindowFocus: false,
        retry: (count, err) =>
          count < 2 && !(err instanceof TRPCClientError && err.data?.httpStatus < 500),
      },
    },
  });
  return qc;
}

export function makeTrpcClient() {
  return createTRPCClient<AppRouter>({
    links: [httpBatchLink({ url: '/trpc', maxItems: 10, maxURLLength: 2000 })],
  });
}
