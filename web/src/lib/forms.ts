// Forms on react-hook-form, validated by the same zod schemas from shared/ that the procedures
// use (with .pick/.extend where the form differs, e.g. money typed as text): a rule is written
// once and shown before the round trip. Messages are the catalogue's (with their {{min}} and
// {{max}}), and the server's field errors land on the same fields with setError.
import { zodResolver } from '@hookform/resolvers/zod';
import type { TFunction } from 'i18next';
import { useState } from 'react';
import {
  type DefaultValues,
  type FieldErrors,
  type FieldValues,
  type Path,
  type Resolver,
  type UseFormReturn,
  useForm,
} from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import type { z } from 'zod';
import { toFieldErrors } from '../../../shared/errors';
import { formatMoney } from '../../../shared/format';
import { isLocale, type Locale } from '../../../shared/locale';
import { describeError, type ShownError, translateFieldErrors } from './errors';

// biome-ignore lint/suspicious/noExplicitAny: zod's own bound for "any object schema"
type FormSchema = z.ZodType<any, FieldValues>;

/**
 * zodResolver with the catalogue's messages: the shared schemas say which message (a key such
 * as `validation.too_small_number`), and the issue carries its parameters.
 */
export function sharedResolver<S extends FormSchema>(
  schema: S,
  t: TFunction,
  moneyFields: readonly string[] = [],
): Resolver<z.input<S>, unknown, z.output<S>> {
  const base = zodResolver(schema) as unknown as Resolver<z.input<S>, unknown, z.output<S>>;
  return async (values, context, options) => {
    const result = await base(values, context, options);
    if (Object.keys(result.errors).length === 0) return result;
    const parsed = schema.safeParse(values);
    if (parsed.success) return result;
    const fieldErrors = toFieldErrors(parsed.error.issues);
    // Limits of amounts are said in dollars (« au plus 1 000,00 $ »), never in cents.
    const locale = isLocale(t('app.locale')) ? (t('app.locale') as Locale) : 'fr-CA';
    for (const field of moneyFields) {
      for (const issue of fieldErrors[field] ?? []) {
        for (const k of ['min', 'max'] as const) {
          const v = issue.params[k];
          if (typeof v === 'number') issue.params[k] = formatMoney(v, locale);
        }
      }
    }
    const messages = translateFieldErrors(fieldErrors, t);
    relabel(result.errors, '', messages);
    return result;
  };
}

function relabel(errors: FieldErrors, prefix: string, messages: Record<string, string>) {
  for (const [key, value] of Object.entries(errors)) {
    if (!value || typeof value !== 'object') continue;
    const path = prefix ? `${prefix}.${key}` : key;
    const message = messages[path];
    if ('message' in value && typeof value.message === 'string' && message) value.message = message;
    else relabel(value as FieldErrors, path, messages);
  }
}

/**
 * A form validated by `schema` (values as typed in, the procedure's input out), checked when a
 * field is left and again as it is corrected, plus the error summary shown above the fields.
 */
export function useSharedForm<S extends FormSchema>(
  schema: S,
  defaultValues: DefaultValues<z.input<S>>,
  /** Fields holding cents, whose limits are said in dollars. */
  moneyFields: readonly string[] = [],
) {
  const { t } = useTranslation();
  // The first values only: a parent's new object on each render must not reset the form.
  const [initial] = useState(defaultValues);
  const [resolver] = useState(() => sharedResolver(schema, t, moneyFields));
  const form = useForm<z.input<S>, unknown, z.output<S>>({
    resolver,
    defaultValues: initial,
    mode: 'onTouched',
  });
  const [summary, setSummary] = useState<string | null>(null);
  return { form, summary, setSummary };
}

/**
 * Shows a refusal from the server: each field error on its field (`fieldNames` maps an API field
 * to the form's when they differ), the message above the form. Returns what was shown.
 */
export function showServerError<V extends FieldValues>(
  err: unknown,
  form: UseFormReturn<V, unknown, FieldValues>,
  t: TFunction,
  describe: (err: unknown, t: TFunction) => ShownError = describeError,
  fieldNames: Record<string, string> = {},
): ShownError {
  const shown = describe(err, t);
  const known = new Set(Object.keys(form.getValues()));
  let focused = false;
  for (const [apiField, message] of Object.entries(shown.fields)) {
    const name = fieldNames[apiField] ?? apiField;
    if (!known.has(name.split('.')[0] ?? name)) continue;
    form.setError(name as Path<V>, { type: 'server', message }, { shouldFocus: !focused });
    focused = true;
  }
  // A field error the form has no field for is said in the summary.
  const orphans = Object.entries(shown.fields)
    .filter(([f]) => !known.has((fieldNames[f] ?? f).split('.')[0] ?? f))
    .map(([, m]) => m);
  return {
    message: [shown.message, ...orphans].filter(Boolean).join(' ') || null,
    fields: shown.fields,
  };
}
