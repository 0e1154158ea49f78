// File names of the report downloads, in the reader's language and word order: a French reader
// saves « passerelle-rapport-phase-10-2026-11-23.xlsx » or « …-jumelages-phase-10-… .csv », an
// English one "passerelle-phase-10-report-2026-11-23.xlsx". The ASCII form (accents folded)
// goes in Content-Disposition's filename=, the exact one in filename*= (RFC 6266).
import type { Locale } from '../../../shared/locale';
import type { ReportTable } from '../../../shared/reports/schemas';

export type ExportSubject = ReportTable | 'report';

const subjects: Record<Locale, Record<ExportSubject, string>> = {
  'fr-CA': {
    report: 'rapport',
    organisations: 'organismes',
    outcomes: 'résultats',
    money: 'budget',
    regions: 'régions',
    occupations: 'professions',
    clientGroups: 'groupes-de-clientèle',
    weeks: 'semaines',
    pairings: 'jumelages',
    disbursements: 'versements',
  },
  'en-CA': {
    report: 'report',
    organisations: 'organisations',
    outcomes: 'outcomes',
    money: 'budget',
    regions: 'regions',
    occupations: 'occupations',
    clientGroups: 'client-groups',
    weeks: 'weeks',
    pairings: 'pairings',
    disbursements: 'disbursements',
  },
};

export interface ExportNameInput {
  phaseNumber: number;
  /** The organisation the file is limited to (an organisation manager's export), if any. */
  organisationId: number | null;
  subject: ExportSubject;
  locale: Locale;
  /** The day the report was generated, YYYY-MM-DD. */
  on: string;
  extension: 'csv' | 'xlsx';
}

export function exportFileName(i: ExportNameInput): string {
  const what = subjects[i.locale][i.subject];
  const parts =
    i.locale === 'fr-CA'
      ? [
          'passerelle',
          what,
          'phase',
          String(i.phaseNumber),
          ...(i.organisationId === null ? [] : ['organisme', String(i.organisationId)]),
        ]
      : [
          'passerelle',
          'phase',
          String(i.phaseNumber),
          ...(i.organisationId === null ? [] : ['org', String(i.organisationId)]),
          what,
        ];
  return `${[...parts, i.on].join('-')}.${i.extension}`;
}

/** The name without accents or other non-ASCII letters, for clients that ignore filename*. */
export function asciiFileName(name: string): string {
  return name
    .normalize('NFD')
    .replace(/\p{M}/gu, '')
    .replace(/[^\x20-\x7e]/g, '_')
    .replace(/["\\]/g, '_');
}

/** Content-Disposition for a download named name (RFC 6266, RFC 8187 for the UTF-8 form). */
export function attachmentDisposition(name: string): string {
  const utf8 = encodeURIComponent(name).replace(
    /['()*]/g,
    (ch) => `%${ch.charCodeAt(0).toString(16).toUpperCase()}`,
  );
  return `attachment; filename="${asciiFileName(name)}"; filename*=UTF-8''${utf8}`;
}
