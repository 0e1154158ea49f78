// Turns an API error into what forms show: a translated message and per-field messages.
import { TRPCClientError } from '@trpc/client';
import type { ParseKeys, TFunction } from 'i18next';
import {
  type ErrorCode,
  type FieldErrors,
  isErrorCode,
  toFieldErrors,
} from '../../../shared/errors';
import { formatDate, formatMoney } from '../../../shared/format';
import { isLocale, type Locale } from '../../../shared/locale';

export interface ShownError {
  message: string | null;
  fields: Record<string, string>;
}

/**
 * A message key that comes at run time (a shared schema's `validation.…`, an import row's): the
 * compiler cannot see it, so tests/web/catalogs.test.tsx checks every key the shared schemas use.
 */
export function runtimeKey(key: string): ParseKeys {
  return key as ParseKeys;
}

export function translateFieldErrors(
  fieldErrors: FieldErrors,
  t: TFunction,
): Record<string, string> {
  const out: Record<string, string> = {};
  for (const [field, issues] of Object.entries(fieldErrors)) {
    const first = issues[0];
    if (first) out[field] = t(runtimeKey(first.key), first.params);
  }
  return out;
}

/**
 * Parameters are shown in the reader's language: those named …Cents as money, calendar dates
 * (YYYY-MM-DD) written out.
 */
function formatMoneyParams(params: Record<string, string | number>, t: TFunction) {
  const locale = isLocale(t('app.locale')) ? (t('app.locale') as Locale) : 'fr-CA';
  return Object.fromEntries(
    Object.entries(params).map(([k, v]) => {
      if (k.endsWith('Cents') && typeof v === 'number') return [k, formatMoney(v, locale)];
      if (typeof v === 'string' && /^\d{4}-\d{2}-\d{2}$/.test(v)) return [k, formatDate(v, locale)];
      return [k, v];
    }),
  );
}

/**
 * A rule the web checks before sending, as the server would refuse it (shared/dateRules.ts):
 * its message in the reader's language, dates and amounts formatted.
 */
export function describeBreach(
  breach: { code: ErrorCode; params: Record<string, string | number> },
  t: TFunction,
): string {
  return t(`errors.${breach.code}`, formatMoneyParams(breach.params, t));
}

export function describeError(err: unknown, t: TFunction): ShownError {
  if (err instanceof TRPCClientError) {
    const data = err.data as
      | {
          appCode?: string | null;
          params?: Record<string, string | number>;
          field?: string | null;
          fieldErrors?: FieldErrors | null;
        }
      | undefined;
    if (data?.fieldErrors) {
      return { message: t('form.errorSummary'), fields: translateFieldErrors(data.fieldErrors, t) };
    }
    const code = data?.appCode;
    if (isErrorCode(code)) {
      const params = formatMoneyParams(data?.params ?? {}, t);
      // Plural messages take their count from the `minutes` parameter.
      const count = typeof params.minutes === 'number' ? params.minutes : undefined;
      const message = t(`errors.${code}`, { ...params, count });
      // An error about one field is shown next to it, with the summary on top.
      if (data?.field)
        return { message: t('form.errorSummary'), fields: { [data.field]: message } };
      return { message, fields: {} };
    }
    if (!data) return { message: t('errors.network'), fields: {} };
  }
  return { message: t('errors.generic'), fields: {} };
}

/** Validates form values with a shared zod schema before sending them. */
export function validate<T>(
  schema: {
    safeParse(
      v: unknown,
    ):
      | { success: true; data: T }
      | { success: false; error: { issues: Parameters<typeof toFieldErrors>[0] } };
  },
  values: unknown,
  t: TFunction,
): { ok: true; data: T } | { ok: false; error: ShownError } {
  const r = schema.safeParse(values);
  if (r.success) return { ok: true, data: r.data };
  return {
    ok: false,
    error: {
      message: t('form.errorSummary'),
      fields: translateFieldErrors(toFieldErrors(r.error.issues), t),
    },
  };
}
