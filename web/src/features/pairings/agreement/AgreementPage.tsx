// The placement agreement of a pairing, for both parties and the coordination: the version in
// force as a page (the same document as its PDF, in the reader's language), who has accepted it
// (name, role, time, IP, fingerprint of the PDF), the acceptance for the reader's party, the
// history of the terms (one row per version, each with its PDF), and the amendment form.
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'wouter';
import { ErrorAlert, StatusMessage } from '../../../components/Alert';
import { DocumentView } from '../../../components/DocumentView';
import { LoadingStatus, NotFoundPage } from '../../../components/PageStates';
import { PageTitle } from '../../../components/PageTitle';
import { describeError } from '../../../lib/errors';
import type { Me } from '../../../lib/session';
import { useTRPC } from '../../../lib/trpc';
import { useLocaleFormat } from '../../../lib/useLocaleFormat';
import { AmendmentForm } from './AmendmentForm';
import { type Agreement, pairingPath } from './agreementParts';
import { VersionsTable } from './VersionsTable';

function Acceptance({ agreement }: { agreement: Agreement }) {
  const { t } = useTranslation();
  const fmt = useLocaleFormat();
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const [ticked, setTicked] = useState(false);
  const [tickError, setTickError] = useState<string | null>(null);
  const [done, setDone] = useState(false);
  const current = agreement.current;
  const sign = useMutation(
    trpc.agreements.sign.mutationOptions({
      onSuccess: async () => {
        setDone(true);
        await queryClient.invalidateQueries({ queryKey: trpc.agreements.get.queryKey() });
      },
    }),
  );
  if (!current) return null;
  const latest = agreement.versions[0];
  const error = sign.error ? describeError(sign.error, t).message : null;
  return (
    <section className="card stack" aria-labelledby="acceptance">
      <h2 id="acceptance">{t('paperwork.agreement.acceptanceTitle')}</h2>
      <p className="fingerprint">
        {t('paperwork.agreement.fingerprint', { sha: current.documentSha256 })}
      </p>
      <ul className="stack">
        {(['employer', 'organisation'] as const).map((party) => {
          const s = latest?.signatures.find((x) => x.party === party);
          return (
            <li key={party}>
              <strong>{t(`paperwork.agreement.partyTitles.${party}`)}</strong> —{' '}
              {s
                ? t(
                    s.signerName
                      ? 'paperwork.agreement.signedBy'
                      : 'paperwork.agreement.signedErased',
                    {
                      name: s.signerName,
                      role: t(`roles.${s.signerRole}`),
                      when: fmt.instant(s.signedAt),
                      ip: s.ip ?? '—',
                      sha: `${s.documentSha256.slice(0, 12)}…`,
                    },
                  )
                : t('paperwork.agreement.notYet')}
            </li>
          );
        })}
      </ul>
      <StatusMessage>{done ? t('paperwork.agreement.accepted') : null}</StatusMessage>
      {agreement.canSign && agreement.party && !done ? (
        <form
          className="stack"
          noValidate
          onSubmit={(e) => {
            e.preventDefault();
            if (!ticked) {
              setTickError(t('paperwork.agreement.mustTick'));
              return;
            }
            sign.mutate({
              pairingId: agreement.pairingId,
              versionId: current.versionId,
              locale: current.locale,
              documentSha256: current.documentSha256,
            });
          }}
        >
          <ErrorAlert>{error}</ErrorAlert>
          <div className={`field${tickError ? ' field--invalid' : ''}`}>
            <label>
              <input
                type="checkbox"
                checked={ticked}
                aria-invalid={tickError ? true : undefined}
                aria-describedby={tickError ? 'accept-error' : undefined}
                onChange={(e) => {
                  setTicked(e.target.checked);
                  setTickError(null);
                }}
              />{' '}
              {t('paperwork.agreement.acceptLabel', {
                party: t(`paperwork.agreement.parties.${agreement.party}`),
              })}
            </label>
            {tickError ? (
              <p className="field__error" id="accept-error">
                {tickError}
              </p>
            ) : null}
          </div>
          <button type="submit" className="button button--primary" disabled={sign.isPending}>
            {t('paperwork.agreement.accept')}
          </button>
        </form>
      ) : null}
    </section>
  );
}

export function AgreementPage({ me }: { me: Me }) {
  const { t } = useTranslation();
  const fmt = useLocaleFormat();
  const trpc = useTRPC();
  const params = useParams<{ id: string }>();
  const pairingId = Number(params.id);
  const valid = Number.isInteger(pairingId) && pairingId > 0;
  const q = useQuery({
    ...trpc.agreements.get.queryOptions({ pairingId, locale: fmt.locale }),
    enabled: valid,
  });
  if (!valid || q.isError) {
    return (
      <NotFoundPage
        title={t('paperwork.agreement.cardTitle')}
        error={q.error}
        fallback={t('errors.agreement.notFound')}
        backHref="/"
        backLabel={t('app.backHome')}
      />
    );
  }
  if (q.isPending) return <LoadingStatus />;
  const agreement = q.data;
  const current = agreement.current;
  const other = fmt.locale === 'fr-CA' ? 'en-CA' : 'fr-CA';
  return (
    <div className="stack">
      <PageTitle>{current?.document.title ?? t('paperwork.agreement.cardTitle')}</PageTitle>
      <p>
        <Link href={pairingPath(me.role, pairingId)}>{t('paperwork.agreement.back')}</Link>
      </p>
      {current ? (
        <>
          <p>
            <a
              className="button button--secondary"
              href={`/files/agreements/${pairingId}/v${current.version}.pdf?locale=${fmt.locale}`}
            >
              {t('paperwork.agreement.download')}
            </a>{' '}
            <a href={`/files/agreements/${pairingId}/v${current.version}.pdf?locale=${other}`}>
              {t('paperwork.agreement.downloadOther')}
            </a>
          </p>
          <DocumentView document={current.document} />
          <Acceptance agreement={agreement} />
        </>
      ) : null}
      <VersionsTable agreement={agreement} />
      {agreement.status === 'active' ? <AmendmentForm agreement={agreement} me={me} /> : null}
    </div>
  );
}
