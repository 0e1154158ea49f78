// The placement agreement of a pairing, for both parties and the coordination: the version in
// force as a page (the same document as its PDF, in the reader's language), who has accepted it
// and the acceptance for the reader's party, the history of the terms (one row per version, each
// with its PDF), and the amendment form while the pairing is active.
import { useQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'wouter';
import { DocumentView } from '../../components/DocumentView';
import { LoadingStatus, NotFoundPage } from '../../components/PageStates';
import { PageTitle } from '../../components/PageTitle';
import { parseId } from '../../lib/ids';
import type { Me } from '../../lib/session';
import { useTRPC } from '../../lib/trpc';
import { useLocaleFormat } from '../../lib/useLocaleFormat';
import { AmendmentForm } from '../pairings/amendments/AmendmentForm';
import { Acceptance } from './Acceptance';
import { agreementPdfHref, pairingPath } from './agreementParts';
import { VersionsTable } from './VersionsTable';

export function AgreementPage({ me }: { me: Me }) {
  const { t } = useTranslation();
  const fmt = useLocaleFormat();
  const trpc = useTRPC();
  const params = useParams<{ id: string }>();
  const pairingId = parseId(params.id);
  const q = useQuery({
    ...trpc.agreements.get.queryOptions({ pairingId: pairingId ?? 0, locale: fmt.locale }),
    enabled: pairingId !== null,
  });
  if (pairingId === null || q.isError) {
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
              className="button"
              href={agreementPdfHref(pairingId, current.version, fmt.locale)}
              download
            >
              {t('paperwork.agreement.download')}
            </a>{' '}
            <a href={agreementPdfHref(pairingId, current.version, other)} hrefLang={other} download>
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
