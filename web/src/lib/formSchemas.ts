// Form-side pieces of zod schemas: what people type as text (amounts, hours, whole numbers,
// percentages) parsed exactly and then checked by the procedure's own schema for that field.
import { z } from 'zod';
import { parseHours, parseMoney, parsePercentToBp, parseWholeNumber } from './numberText';

type Parser = (text: string) => number | null | undefined;

function typedAs<T extends z.ZodType<number, number>>(parse: Parser, formatKey: string, target: T) {
  return z
    .string()
    .transform((text, ctx) => {
      const n = parse(text);
      if (n === undefined) {
        ctx.addIssue({ code: 'custom', message: 'validation.required' });
        return z.NEVER;
      }
      if (n === null) {
        ctx.addIssue({ code: 'custom', message: formatKey });
        return z.NEVER;
      }
      return n;
    })
    .pipe(target);
}

/** Dollars typed (« 18,50 », « 1 000 $ ») → the schema's cents. */
export function moneyText<T extends z.ZodType<number, number>>(cents: T) {
  return typedAs(parseMoney, 'validation.money', cents);
}

/** A whole number typed (« 35 ») → the schema's integer. */
export function wholeNumberText<T extends z.ZodType<number, number>>(n: T) {
  return typedAs(parseWholeNumber, 'validation.integer', n);
}

/** Hours typed (« 37,5 ») → the schema's number. */
export function hoursText<T extends z.ZodType<number, number>>(n: T) {
  return typedAs(parseHours, 'validation.hours', n);
}

/** A percentage typed (« 33,33 ») → the schema's basis points. */
export function percentText<T extends z.ZodType<number, number>>(bp: T) {
  return typedAs(parsePercentToBp, 'validation.percent', bp);
}
