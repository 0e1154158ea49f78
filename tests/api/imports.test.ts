// Importing people from a CSV or XLSX file: preview with errors by row and column and likely
// duplicates, nothing written before confirmation, one transaction, consents per row.
import { eq } from 'drizzle-orm';
import ExcelJS from 'exceljs';
import { beforeEach, describe, expect, it } from 'vitest';
import { createApp } from '../../server/app';
import { auditEvents, consents, importBatches, jobSeekers } from '../../server/db/schema';
import { templateCsv, templateXlsx } from '../../server/features/imports/template';
import { jobSeekerFields } from '../helpers/builders';
import { expectAppError, expectValidationError } from '../helpers/expectError';
import { csvBase64, personRow, xlsxBase64 } from '../helpers/importFiles';
import { type TestDeps, testDeps } from '../helpers/testDeps';
import { aWorld } from '../helpers/world';

let deps: TestDeps;
let w: Awaited<ReturnType<typeof aWorld>>;
beforeEach(async () => {
  deps = testDeps();
  w = await aWorld(deps);
});

const count = () => deps.db.select().from(jobSeekers).all().length;

describe('imports: preview', () => {
  it('shows each row with its errors by column and the likely duplicates, and writes nothing', async () => {
    await w.admin1.jobSeekers.create(
      jobSeekerFields({
        firstName: 'Déjà',
        lastName: 'Connue',
        birthDate: '1980-05-05',
        email: 'deja@exemple.ca',
      }),
    );
    const before = count();
    const file = csvBase64([
      personRow(1),
      personRow(2, { heures_semaine: '120', region: '99', date_consentement: '' }),
      personRow(3, { prenom: 'Déjà', nom: 'Connue', date_naissance: '1980-05-05', courriel: '' }),
      personRow(4, { courriel: 'personne1@exemple.ca' }),
      personRow(5, { consentement_participation: 'peut-être' }),
      personRow(6, { date_naissance: '2030-01-01' }),
    ]);
    const preview = await w.admin1.imports.preview({ format: 'csv', contentBase64: file });
    expect(preview).toMatchObject({ rowCount: 6, errorRows: 3, duplicateRows: 2 });
    const [r1, r2, r3, r4, r5, r6] = preview.rows;
    expect(r1).toMatchObject({
      line: 2,
      errors: [],
      duplicateOf: null,
      consents: ['participation', 'proposal'],
    });
    expect(r2?.errors.map((e) => e.column).sort()).toEqual([
      'consent_date',
      'hours_per_week',
      'region',
    ]);
    expect(r2?.errors.find((e) => e.column === 'hours_per_week')).toMatchObject({
      key: 'validation.too_big_number',
      params: { max: 80 },
    });
    expect(r3?.duplicateOf).toMatchObject({ kind: 'organisation', name: 'Déjà Connue' });
    expect(r4?.duplicateOf).toEqual({ kind: 'file', line: 2 });
    expect(r5?.errors.map((e) => e.column)).toEqual(['consent_participation']);
    expect(r6?.errors).toEqual([
      { column: 'birth_date', key: 'errors.jobSeeker.birthDateInFuture', params: {} },
    ]);
    expect(count()).toBe(before);
  });

  it('reads XLSX too, with English headers, and refuses files it cannot use', async () => {
    const preview = await w.admin1.imports.preview({
      format: 'xlsx',
      contentBase64: await xlsxBase64([personRow(1), personRow(2)]),
    });
    expect(preview).toMatchObject({ rowCount: 2, errorRows: 0 });
    const english = Buffer.from(
      'first_name,last_name,region,hours_per_week,available_from,consent_participation,consent_proposal,consent_contact,consent_date,favourite_colour\r\nAna,Silva,6,30,2026-12-01,yes,no,no,2026-11-02,blue',
    ).toString('base64');
    const en = await w.admin1.imports.preview({ format: 'csv', contentBase64: english });
    expect(en).toMatchObject({ rowCount: 1, errorRows: 0, ignoredColumns: ['favourite_colour'] });
    expect(en.rows[0]?.consents).toEqual(['participation']);

    await expectAppError(
      w.admin1.imports.preview({
        format: 'xlsx',
        contentBase64: Buffer.from('pas un classeur').toString('base64'),
      }),
      'import.unreadable',
    );
    await expectAppError(
      w.admin1.imports.preview({
        format: 'csv',
        contentBase64: Buffer.from('prenom;nom\nA;B').toString('base64'),
      }),
      'import.missingColumns',
    );
    await expectAppError(
      w.admin1.imports.preview({ format: 'csv', contentBase64: csvBase64([]) }),
      'import.empty',
    );
    const tooMany = csvBase64(Array.from({ length: 5001 }, (_, i) => personRow(i)));
    await expectAppError(
      w.admin1.imports.preview({ format: 'csv', contentBase64: tooMany }),
      'import.tooManyRows',
    );
    await expectValidationError(
      // @ts-expect-error an unknown format
      w.admin1.imports.preview({ format: 'ods', contentBase64: 'AAAA' }),
      'format',
    );
  });

  it('reads dates typed as dates in Excel (day serials) as calendar dates', async () => {
    const wb = new ExcelJS.Workbook();
    const sheet = wb.addWorksheet('Personnes');
    const row = personRow(1);
    sheet.addRow(Object.keys(row));
    sheet.addRow(
      Object.entries(row).map(([k, v]) =>
        k === 'disponible_le' ? new Date(Date.UTC(2027, 0, 18)) : k === 'heures_semaine' ? 32 : v,
      ),
    );
    const body = Buffer.from(await wb.xlsx.writeBuffer()).toString('base64');
    const preview = await w.admin1.imports.preview({ format: 'xlsx', contentBase64: body });
    expect(preview.rows[0]).toMatchObject({
      errors: [],
      values: { availableFrom: '2027-01-18', hoursPerWeek: '32' },
    });
  });

  it('previews 5,000 rows (the documented maximum) completely', async () => {
    const rows = Array.from({ length: 5000 }, (_, i) => personRow(i));
    const preview = await w.admin1.imports.preview({
      format: 'csv',
      contentBase64: csvBase64(rows),
    });
    expect(preview).toMatchObject({ rowCount: 5000, errorRows: 0, duplicateRows: 0 });
  });

  it('is for organisation managers only', async () => {
    const file = csvBase64([personRow(1)]);
    await expectAppError(
      w.c1.imports.preview({ format: 'csv', contentBase64: file }),
      'auth.forbidden',
    );
    await expectAppError(
      w.coord.imports.preview({ format: 'csv', contentBase64: file }),
      'auth.forbidden',
    );
    await expectAppError(
      w.e1.imports.preview({ format: 'csv', contentBase64: file }),
      'auth.forbidden',
    );
  });
});

describe('imports: confirming', () => {
  it('refuses a file with a bad row (nothing written); the fixed file imports in one go with dated consents', async () => {
    const bad = csvBase64([personRow(1), personRow(2, { disponible_le: '2026-13-45' })]);
    const preview = await w.admin1.imports.preview({ format: 'csv', contentBase64: bad });
    await expectAppError(
      w.admin1.imports.run({ format: 'csv', contentBase64: bad, fileSha256: preview.fileSha256 }),
      'import.hasErrors',
    );
    expect(count()).toBe(0);
    expect(deps.db.select().from(importBatches).all()).toEqual([]);

    const fixed = csvBase64([personRow(1), personRow(2)]);
    const fixedPreview = await w.admin1.imports.preview({ format: 'csv', contentBase64: fixed });
    // The import refuses a file other than the one previewed.
    await expectAppError(
      w.admin1.imports.run({ format: 'csv', contentBase64: fixed, fileSha256: preview.fileSha256 }),
      'import.fileChanged',
    );
    const result = await w.admin1.imports.run({
      format: 'csv',
      contentBase64: fixed,
      fileSha256: fixedPreview.fileSha256,
    });
    expect(result).toMatchObject({ created: 2, skippedDuplicates: 0 });
    const people = deps.db.select().from(jobSeekers).all();
    expect(people.map((p) => p.organisationId)).toEqual([
      w.users.admin1.organisationId,
      w.users.admin1.organisationId,
    ]);
    expect(people[0]).toMatchObject({
      lastName: 'Importée1',
      canBeProposed: true,
      canShareContact: false,
      targetNocCodes: ['75101', '65100'],
    });
    const given = deps.db
      .select()
      .from(consents)
      .where(eq(consents.jobSeekerId, people[0]?.id ?? 0))
      .all();
    expect(given.map((c) => [c.purpose, c.givenOn])).toEqual([
      ['participation', '2026-11-01'],
      ['proposal', '2026-11-01'],
    ]);
    const audit = deps.db
      .select()
      .from(auditEvents)
      .all()
      .map((e) => e.action);
    expect(audit.filter((a) => a === 'jobSeeker.created')).toHaveLength(2);
    expect(audit).toContain('jobSeeker.imported');
    // The people are the organisation's, not another's.
    expect((await w.c2.jobSeekers.list({})).items).toEqual([]);
    expect((await w.c1.jobSeekers.list({})).items).toHaveLength(2);
  });

  it('skips likely duplicates unless asked to import them anyway', async () => {
    const file = csvBase64([personRow(1), personRow(2, { courriel: 'personne1@exemple.ca' })]);
    const p = await w.admin1.imports.preview({ format: 'csv', contentBase64: file });
    expect(
      await w.admin1.imports.run({ format: 'csv', contentBase64: file, fileSha256: p.fileSha256 }),
    ).toMatchObject({
      created: 1,
      skippedDuplicates: 1,
    });
    // Importing the same file again: both are now known people.
    expect(
      await w.admin1.imports.run({
        format: 'csv',
        contentBase64: file,
        fileSha256: p.fileSha256,
        includeDuplicates: true,
      }),
    ).toMatchObject({ created: 2, skippedDuplicates: 0 });
    expect(count()).toBe(3);
  });
});

describe('imports: templates', () => {
  it('serves the CSV and XLSX templates in French and English, and they preview without error', async () => {
    const app = createApp(deps);
    const fr = await app.request('/imports/job-seekers/template.csv?locale=fr-CA');
    expect(fr.status).toBe(200);
    const frText = await fr.text();
    expect(frText).toContain('prenom;nom;date_naissance');
    const en = await app.request('/imports/job-seekers/template.csv?locale=en-CA');
    expect(await en.text()).toContain('first_name,last_name,birth_date');
    const xlsx = await app.request('/imports/job-seekers/template.xlsx?locale=en-CA');
    expect(xlsx.headers.get('content-type')).toContain('spreadsheetml');
    for (const [format, body] of [
      ['csv', Buffer.from(templateCsv('fr-CA')).toString('base64')],
      ['csv', Buffer.from(templateCsv('en-CA')).toString('base64')],
      ['xlsx', (await templateXlsx('fr-CA')).toString('base64')],
    ] as const) {
      const preview = await w.admin1.imports.preview({ format, contentBase64: body });
      expect(preview, format).toMatchObject({ rowCount: 1, errorRows: 0 });
    }
  });
});
