// One payment notice: the same document as its PDF, in the reader's language (the items, each
// with its pairing, period or milestone and amount; the date and the reference), and the PDF.
import { useQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'wouter';
import { DocumentView } from '../../../components/DocumentView';
import { LoadingStatus, NotFoundPage } from '../../../components/PageStates';
import { PageTitle } from '../../../components/PageTitle';
import { parseId } from '../../../lib/ids';
import { useTRPC } from '../../../lib/trpc';
import { useLocaleFormat } from '../../../lib/useLocaleFormat';
import { noticePdfHref } from './noticeParts';

export function NoticePage() {
  const { t } = useTranslation();
  const fmt = useLocaleFormat();
  const trpc = useTRPC();
  const params = useParams<{ id: string }>();
  const noticeId = parseId(params.id);
  const q = useQuery({
    ...trpc.notices.get.queryOptions({ noticeId: noticeId ?? 0, locale: fmt.locale }),
    enabled: noticeId !== null,
  });
  if (noticeId === null || q.isError) {
    return (
      <NotFoundPage
        title={t('paperwork.notices.title')}
        error={q.error}
        fallback={t('errors.notice.notFound')}
        backHref="/payment-notices"
        backLabel={t('paperwork.notices.back')}
      />
    );
  }
  if (q.isPending) return <LoadingStatus />;
  const document = q.data.document;
  return (
    <div className="stack">
      <PageTitle>{document.title}</PageTitle>
      <p>
        <Link href="/payment-notices">{t('paperwork.notices.back')}</Link>
      </p>
      <p>
        <a className="button" href={noticePdfHref(noticeId, fmt.locale)} download>
          {t('paperwork.notices.download')}
        </a>
      </p>
      <DocumentView document={document} />
    </div>
  );
}
