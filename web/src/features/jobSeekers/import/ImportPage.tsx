// Importing the people an organisation already follows: documented columns and templates, a
// preview of every row with its errors by column and likely duplicates, then one confirmation.
// The file never leaves the browser before a preview is asked for, and nothing is saved before
// the import is confirmed.
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { type ChangeEvent, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { columnHeader, importColumns } from '../../../../../shared/imports/columns';
import { ErrorAlert, StatusMessage } from '../../../components/Alert';
import { PageTitle } from '../../../components/PageTitle';
import { describeError, runtimeKey } from '../../../lib/errors';
import { useTRPC } from '../../../lib/trpc';
import { useLocaleFormat } from '../../../lib/useLocaleFormat';

const SHOWN_ROWS = 300;

async function toBase64(file: File): Promise<string> {
  const bytes = new Uint8Array(await file.arrayBuffer());
  let binary = '';
  for (let i = 0; i < bytes.length; i += 0x8000) {
    binary += String.fromCharCode(...bytes.subarray(i, i + 0x8000));
  }
  return btoa(binary);
}

export function ImportPage() {
  const { t } = useTranslation();
  const fmt = useLocaleFormat();
  const trpc = useTRPC();
  const qc = useQueryClient();
  const [file, setFile] = useState<{ format: 'csv' | 'xlsx'; contentBase64: string } | null>(null);
  const [onlyProblems, setOnlyProblems] = useState(true);
  const [includeDuplicates, setIncludeDuplicates] = useState(false);
  const preview = useMutation(trpc.imports.preview.mutationOptions());
  const run = useMutation(
    trpc.imports.run.mutationOptions({
      onSuccess: () => void qc.invalidateQueries({ queryKey: trpc.jobSeekers.list.queryKey() }),
    }),
  );

  async function choose(e: ChangeEvent<HTMLInputElement>) {
    const chosen = e.target.files?.[0];
    preview.reset();
    run.reset();
    if (!chosen) return setFile(null);
    const next = {
      format: chosen.name.toLowerCase().endsWith('.xlsx') ? ('xlsx' as const) : ('csv' as const),
      contentBase64: await toBase64(chosen),
    };
    setFile(next);
    preview.mutate(next);
  }

  const p = preview.data;
  const rows = p ? p.rows.filter((r) => !onlyProblems || r.errors.length > 0 || r.duplicateOf) : [];
  const toImport = p ? p.rowCount - (includeDuplicates ? 0 : p.duplicateRows) : 0;
  const error = preview.error ?? run.error;
  const colName = (key: string | null) =>
    key ? columnHeader(key as (typeof importColumns)[number]['key'], fmt.locale) : '';

  return (
    <>
      <PageTitle>{t('growth.imports.title')}</PageTitle>
      <p>{t('growth.imports.intro')}</p>
      <section aria-labelledby="import-templates">
        <h2 id="import-templates">{t('growth.imports.templates')}</h2>
        <ul>
          <li>
            <a href="/imports/job-seekers/template.csv?locale=fr-CA" download>
              {t('growth.imports.templateCsv')}
            </a>
          </li>
          <li>
            <a href="/imports/job-seekers/template.xlsx?locale=fr-CA" download>
              {t('growth.imports.templateXlsx')}
            </a>
          </li>
          <li>
            <a href="/imports/job-seekers/template.csv?locale=en-CA" download>
              {t('growth.imports.templateCsvEn')}
            </a>
          </li>
          <li>
            <a href="/imports/job-seekers/template.xlsx?locale=en-CA" download>
              {t('growth.imports.templateXlsxEn')}
            </a>
          </li>
        </ul>
        <details>
          <summary>{t('growth.imports.columnsTitle')}</summary>
          <p>{t('growth.imports.columnsIntro')}</p>
          <div className="table-wrap">
            <table className="org-table">
              <thead>
                <tr>
                  <th scope="col">{t('growth.imports.column')}</th>
                  <th scope="col">{t('growth.imports.requiredCol')}</th>
                  <th scope="col">{t('growth.imports.example')}</th>
                </tr>
              </thead>
              <tbody>
                {importColumns.map((c) => (
                  <tr key={c.key}>
                    <td>
                      {c.fr} / {c.en}
                    </td>
                    <td>{c.required ? t('growth.imports.yes') : t('growth.imports.no')}</td>
                    <td>{c.example}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
        </details>
      </section>
      <div className="field">
        <label htmlFor="import-file">{t('growth.imports.file')}</label>
        <input
          id="import-file"
          type="file"
          accept=".csv,.xlsx,text/csv,application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"
          onChange={(e) => void choose(e)}
        />
      </div>
      <ErrorAlert>{error ? describeError(error, t).message : null}</ErrorAlert>
      <StatusMessage>
        {run.data
          ? t('growth.imports.done', {
              created: run.data.created,
              skipped: run.data.skippedDuplicates,
            })
          : null}
      </StatusMessage>
      {p && !run.data ? (
        <section aria-labelledby="import-preview" className="stack">
          <h2 id="import-preview">
            {t('growth.imports.summary', {
              rows: p.rowCount,
              errors: p.errorRows,
              duplicates: p.duplicateRows,
            })}
          </h2>
          {p.ignoredColumns.length > 0 ? (
            <p>{t('growth.imports.ignored', { columns: p.ignoredColumns.join(', ') })}</p>
          ) : null}
          <label className="checkbox">
            <input
              type="checkbox"
              checked={onlyProblems}
              onChange={(e) => setOnlyProblems(e.target.checked)}
            />
            {t('growth.imports.onlyProblems')}
          </label>
          <div className="table-wrap">
            <table className="org-table">
              <thead>
                <tr>
                  <th scope="col">{t('growth.imports.line')}</th>
                  <th scope="col">{t('growth.imports.person')}</th>
                  <th scope="col">{t('growth.imports.birthDate')}</th>
                  <th scope="col">{t('growth.imports.email')}</th>
                  <th scope="col">{t('growth.imports.consents')}</th>
                  <th scope="col">{t('growth.imports.problems')}</th>
                </tr>
              </thead>
              <tbody>
                {rows.slice(0, SHOWN_ROWS).map((r) => (
                  <tr key={r.line}>
                    <th scope="row">{r.line}</th>
                    <td>
                      {r.values.firstName} {r.values.lastName}
                    </td>
                    <td>{r.values.birthDate}</td>
                    <td>{r.values.email}</td>
                    <td>
                      {r.consents.length > 0
                        ? `${r.consents.map((c) => t(`organisation.consentPurpose.${c}`)).join(', ')} (${r.values.consentDate})`
                        : '—'}
                    </td>
                    <td>
                      {r.errors.length === 0 && !r.duplicateOf ? t('growth.imports.ok') : null}
                      <ul className="org-alerts">
                        {r.errors.map((e) => (
                          <li key={`${e.column}-${e.key}`}>
                            <strong>{colName(e.column)}</strong> : {t(runtimeKey(e.key), e.params)}
                          </li>
                        ))}
                        {r.duplicateOf ? (
                          <li>
                            {r.duplicateOf.kind === 'file'
                              ? t('growth.imports.duplicateFile', { line: r.duplicateOf.line })
                              : t('growth.imports.duplicateOrg', { name: r.duplicateOf.name })}
                          </li>
                        ) : null}
                      </ul>
                    </td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
          {rows.length > SHOWN_ROWS ? (
            <p>{t('growth.imports.moreRows', { count: rows.length - SHOWN_ROWS })}</p>
          ) : null}
          {p.errorRows > 0 ? (
            <p>{t('growth.imports.fixFirst')}</p>
          ) : (
            <>
              {p.duplicateRows > 0 ? (
                <label className="checkbox">
                  <input
                    type="checkbox"
                    checked={includeDuplicates}
                    onChange={(e) => setIncludeDuplicates(e.target.checked)}
                  />
                  {t('growth.imports.includeDuplicates')}
                </label>
              ) : null}
              <button
                type="button"
                className="button button--primary"
                disabled={run.isPending || !file || toImport === 0}
                onClick={() =>
                  file && run.mutate({ ...file, fileSha256: p.fileSha256, includeDuplicates })
                }
              >
                {t('growth.imports.run', { count: toImport })}
              </button>
            </>
          )}
        </section>
      ) : null}
    </>
  );
}
