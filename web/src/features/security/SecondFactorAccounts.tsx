// The coordination's list of the accounts that must have a second factor (or have one): their
// factors and where they stand, and the reset of a lost factor, after a question (audited; the
// person's sessions end and a new grace period starts).
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ErrorAlert, StatusMessage } from '../../components/Alert';
import { LoadingStatus } from '../../components/PageStates';
import { TableFrame } from '../../components/TableFrame';
import { describeError } from '../../lib/errors';
import type { Me } from '../../lib/session';
import { useTRPC } from '../../lib/trpc';
import { InlineConfirm } from './InlineConfirm';

export function SecondFactorAccounts({ me }: { me: Me }) {
  const { t } = useTranslation();
  const trpc = useTRPC();
  const qc = useQueryClient();
  const accounts = useQuery(trpc.security.accounts.queryOptions());
  const [asking, setAsking] = useState<{ id: number; name: string } | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [notice, setNotice] = useState<string | null>(null);
  const reset = useMutation(
    trpc.security.resetForUser.mutationOptions({
      onSuccess: async () => {
        setNotice(t('security.accounts.resetDone', { name: asking?.name ?? '' }));
        setAsking(null);
        await qc.invalidateQueries({ queryKey: trpc.security.accounts.queryKey() });
      },
      onError: (err) => setError(describeError(err, t).message),
    }),
  );
  const rows = accounts.data ?? [];

  return (
    <section className="stack" aria-labelledby="mfa-accounts-title">
      <h2 id="mfa-accounts-title">{t('security.accounts.listTitle')}</h2>
      <StatusMessage takeFocus>{notice}</StatusMessage>
      {accounts.isPending ? <LoadingStatus /> : null}
      {accounts.error ? <ErrorAlert>{describeError(accounts.error, t).message}</ErrorAlert> : null}
      {accounts.data && rows.length === 0 ? <p>{t('security.accounts.empty')}</p> : null}
      {rows.length > 0 ? (
        <TableFrame>
          <table className="list-table">
            <caption className="visually-hidden">{t('security.accounts.caption')}</caption>
            <thead>
              <tr>
                <th scope="col">{t('security.accounts.name')}</th>
                <th scope="col">{t('security.accounts.role')}</th>
                <th scope="col">{t('security.accounts.factors')}</th>
                <th scope="col">{t('security.accounts.status')}</th>
                <th scope="col">
                  <span className="visually-hidden">{t('security.accounts.reset')}</span>
                </th>
              </tr>
            </thead>
            <tbody>
              {rows.map((a) => {
                const factors = [
                  a.totp ? t('security.accounts.totp') : null,
                  a.passkeys > 0 ? t('security.accounts.passkeys', { count: a.passkeys }) : null,
                ].filter(Boolean);
                const self = a.id === me.id;
                return (
                  <tr key={a.id}>
                    <th scope="row">
                      {a.name}
                      {self ? ` (${t('security.accounts.you')})` : ''}
                      <br />
                      <span className="security-note">{a.email}</span>
                    </th>
                    <td>{t(`roles.${a.role}`)}</td>
                    <td>{factors.length ? factors.join(', ') : t('security.accounts.noFactor')}</td>
                    <td>{t(`security.accounts.gate.${a.gate}`)}</td>
                    <td>
                      {asking?.id === a.id ? (
                        <InlineConfirm
                          question={t('security.accounts.resetQuestion', { name: a.name })}
                          confirmLabel={t('security.accounts.resetConfirm')}
                          cancelLabel={t('security.accounts.cancel')}
                          pending={reset.isPending}
                          error={error}
                          onConfirm={() => reset.mutate({ userId: a.id })}
                          onCancel={() => {
                            setError(null);
                            setAsking(null);
                          }}
                        />
                      ) : self || factors.length === 0 ? null : (
                        <button
                          type="button"
                          className="button button--small"
                          aria-label={t('security.accounts.resetFor', { name: a.name })}
                          onClick={() => {
                            setError(null);
                            setNotice(null);
                            setAsking({ id: a.id, name: a.name });
                          }}
                        >
                          {t('security.accounts.reset')}
                        </button>
                      )}
                    </td>
                  </tr>
                );
              })}
            </tbody>
          </table>
        </TableFrame>
      ) : null}
    </section>
  );
}
