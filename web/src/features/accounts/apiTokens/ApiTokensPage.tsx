// Partner API tokens of the organisation (org_admin) or of the coordination (coordinator):
// create one (shown once), see when each was last used, revoke.
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { type FormEvent, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { createApiTokenInput } from '../../../../../shared/apiTokens/schemas';
import {
  type ApiScope,
  organisationScopes,
  programScopes,
} from '../../../../../shared/apiTokens/scopes';
import { ErrorAlert, StatusMessage } from '../../../components/Alert';
import { TextField } from '../../../components/Field';
import { PageTitle } from '../../../components/PageTitle';
import { describeError, type ShownError, validate } from '../../../lib/errors';
import type { Me } from '../../../lib/session';
import { useTRPC } from '../../../lib/trpc';
import { useLocaleFormat } from '../../../lib/useLocaleFormat';

export function ApiTokensPage({ me }: { me: Me }) {
  const { t } = useTranslation();
  const fmt = useLocaleFormat();
  const trpc = useTRPC();
  const qc = useQueryClient();
  const list = useQuery(trpc.apiTokens.list.queryOptions());
  const offered: readonly ApiScope[] =
    me.role === 'coordinator' ? programScopes : organisationScopes;
  const [form, setForm] = useState<{ name: string; scopes: ApiScope[]; expiresOn: string }>({
    name: '',
    scopes: [],
    expiresOn: '',
  });
  const [error, setError] = useState<ShownError | null>(null);
  const refresh = () => void qc.invalidateQueries({ queryKey: trpc.apiTokens.list.queryKey() });
  const create = useMutation(
    trpc.apiTokens.create.mutationOptions({
      onError: (e) => setError(describeError(e, t)),
      onSuccess: refresh,
    }),
  );
  const revoke = useMutation(trpc.apiTokens.revoke.mutationOptions({ onSuccess: refresh }));

  function submit(e: FormEvent) {
    e.preventDefault();
    const v = validate(createApiTokenInput, form, t);
    if (!v.ok) return setError(v.error);
    setError(null);
    create.mutate(v.data);
  }
  const now = new Date().toISOString();
  return (
    <>
      <PageTitle>{t('growth.apiTokens.title')}</PageTitle>
      <p>{t('growth.apiTokens.intro')}</p>
      <p>
        <a href="/api/v1/docs">{t('growth.apiTokens.docs')}</a>
      </p>
      {create.data ? (
        <div className="alert alert--success" role="status">
          <p>{t('growth.apiTokens.created')}</p>
          <p>
            <code data-testid="new-token">{create.data.token}</code>
          </p>
        </div>
      ) : null}
      <ErrorAlert>{error?.message}</ErrorAlert>
      <form onSubmit={submit} noValidate className="stack card">
        <TextField
          label={t('growth.apiTokens.name')}
          value={form.name}
          onChange={(name) => setForm((f) => ({ ...f, name }))}
          error={error?.fields.name}
          required
        />
        <fieldset className="fieldset">
          <legend>{t('growth.apiTokens.scopes')}</legend>
          {offered.map((s) => (
            <label key={s} className="checkbox">
              <input
                type="checkbox"
                checked={form.scopes.includes(s)}
                onChange={(e) =>
                  setForm((f) => ({
                    ...f,
                    scopes: e.target.checked ? [...f.scopes, s] : f.scopes.filter((x) => x !== s),
                  }))
                }
              />
              {t(`growth.apiTokens.scopeLabels.${s}`)}
            </label>
          ))}
          {error?.fields.scopes ? <p className="field__error">{error.fields.scopes}</p> : null}
        </fieldset>
        <TextField
          label={t('growth.apiTokens.expiresOn')}
          type="date"
          value={form.expiresOn}
          onChange={(expiresOn) => setForm((f) => ({ ...f, expiresOn }))}
          error={error?.fields.expiresOn}
          required
        />
        <button type="submit" className="button button--primary" disabled={create.isPending}>
          {t('growth.apiTokens.create')}
        </button>
      </form>
      <h2>{t('growth.apiTokens.list')}</h2>
      <StatusMessage>{null}</StatusMessage>
      {list.data?.length === 0 ? <p>{t('growth.apiTokens.empty')}</p> : null}
      {list.data && list.data.length > 0 ? (
        <div className="table-wrap">
          <table className="org-table">
            <thead>
              <tr>
                <th scope="col">{t('growth.apiTokens.name')}</th>
                <th scope="col">{t('growth.apiTokens.prefix')}</th>
                <th scope="col">{t('growth.apiTokens.scopes')}</th>
                <th scope="col">{t('growth.apiTokens.createdBy')}</th>
                <th scope="col">{t('growth.apiTokens.expires')}</th>
                <th scope="col">{t('growth.apiTokens.lastUsed')}</th>
                <th scope="col">{t('growth.apiTokens.status')}</th>
                <th scope="col">
                  <span className="visually-hidden">{t('growth.apiTokens.revoke')}</span>
                </th>
              </tr>
            </thead>
            <tbody>
              {list.data.map((k) => {
                const state = k.revokedAt ? 'revoked' : k.expiresAt <= now ? 'expired' : 'active';
                return (
                  <tr key={k.id}>
                    <th scope="row">{k.name}</th>
                    <td>
                      <code>{k.prefix}…</code>
                    </td>
                    <td>
                      {k.scopes.map((s) => t(`growth.apiTokens.scopeLabels.${s}`)).join(', ')}
                    </td>
                    <td>{k.createdByName}</td>
                    <td>{fmt.instant(k.expiresAt)}</td>
                    <td>
                      {k.lastUsedAt ? fmt.instant(k.lastUsedAt) : t('growth.apiTokens.never')}
                    </td>
                    <td>{t(`growth.apiTokens.${state}`)}</td>
                    <td>
                      {state === 'active' ? (
                        <button
                          type="button"
                          className="button button--small"
                          disabled={revoke.isPending}
                          onClick={() => revoke.mutate({ tokenId: k.id })}
                        >
                          {t('growth.apiTokens.revoke')}
                        </button>
                      ) : null}
                    </td>
                  </tr>
                );
              })}
            </tbody>
          </table>
        </div>
      ) : null}
    </>
  );
}
