// The hiring need as the employer types it: the procedure's schema (postingFields) with money and
// numbers typed as text, the sensible defaults of a new need, and an existing need's values.
import { z } from 'zod';
import { addDays, quebecToday } from '../../../../shared/dates';
import { isLanguageCode } from '../../../../shared/languages';
import type { Locale } from '../../../../shared/locale';
import { postingFields } from '../../../../shared/postings/schemas';
import { moneyText, wholeNumberText } from '../../lib/formSchemas';
import { centsToInput } from '../../lib/numberText';
import type { Me } from '../../lib/session';
import type { RouterOutputs } from '../../lib/trpc';

export const postingFormSchema = postingFields.extend({
  // Empty until chosen (the form's select starts on « Choisir »).
  regionCode: z.string().pipe(postingFields.shape.regionCode),
  hourlyWageCents: moneyText(postingFields.shape.hourlyWageCents),
  hoursPerWeek: wholeNumberText(postingFields.shape.hoursPerWeek),
  positions: wholeNumberText(postingFields.shape.positions),
  durationWeeks: wholeNumberText(postingFields.shape.durationWeeks),
});

/** What the form holds: text as typed; the schema parses the numbers. */
export type PostingFormValues = Required<z.input<typeof postingFormSchema>>;

const DEFAULT_HOURS = 35;
const DEFAULT_POSITIONS = 1;
const DEFAULT_WEEKS = 12;
const DEFAULT_START_IN_DAYS = 14;

/** A new need: the business's place, full-time hours, one position, in two weeks, 12 weeks. */
export function newPostingValues(me: Me): PostingFormValues {
  return {
    title: '',
    nocCode: '',
    regionCode: me.business?.regionCode ?? '',
    city: me.business?.city ?? '',
    hoursPerWeek: String(DEFAULT_HOURS),
    hourlyWageCents: '',
    positions: String(DEFAULT_POSITIONS),
    startDate: addDays(quebecToday(new Date()), DEFAULT_START_IN_DAYS),
    durationWeeks: String(DEFAULT_WEEKS),
    description: '',
    requirements: '',
    skills: [],
    languages: ['fr'],
  };
}

export function postingToValues(
  p: RouterOutputs['postings']['get'],
  locale: Locale,
): PostingFormValues {
  return {
    title: p.title,
    nocCode: p.nocCode,
    regionCode: p.regionCode,
    city: p.city,
    hoursPerWeek: String(p.hoursPerWeek),
    hourlyWageCents: centsToInput(p.hourlyWageCents, locale),
    positions: String(p.positions),
    startDate: p.startDate,
    durationWeeks: String(p.durationWeeks),
    description: p.description,
    requirements: p.requirements,
    skills: p.skills,
    languages: p.languages.filter(isLanguageCode),
  };
}
