// Checks every row of an import file as the registration form would (shared schema), plus the
// rules that need "today" (birth and consent dates not in the future) and the likely duplicates:
// same name and birth date, or same email, within the file or among the organisation's people.
// Pure reading: nothing is written here.
import { eq } from 'drizzle-orm';
import { quebecToday } from '../../../shared/dates';
import { type FieldIssue, toFieldErrors } from '../../../shared/errors';
import {
  columnOfField,
  type ImportColumnKey,
  type ImportRow,
  type ImportRowInput,
  importRowSchema,
  rowToInput,
} from '../../../shared/imports/columns';
import type { ConsentPurpose } from '../../../shared/jobSeekers/schemas';
import type { DbOrTx } from '../../db/client';
import { jobSeekers } from '../../db/schema';

export interface RowError extends FieldIssue {
  /** The file's column; null for a problem of the whole row. */
  column: ImportColumnKey | null;
}

export type Duplicate =
  | { kind: 'file'; line: number }
  | { kind: 'organisation'; jobSeekerId: number; name: string };

export interface CheckedRow {
  line: number;
  /** What the preview shows of the row, as typed in the file. */
  values: {
    firstName: string;
    lastName: string;
    birthDate: string;
    email: string;
    region: string;
    hoursPerWeek: string;
    availableFrom: string;
    consentDate: string;
  };
  consents: ConsentPurpose[];
  errors: RowError[];
  duplicateOf: Duplicate | null;
  /** The registration input, when the row has no error. */
  input: ImportRowInput | null;
}

function keysOf(first: string, last: string, birthDate: string | null, email: string): string[] {
  const keys: string[] = [];
  if (birthDate)
    keys.push(`n:${first.trim().toLowerCase()}|${last.trim().toLowerCase()}|${birthDate}`);
  if (email) keys.push(`e:${email.trim().toLowerCase()}`);
  return keys;
}

export function checkRows(
  db: DbOrTx,
  organisationId: number,
  rows: { line: number; cells: ImportRow }[],
  now: Date,
): CheckedRow[] {
  const today = quebecToday(now);
  const known = new Map<string, { jobSeekerId: number; name: string }>();
  const people = db
    .select({
      id: jobSeekers.id,
      firstName: jobSeekers.firstName,
      lastName: jobSeekers.lastName,
      birthDate: jobSeekers.birthDate,
      email: jobSeekers.email,
    })
    .from(jobSeekers)
    .where(eq(jobSeekers.organisationId, organisationId))
    .all();
  for (const p of people) {
    for (const k of keysOf(p.firstName, p.lastName, p.birthDate, p.email)) {
      if (!known.has(k)) known.set(k, { jobSeekerId: p.id, name: `${p.firstName} ${p.lastName}` });
    }
  }
  const inFile = new Map<string, number>();
  return rows.map(({ line, cells }) => {
    const text = (k: ImportColumnKey) => (cells[k] ?? '').trim();
    const errors: RowError[] = [];
    const parsed = importRowSchema.safeParse(rowToInput(cells));
    let input: ImportRowInput | null = null;
    if (!parsed.success) {
      // One message per column: a date's several checks would otherwise say the same thing thrice.
      const seen = new Set<string | null>();
      for (const [field, issues] of Object.entries(toFieldErrors(parsed.error.issues))) {
        const column = columnOfField(field);
        const first = issues[0];
        if (!first || seen.has(column)) continue;
        seen.add(column);
        errors.push({ column, ...first });
      }
    } else {
      input = parsed.data;
      if (input.birthDate && input.birthDate > today) {
        errors.push({
          column: 'birth_date',
          key: 'errors.jobSeeker.birthDateInFuture',
          params: {},
        });
      }
      if (input.consents.givenOn > today) {
        errors.push({ column: 'consent_date', key: 'validation.dateInFuture', params: {} });
      }
    }
    let duplicateOf: Duplicate | null = null;
    const keys = keysOf(
      text('first_name'),
      text('last_name'),
      input?.birthDate ?? null,
      input?.email ?? text('email').toLowerCase(),
    );
    for (const k of keys) {
      const org = known.get(k);
      if (org) {
        duplicateOf = { kind: 'organisation', ...org };
        break;
      }
      const earlier = inFile.get(k);
      if (earlier !== undefined) {
        duplicateOf = { kind: 'file', line: earlier };
        break;
      }
    }
    for (const k of keys) if (!inFile.has(k)) inFile.set(k, line);
    const consents: ConsentPurpose[] = input
      ? [
          input.consents.participation ? ('participation' as const) : null,
          input.consents.participation && input.consents.proposal ? 'proposal' : null,
          input.consents.participation && input.consents.contactSharing ? 'contact_sharing' : null,
          input.consents.participation && input.consents.transferNotes ? 'transfer_notes' : null,
        ].filter((c): c is ConsentPurpose => c !== null)
      : [];
    return {
      line,
      values: {
        firstName: text('first_name'),
        lastName: text('last_name'),
        birthDate: text('birth_date'),
        email: text('email'),
        region: text('region'),
        hoursPerWeek: text('hours_per_week'),
        availableFrom: text('available_from'),
        consentDate: text('consent_date'),
      },
      consents,
      errors,
      duplicateOf,
      input: errors.length === 0 ? input : null,
    };
  });
}
