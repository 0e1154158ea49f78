// Partner API tokens of the organisation (org_admin) or of the coordination (coordinator):
// create one (shown once), see when each was last used, revoke.
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useController } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import { createApiTokenInput } from '../../../../../shared/apiTokens/schemas';
import {
  type ApiScope,
  organisationScopes,
  programScopes,
} from '../../../../../shared/apiTokens/scopes';
import { ErrorAlert, StatusMessage } from '../../../components/Alert';
import { FormDate, FormText } from '../../../components/form/FormFields';
import { PageTitle } from '../../../components/PageTitle';
import { showServerError, useSharedForm } from '../../../lib/forms';
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
  const empty = { name: '', scopes: [] as ApiScope[], expiresOn: '' };
  const { form, summary, setSummary } = useSharedForm(createApiTokenInput, empty);
  const scopes = useController({ control: form.control, name: 'scopes' });
  const chosen: readonly ApiScope[] = scopes.field.value ?? [];
  const refresh = () => void qc.invalidateQueries({ queryKey: trpc.apiTokens.list.queryKey() });
  const create = useMutation(trpc.apiTokens.create.mutationOptions({ onSuccess: refresh }));
  const revoke = useMutation(trpc.apiTokens.revoke.mutationOptions({ onSuccess: refresh }));
  const submit = form.handleSubmit(
    async (input) => {
      setSummary(null);
      try {
        await create.mutateAsync(input);
        form.reset(empty);
      } catch (err) {
        setSummary(showServerError(err, form, t).message);
      }
    },
    () => setSummary(t('form.errorSummary')),
  );
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
      <ErrorAlert>{summary}</ErrorAlert>
      <form onSubmit={submit} noValidate className="stack card">
        <FormText control={form.control} name="name" label={t('growth.apiTokens.name')} required />
        <fieldset className="fieldset">
          <legend>{t('growth.apiTokens.scopes')}</legend>
          {offered.map((s) => (
            <label key={s} className="checkbox">
              <input
                type="checkbox"
                checked={chosen.includes(s)}
                onChange={(e) =>
                  scopes.field.onChange(
                    e.target.checked ? [...chosen, s] : chosen.filter((x) => x !== s),
                  )
                }
                onBlur={scopes.field.onBlur}
              />
              {t(`growth.apiTokens.scopeLabels.${s}`)}
            </label>
          ))}
          {scopes.fieldState.error ? (
            <p className="field__error">{scopes.fieldState.error.message}</p>
          ) : null}
        </fieldset>
        <FormDate
          control={form.control}
          name="expiresOn"
          label={t('growth.apiTokens.expiresOn')}
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
