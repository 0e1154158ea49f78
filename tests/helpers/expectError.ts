// Asserts that a call fails with a given catalogue code (and optionally tRPC code).
import { TRPCError } from '@trpc/server';
import { expect } from 'vitest';
import { AppError, type ErrorCode, toFieldErrors } from '../../shared/errors';

export async function expectAppError(p: Promise<unknown>, code: ErrorCode, trpcCode?: string) {
  const err = await p.then(
    () => null,
    (e: unknown) => e,
  );
  expect(err, `expected ${code}`).toBeInstanceOf(TRPCError);
  const te = err as TRPCError;
  expect(te.cause).toBeInstanceOf(AppError);
  expect((te.cause as AppError).code).toBe(code);
  if (trpcCode) expect(te.code).toBe(trpcCode);
  return te.cause as AppError;
}

export async function expectValidationError(p: Promise<unknown>, field: string) {
  const err = await p.then(
    () => null,
    (e: unknown) => e,
  );
  expect(err).toBeInstanceOf(TRPCError);
  const te = err as TRPCError;
  expect(te.code).toBe('BAD_REQUEST');
  const issues = (te.cause as { issues?: { path: PropertyKey[] }[] }).issues ?? [];
  expect(issues.map((i) => i.path.join('.'))).toContain(field);
  return te;
}

/** The field errors a refused input gets, as the client receives them (key and parameters). */
export async function expectFieldErrors(p: Promise<unknown>, field: string) {
  const te = await expectValidationError(p, field);
  const issues = (te.cause as { issues?: Parameters<typeof toFieldErrors>[0] }).issues ?? [];
  return toFieldErrors(issues);
}
