import { describe, expect, it } from 'vitest';
import { loginInput, newPasswordSchema } from '../../shared/auth/schemas';
import { AppError, errorCodes, statusOf, toFieldErrors } from '../../shared/errors';
import { formatDate, formatMoney } from '../../shared/format';

describe('error catalogue', () => {
  it('maps every code to a client-error status, but the busy database (retry later)', () => {
    for (const code of errorCodes.filter((c) => c !== 'request.busy')) {
      expect([
        'BAD_REQUEST',
        'UNAUTHORIZED',
        'FORBIDDEN',
        'NOT_FOUND',
        'CONFLICT',
        'TOO_MANY_REQUESTS',
      ]).toContain(statusOf(code));
    }
    expect(statusOf('request.busy')).toBe('SERVICE_UNAVAILABLE');
    expect(new AppError('auth.tooManyAttempts', { minutes: 3 }).params).toEqual({ minutes: 3 });
  });

  it('turns zod issues into translatable field errors with their parameters', () => {
    const r = loginInput.safeParse({ email: 'nope', password: '' });
    expect(r.success).toBe(false);
    if (r.success) return;
    const fe = toFieldErrors(r.error.issues);
    expect(fe.email?.[0]).toEqual({ key: 'validation.email', params: {} });
    expect(fe.password?.[0]?.key).toBe('validation.required');
    const p = newPasswordSchema.safeParse('short');
    if (p.success) throw new Error('should fail');
    expect(toFieldErrors(p.error.issues)._form?.[0]).toEqual({
      key: 'validation.passwordTooShort',
      params: { min: 12 },
    });
  });

  it('falls back to a key per zod issue code for built-in messages', () => {
    const fe = toFieldErrors([
      { code: 'invalid_type', path: ['a', 0, 'b'], message: 'Expected string' },
      { code: 'too_big', path: ['n'], message: 'Too big', maximum: 5, origin: 'number' },
    ]);
    expect(fe['a.0.b']?.[0]?.key).toBe('validation.invalid_type');
    expect(fe.n?.[0]).toEqual({ key: 'validation.too_big_number', params: { max: 5 } });
  });
});

describe('locale formats', () => {
  it('formats money from integer cents in fr-CA and en-CA', () => {
    expect(formatMoney(123456, 'fr-CA')).toBe('1\u00a0234,56\u00a0$');
    expect(formatMoney(123456, 'en-CA')).toBe('$1,234.56');
    expect(formatMoney(-5, 'fr-CA')).toBe('-0,05\u00a0$');
  });

  it('formats calendar dates without a time-zone shift', () => {
    expect(formatDate('2026-01-01', 'fr-CA')).toBe('1er janvier 2026');
    expect(formatDate('2026-01-01', 'en-CA')).toBe('January 1, 2026');
    expect(formatDate('2026-10-15', 'fr-CA')).toBe('15 octobre 2026');
  });
});
