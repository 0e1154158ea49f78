// Importing the people an organisation already follows: documented columns and templates, a
// preview of every row with its errors by column and likely duplicates, then one confirmation.
// The file never leaves the browser before a preview is asked for, and nothing is saved before
// the import is confirmed.
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { type ChangeEvent, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { columnHeader, importColumns, runImportInput } from '../../../../../shared/imports/columns';
import { ErrorAlert, StatusMessage } from '../../../components/Alert';
import { PageTitle } from '../../../components/PageTitle';
import { runtimeKey } from '../../../lib/errors';
import { showServerError, useSharedForm } from '../../../lib/forms';
import { useTRPC } from '../../../lib/trpc';
import { useLocaleFormat } from '../../../lib/useLocaleFormat';

const SHOWN_ROWS = 300;

const emptyImport = {
  format: 'csv' as const,
  contentBase64: '',
  fileSha256: '',
  includeDuplicates: false,
};

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
  const [onlyProblems, setOnlyProblems] = useState(true);
  // The file as read (format and bytes) and the confirmation, checked by the procedures' own
  // schemas: a file too large is said on the field before anything is sent.
  const { form, summary, setSummary } = useSharedForm(runImportInput, emptyImport);
  const onError = (err: unknown) => setSummary(showServerError(err, form, t).message);
  const preview = useMutation(
    trpc.imports.preview.mutationOptions({
      onSuccess: (p) => form.setValue('fileSha256', p.fileSha256),
      onError,
    }),
  );
  const run = useMutation(
    trpc.imports.run.mutationOptions({
      onSuccess: () => void qc.invalidateQueries({ queryKey: trpc.jobSeekers.list.queryKey() }),
      onError,
    }),
  );

  async function choose(e: ChangeEvent<HTMLInputElement>) {
    const chosen = e.target.files?.[0];
    preview.reset();
    run.reset();
    setSummary(null);
    form.reset(emptyImport);
    if (!chosen) return;
    form.setValue('format', chosen.name.toLowerCase().endsWith('.xlsx') ? 'xlsx' : 'csv');
    form.setValue('contentBase64', await toBase64(chosen));
    if (!(await form.trigger(['format', 'contentBase64']))) return;
    const { format, contentBase64 } = form.getValues();
    preview.mutate({ format, contentBase64 });
  }
  const confirm = form.handleSubmit(
    (input) => {
      setSummary(null);
      run.mutate(input);
    },
    () => setSummary(t('form.errorSummary')),
  );

  const p = preview.data;
  const includeDuplicates = form.watch('includeDuplicates') === true;
  const rows = p ? p.rows.filter((r) => !onlyProblems || r.errors.length > 0 || r.duplicateOf) : [];
  const toImport = p ? p.rowCount - (includeDuplicates ? 0 : p.duplicateRows) : 0;
  const fileError = form.formState.errors.contentBase64?.message;
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
      <div className={`field${fileError ? ' field--invalid' : ''}`}>
        <label htmlFor="import-file">{t('growth.imports.file')}</label>
        <input
          id="import-file"
          type="file"
          accept=".csv,.xlsx,text/csv,application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"
          aria-invalid={fileError ? true : undefined}
          aria-describedby={fileError ? 'import-file-error' : undefined}
          onChange={(e) => void choose(e)}
        />
        {fileError ? (
          <p className="field__error" id="import-file-error">
            {fileError}
          </p>
        ) : null}
      </div>
      <ErrorAlert>{summary}</ErrorAlert>
      <StatusMessage>
        {run.data
          ? t('growth.imports.done', {
              created: t('growth.imports.created', { count: run.data.created }),
              skipped: t('growth.imports.skipped', { count: run.data.skippedDuplicates }),
            })
          : null}
      </StatusMessage>
      {p && !run.data ? (
        <section aria-labelledby="import-preview" className="stack">
          <h2 id="import-preview">
            {t('growth.imports.summary', {
              rows: t('growth.imports.rows', { count: p.rowCount }),
              errors: t('growth.imports.errorRows', { count: p.errorRows }),
              duplicates: t('growth.imports.duplicateRows', { count: p.duplicateRows }),
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
            <form className="stack" onSubmit={confirm} noValidate>
              {p.duplicateRows > 0 ? (
                <label className="checkbox">
                  <input type="checkbox" {...form.register('includeDuplicates')} />
                  {t('growth.imports.includeDuplicates')}
                </label>
              ) : null}
              <div>
                <button
                  type="submit"
                  className="button button--primary"
                  disabled={run.isPending || toImport === 0}
                >
                  {t('growth.imports.run', { count: toImport })}
                </button>
              </div>
            </form>
          )}
        </section>
      ) : null}
    </>
  );
}
