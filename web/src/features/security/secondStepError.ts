// Reading the server's « a second factor is needed » answer (auth.login, auth.resetPassword): the
// half-session's cookie is already set, and the methods the account has come as a parameter.
import { TRPCClientError } from '@trpc/client';

export type SecondFactorMethod = 'totp' | 'passkey' | 'recovery';

/** The account's methods when `err` asks for the second step, else null. */
export function secondStepMethods(err: unknown): SecondFactorMethod[] | null {
  if (!(err instanceof TRPCClientError)) return null;
  const data = err.data as { appCode?: string; params?: { methods?: string } } | undefined;
  if (data?.appCode !== 'auth.secondFactorRequired') return null;
  const methods = String(data.params?.methods ?? 'recovery')
    .split(',')
    .filter((m): m is SecondFactorMethod => m === 'totp' || m === 'passkey' || m === 'recovery');
  return methods.length > 0 ? methods : ['recovery'];
}

/** The half-session ran out: the sign-in starts again from the password. */
export function secondStepExpired(err: unknown): boolean {
  if (!(err instanceof TRPCClientError)) return false;
  const code = (err.data as { appCode?: string } | undefined)?.appCode;
  return code === 'auth.secondFactorExpired';
}
