// Accounts (coordinator: everyone) or Team (org_admin: their organisation), with the
// invitation form. When this installation sends no email, the invitation link, and the password
// reset links the coordination makes here, are shown once to whoever made them.
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ErrorAlert, StatusMessage } from '../../components/Alert';
import { OneTimeLink } from '../../components/OneTimeLink';
import { PageTitle } from '../../components/PageTitle';
import { TableFrame } from '../../components/TableFrame';
import { describeError } from '../../lib/errors';
import type { Me } from '../../lib/session';
import { useTRPC } from '../../lib/trpc';
import { InviteForm } from './InviteForm';

function AccountsTable({ me }: { me: Me }) {
  const { t } = useTranslation();
  const trpc = useTRPC();
  const qc = useQueryClient();
  const list = useQuery(trpc.accounts.list.queryOptions());
  const [message, setMessage] = useState<string | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [shownLink, setShownLink] = useState<{ intro: string; link: string } | null>(null);
  const changeRole = useMutation(
    trpc.accounts.changeRole.mutationOptions({
      onSuccess: async () => {
        setMessage(t('accounts.roleChanged'));
        await qc.invalidateQueries({ queryKey: trpc.accounts.list.queryKey() });
      },
      onError: (err) => setError(describeError(err, t).message),
    }),
  );
  const resetLink = useMutation(
    trpc.accounts.resetLink.mutationOptions({
      onSuccess: (r, input) => {
        const name = list.data?.find((u) => u.id === input.userId)?.name ?? '';
        setError(null);
        if (r.link) {
          setMessage(null);
          setShownLink({
            link: r.link,
            intro: t('accounts.resetLinkShown', { name, minutes: r.expiresInMinutes }),
          });
        } else {
          setShownLink(null);
          setMessage(t('accounts.resetLinkSent', { name }));
        }
      },
      onError: (err) => setError(describeError(err, t).message),
    }),
  );
  const rows = list.data ?? [];
  return (
    <>
      <StatusMessage>{message}</StatusMessage>
      {shownLink ? <OneTimeLink link={shownLink.link} intro={shownLink.intro} /> : null}
      <ErrorAlert>{error}</ErrorAlert>
      <TableFrame label={me.role === 'coordinator' ? t('accounts.title') : t('accounts.teamTitle')}>
        <table>
          <thead>
            <tr>
              <th scope="col">{t('table.name')}</th>
              <th scope="col">{t('table.email')}</th>
              <th scope="col">{t('table.role')}</th>
              {me.role === 'coordinator' ? <th scope="col">{t('table.affiliation')}</th> : null}
              <th scope="col">{t('table.status')}</th>
              {me.role === 'coordinator' ? <th scope="col">{t('table.actions')}</th> : null}
            </tr>
          </thead>
          <tbody>
            {rows.length === 0 && !list.isLoading ? (
              <tr>
                <td colSpan={6}>{t('table.empty')}</td>
              </tr>
            ) : null}
            {rows.map((u) => (
              <tr key={u.id}>
                <td>{u.name}</td>
                <td>{u.email}</td>
                <td>{t(`roles.${u.role}`)}</td>
                {me.role === 'coordinator' ? (
                  <td>{u.organisationName ?? u.businessName ?? '—'}</td>
                ) : null}
                <td>{t(`status.${u.status}`)}</td>
                {me.role === 'coordinator' ? (
                  <td>
                    {u.status === 'active' ? (
                      <button
                        type="button"
                        className="button button--small"
                        disabled={resetLink.isPending}
                        onClick={() => resetLink.mutate({ userId: u.id })}
                      >
                        {t('accounts.resetLink')}
                        <span className="visually-hidden"> — {u.name}</span>
                      </button>
                    ) : null}{' '}
                    {u.id !== me.id && (u.role === 'counsellor' || u.role === 'org_admin') ? (
                      <button
                        type="button"
                        className="button button--small"
                        onClick={() =>
                          changeRole.mutate({
                            userId: u.id,
                            role: u.role === 'counsellor' ? 'org_admin' : 'counsellor',
                          })
                        }
                      >
                        {u.role === 'counsellor'
                          ? t('accounts.makeAdmin')
                          : t('accounts.makeCounsellor')}
                        <span className="visually-hidden"> — {u.name}</span>
                      </button>
                    ) : null}
                  </td>
                ) : null}
              </tr>
            ))}
          </tbody>
        </table>
      </TableFrame>
    </>
  );
}

export function AccountsPage({ me }: { me: Me }) {
  const { t } = useTranslation();
  return (
    <>
      <PageTitle>
        {me.role === 'coordinator' ? t('accounts.title') : t('accounts.teamTitle')}
      </PageTitle>
      <div className="stack-lg">
        <AccountsTable me={me} />
        <InviteForm me={me} />
      </div>
    </>
  );
}
