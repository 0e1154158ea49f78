// Importing the people an organisation already follows: an org_admin uploads a CSV or XLSX file,
// sees each row as it will be created with its errors by column and its likely duplicates, and
// confirms. Nothing is written by the preview; the import re-reads the same file (same SHA-256),
// refuses it while any row has an error, and writes every person, their dated consents and the
// audit history in one transaction. Rows that look like people already known are skipped unless
// the org_admin chose to import them anyway.
import type { z } from 'zod';
import { appError } from '../../../shared/errors';
import type { importFileInput, runImportInput } from '../../../shared/imports/columns';
import type { ConsentPurpose } from '../../../shared/jobSeekers/schemas';
import { consents, importBatches, jobSeekers } from '../../db/schema';
import type { Actor, Deps, RequestInfo } from '../../deps';
import { recordAudit } from '../audit/recordAudit';
import { actorOrganisation } from '../guards';
import { type CheckedRow, checkRows } from './checkRows';
import { readImportFile } from './readImportFile';

function organisationAdmin(actor: Actor): number {
  if (actor.role !== 'org_admin') throw appError('auth.forbidden');
  return actorOrganisation(actor);
}

function summary(rows: CheckedRow[]) {
  return {
    rowCount: rows.length,
    errorRows: rows.filter((r) => r.errors.length > 0).length,
    duplicateRows: rows.filter((r) => r.duplicateOf !== null).length,
  };
}

export async function previewImport(
  deps: Deps,
  actor: Actor,
  input: z.infer<typeof importFileInput>,
) {
  const organisationId = organisationAdmin(actor);
  const file = readImportFile(input.format, input.contentBase64);
  const rows = checkRows(deps.db, organisationId, file.rows, deps.clock.now());
  return {
    fileSha256: file.sha256,
    ignoredColumns: file.ignoredColumns,
    ...summary(rows),
    rows: rows.map(({ input: _input, ...shown }) => shown),
  };
}

export async function runImport(
  deps: Deps,
  actor: Actor,
  input: z.infer<typeof runImportInput>,
  req: RequestInfo,
) {
  const organisationId = organisationAdmin(actor);
  const file = readImportFile(input.format, input.contentBase64);
  if (file.sha256 !== input.fileSha256) throw appError('import.fileChanged');
  const now = deps.clock.now();
  const at = now.toISOString();
  return deps.db.transaction((tx) => {
    // Checked again inside the transaction: the organisation's people may have changed since.
    const rows = checkRows(tx, organisationId, file.rows, now);
    const counts = summary(rows);
    if (counts.errorRows > 0) throw appError('import.hasErrors', { count: counts.errorRows });
    const batchId = tx
      .insert(importBatches)
      .values({
        organisationId,
        createdBy: actor.userId,
        createdAt: at,
        format: file.format,
        fileSha256: file.sha256,
        rowCount: rows.length,
      })
      .returning({ id: importBatches.id })
      .get().id;
    let created = 0;
    let skipped = 0;
    for (const row of rows) {
      if (!row.input) continue;
      if (row.duplicateOf && !input.includeDuplicates) {
        skipped++;
        continue;
      }
      const { consents: given, confirmDuplicate: _c, ...fields } = row.input;
      const purposes = row.consents as ConsentPurpose[];
      const id = tx
        .insert(jobSeekers)
        .values({
          ...fields,
          organisationId,
          canBeProposed: purposes.includes('proposal'),
          canShareContact: purposes.includes('contact_sharing'),
          createdBy: actor.userId,
          createdAt: at,
          updatedAt: at,
        })
        .returning({ id: jobSeekers.id })
        .get().id;
      for (const purpose of purposes) {
        tx.insert(consents)
          .values({
            jobSeekerId: id,
            purpose,
            givenOn: given.givenOn,
            recordedBy: actor.userId,
            recordedAt: at,
          })
          .run();
      }
      recordAudit(tx, {
        at: now,
        actorUserId: actor.userId,
        action: 'jobSeeker.created',
        subjectType: 'job_seeker',
        subjectId: id,
        ip: req.ip,
        details: { consents: purposes, importBatchId: batchId, line: row.line },
      });
      created++;
    }
    recordAudit(tx, {
      at: now,
      actorUserId: actor.userId,
      action: 'jobSeeker.imported',
      subjectType: 'import_batch',
      subjectId: batchId,
      ip: req.ip,
      details: { rows: rows.length, created, skippedDuplicates: skipped, format: file.format },
    });
    return { batchId, created, skippedDuplicates: skipped };
  });
}
