// The columns of a job seekers' import file (CSV or XLSX): their headers in French and English
// (either is accepted, in any order, case and accents ignored), what each holds, and how a row
// becomes the registration form's input (createJobSeekerInput), so an imported person passes the
// same rules as one registered by hand. The web shows this table as the file's documentation;
// the server builds the downloadable templates from it.
import { z } from 'zod';
import { createJobSeekerInput } from '../jobSeekers/schemas';
import type { Locale } from '../locale';

export interface ImportColumn {
  key: string;
  fr: string;
  en: string;
  required: boolean;
  /** Example value, as typed in the template's sample row. */
  example: string;
  /** The registration input's field this column feeds (for error messages). */
  field: string;
}

export const importColumns = [
  {
    key: 'first_name',
    fr: 'prenom',
    en: 'first_name',
    required: true,
    example: 'Amina',
    field: 'firstName',
  },
  {
    key: 'last_name',
    fr: 'nom',
    en: 'last_name',
    required: true,
    example: 'Diallo',
    field: 'lastName',
  },
  {
    key: 'birth_date',
    fr: 'date_naissance',
    en: 'birth_date',
    required: false,
    example: '1994-03-12',
    field: 'birthDate',
  },
  {
    key: 'email',
    fr: 'courriel',
    en: 'email',
    required: false,
    example: 'amina@exemple.ca',
    field: 'email',
  },
  {
    key: 'phone',
    fr: 'telephone',
    en: 'phone',
    required: false,
    example: '514 555-0101',
    field: 'phone',
  },
  { key: 'region', fr: 'region', en: 'region', required: true, example: '06', field: 'regionCode' },
  { key: 'city', fr: 'ville', en: 'city', required: false, example: 'Montréal', field: 'city' },
  {
    key: 'hours_per_week',
    fr: 'heures_semaine',
    en: 'hours_per_week',
    required: true,
    example: '35',
    field: 'hoursPerWeek',
  },
  {
    key: 'available_from',
    fr: 'disponible_le',
    en: 'available_from',
    required: true,
    example: '2026-12-01',
    field: 'availableFrom',
  },
  {
    key: 'noc_codes',
    fr: 'codes_cnp',
    en: 'noc_codes',
    required: false,
    example: '75101|65100',
    field: 'targetNocCodes',
  },
  {
    key: 'skills',
    fr: 'competences',
    en: 'skills',
    required: false,
    example: 'manutention|service à la clientèle',
    field: 'skills',
  },
  {
    key: 'languages',
    fr: 'langues',
    en: 'languages',
    required: false,
    example: 'fr|en',
    field: 'languages',
  },
  {
    key: 'presentation',
    fr: 'presentation',
    en: 'presentation',
    required: false,
    example: '',
    field: 'presentation',
  },
  {
    key: 'client_groups',
    fr: 'groupes',
    en: 'client_groups',
    required: false,
    example: 'women|immigrants',
    field: 'clientGroups',
  },
  {
    key: 'private_notes',
    fr: 'notes_privees',
    en: 'private_notes',
    required: false,
    example: '',
    field: 'privateNotes',
  },
  {
    key: 'consent_participation',
    fr: 'consentement_participation',
    en: 'consent_participation',
    required: true,
    example: 'oui',
    field: 'consents.participation',
  },
  {
    key: 'consent_proposal',
    fr: 'consentement_propositions',
    en: 'consent_proposal',
    required: true,
    example: 'oui',
    field: 'consents.proposal',
  },
  {
    key: 'consent_contact',
    fr: 'consentement_coordonnees',
    en: 'consent_contact',
    required: true,
    example: 'non',
    field: 'consents.contactSharing',
  },
  {
    key: 'consent_transfer_notes',
    fr: 'consentement_notes_transfert',
    en: 'consent_transfer_notes',
    required: false,
    example: 'non',
    field: 'consents.transferNotes',
  },
  {
    key: 'consent_date',
    fr: 'date_consentement',
    en: 'consent_date',
    required: true,
    example: '2026-11-01',
    field: 'consents.givenOn',
  },
] as const satisfies readonly ImportColumn[];

export type ImportColumnKey = (typeof importColumns)[number]['key'];
export type ImportRow = Partial<Record<ImportColumnKey, string>>;

/** At most this many people per file (a preview of 5,000 takes well under 5 s). */
export const IMPORT_MAX_ROWS = 5000;
/** The largest file accepted, in bytes. */
export const IMPORT_MAX_BYTES = 5 * 1024 * 1024;

/** Lowercase, no accents, spaces and dashes as underscores: « Date de naissance » → date_de_naissance. */
export function normaliseHeader(h: string): string {
  return h
    .normalize('NFD')
    .replace(/\p{Diacritic}/gu, '')
    .trim()
    .toLowerCase()
    .replace(/[\s-]+/g, '_');
}

const byHeader = new Map<string, ImportColumnKey>(
  importColumns.flatMap((c) => [
    [normaliseHeader(c.fr), c.key],
    [normaliseHeader(c.en), c.key],
  ]),
);

export function columnOfHeader(header: string): ImportColumnKey | undefined {
  return byHeader.get(normaliseHeader(header));
}

export function columnHeader(key: ImportColumnKey, locale: Locale): string {
  const c = importColumns.find((col) => col.key === key);
  return c ? (locale === 'fr-CA' ? c.fr : c.en) : key;
}

/** The column a registration field's error belongs to ('consents.givenOn' → 'consent_date'). */
export function columnOfField(path: string): ImportColumnKey | null {
  const exact = importColumns.find((c) => c.field === path);
  if (exact) return exact.key;
  // Errors inside lists ('targetNocCodes.1') belong to the list's column.
  const head = importColumns.find((c) => path.startsWith(`${c.field}.`));
  return head?.key ?? null;
}

const yes = new Set(['oui', 'o', 'yes', 'y', '1', 'vrai', 'true', 'x']);
const no = new Set(['non', 'n', 'no', '0', 'faux', 'false', '']);

/**
 * oui/non (yes/no, 1/0) → boolean; anything else stays as text so the schema refuses it. A
 * consent that must be stated refuses an empty cell too: the file says yes or no, explicitly.
 */
function yesNo(v: string | undefined, stated: boolean): boolean | string {
  const s = (v ?? '').trim().toLowerCase();
  if (stated && s === '') return s;
  if (yes.has(s)) return true;
  if (no.has(s)) return false;
  return s;
}

function list(v: string | undefined): string[] {
  return (v ?? '')
    .split(/[|,;]/)
    .map((s) => s.trim())
    .filter((s) => s !== '');
}

function intOrText(v: string | undefined): number | string {
  const s = (v ?? '').trim();
  return /^-?\d+$/.test(s) ? Number(s) : s;
}

/** A file row as the registration input (not yet validated). */
export function rowToInput(row: ImportRow): unknown {
  const text = (k: ImportColumnKey) => (row[k] ?? '').trim();
  return {
    firstName: text('first_name'),
    lastName: text('last_name'),
    birthDate: text('birth_date') === '' ? null : text('birth_date'),
    email: text('email'),
    phone: text('phone'),
    regionCode: text('region').padStart(text('region').length === 1 ? 2 : 0, '0'),
    city: text('city'),
    targetNocCodes: list(row.noc_codes),
    skills: list(row.skills),
    hoursPerWeek: intOrText(row.hours_per_week),
    availableFrom: text('available_from'),
    languages: list(row.languages).map((l) => l.toLowerCase()),
    presentation: text('presentation'),
    clientGroups: list(row.client_groups),
    privateNotes: text('private_notes'),
    consents: {
      participation: yesNo(row.consent_participation, true),
      proposal: yesNo(row.consent_proposal, true),
      contactSharing: yesNo(row.consent_contact, true),
      transferNotes: yesNo(row.consent_transfer_notes, false),
      givenOn: text('consent_date'),
    },
    confirmDuplicate: true,
  };
}

/** A row is valid when it passes the registration schema; consents must be stated (oui/non). */
export const importRowSchema = createJobSeekerInput;
export type ImportRowInput = z.infer<typeof importRowSchema>;

export const importFormats = ['csv', 'xlsx'] as const;

export const importFileInput = z.object({
  format: z.enum(importFormats),
  /** The file's bytes, base64 (at most IMPORT_MAX_BYTES once decoded). */
  contentBase64: z
    .string()
    .min(1, 'validation.required')
    .max(Math.ceil((IMPORT_MAX_BYTES * 4) / 3) + 4, 'validation.fileTooLarge')
    // Bytes, not text: only the base64 alphabet (the cells read from it go through the
    // registration schema, text rules included).
    .regex(/^[A-Za-z0-9+/]+={0,2}$/, 'validation.invalid_value'),
});

export const runImportInput = importFileInput.extend({
  /** The SHA-256 the preview returned: the import refuses a different file. */
  fileSha256: z.string().regex(/^[0-9a-f]{64}$/, 'validation.invalid_value'),
  /** Also import the rows that look like people already known (off: they are skipped). */
  includeDuplicates: z.boolean().default(false),
});
