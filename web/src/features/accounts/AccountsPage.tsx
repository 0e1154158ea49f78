// Accounts (coordinator: everyone) or Team (org_admin: their organisation), with the
// invitation form. When this installation sends no email, the invitation link, and the password
// reset links the coordination makes here, are shown once to whoever made them.
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { type FormEvent, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { inviteInput } from '../../../../shared/auth/schemas';
import { locales } from '../../../../shared/locale';
import { invitableRoles, type Role } from '../../../../shared/roles';
import { ErrorAlert, StatusMessage } from '../../components/Alert';
import { SelectField, TextField } from '../../components/Field';
import { OneTimeLink } from '../../components/OneTimeLink';
import { PageTitle } from '../../components/PageTitle';
import { TableFrame } from '../../components/TableFrame';
import { describeError, type ShownError, validate } from '../../lib/errors';
import type { Me } from '../../lib/session';
import { useTRPC } from '../../lib/trpc';

function InviteForm({ me }: { me: Me }) {
  const { t } = useTranslation();
  const trpc = useTRPC();
  const qc = useQueryClient();
  const roles = invitableRoles(me.role);
  const [role, setRole] = useState<string>(roles.length === 1 ? (roles[0] ?? '') : '');
  const [email, setEmail] = useState('');
  const [name, setName] = useState('');
  const [organisationId, setOrganisationId] = useState('');
  const [businessId, setBusinessId] = useState('');
  const [locale, setLocale] = useState<string>('fr-CA');
  const [error, setError] = useState<ShownError | null>(null);
  const [sentTo, setSentTo] = useState<string | null>(null);
  const [shownLink, setShownLink] = useState<{ email: string; link: string } | null>(null);
  const isCoordinator = me.role === 'coordinator';
  const organisations = useQuery({
    ...trpc.directory.organisations.queryOptions(),
    enabled: isCoordinator,
  });
  const businesses = useQuery({
    ...trpc.directory.businesses.queryOptions(),
    enabled: isCoordinator,
  });
  const invite = useMutation(
    trpc.accounts.invite.mutationOptions({
      onSuccess: async (r, input) => {
        if (r.link) setShownLink({ email: input.email, link: r.link });
        else setSentTo(input.email);
        setEmail('');
        setName('');
        await qc.invalidateQueries({ queryKey: trpc.accounts.list.queryKey() });
      },
      onError: (err) => setError(describeError(err, t)),
    }),
  );
  const needsOrganisation = isCoordinator && (role === 'org_admin' || role === 'counsellor');
  const needsBusiness = role === 'employer';

  function submit(e: FormEvent) {
    e.preventDefault();
    setSentTo(null);
    setShownLink(null);
    const v = validate(
      inviteInput,
      {
        email,
        name,
        role: role || undefined,
        locale,
        organisationId: needsOrganisation && organisationId ? Number(organisationId) : undefined,
        businessId: needsBusiness && businessId ? Number(businessId) : undefined,
      },
      t,
    );
    if (!v.ok) return setError(v.error);
    setError(null);
    invite.mutate(v.data);
  }

  return (
    <section className="card" aria-labelledby="invite-title">
      <h2 id="invite-title">{t('accounts.inviteTitle')}</h2>
      <p>{t('accounts.inviteIntro')}</p>
      <StatusMessage>{sentTo ? t('accounts.sent', { email: sentTo }) : null}</StatusMessage>
      {shownLink ? (
        <OneTimeLink
          link={shownLink.link}
          intro={t('accounts.linkShown', { email: shownLink.email })}
        />
      ) : null}
      <ErrorAlert>{error?.message}</ErrorAlert>
      <form onSubmit={submit} noValidate className="stack">
        <TextField
          label={t('accounts.name')}
          value={name}
          onChange={setName}
          error={error?.fields.name}
          autoComplete="off"
          required
        />
        <TextField
          label={t('accounts.email')}
          type="email"
          value={email}
          onChange={setEmail}
          error={error?.fields.email}
          autoComplete="off"
          required
        />
        {roles.length > 1 ? (
          <SelectField
            label={t('accounts.role')}
            value={role}
            onChange={setRole}
            error={error?.fields.role}
            required
          >
            <option value="">{t('accounts.choose')}</option>
            {roles.map((r: Role) => (
              <option key={r} value={r}>
                {t(`roles.${r}`)}
              </option>
            ))}
          </SelectField>
        ) : null}
        {needsOrganisation ? (
          <SelectField
            label={t('accounts.organisation')}
            value={organisationId}
            onChange={setOrganisationId}
            error={error?.fields.organisationId}
            required
          >
            <option value="">{t('accounts.choose')}</option>
            {organisations.data?.map((o) => (
              <option key={o.id} value={o.id}>
                {o.name}
              </option>
            ))}
          </SelectField>
        ) : null}
        {needsBusiness ? (
          <SelectField
            label={t('accounts.business')}
            value={businessId}
            onChange={setBusinessId}
            error={error?.fields.businessId}
            required
          >
            <option value="">{t('accounts.choose')}</option>
            {businesses.data?.map((b) => (
              <option key={b.id} value={b.id}>
                {b.legalName}
              </option>
            ))}
          </SelectField>
        ) : null}
        <SelectField label={t('accounts.language')} value={locale} onChange={setLocale}>
          {locales.map((l) => (
            <option key={l} value={l} lang={l}>
              {t(`languages.${l}`)}
            </option>
          ))}
        </SelectField>
        <button type="submit" className="button button--primary" disabled={invite.isPending}>
          {t('accounts.submit')}
        </button>
      </form>
    </section>
  );
}

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
