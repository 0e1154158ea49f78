// The pages of a new and an edited hiring need: a new need can be saved as a draft or published
// at once; a draft can be edited then published; an open need can be edited. Filled or closed
// needs are not editable. The form itself is PostingForm.
import { useQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'wouter';
import { ErrorAlert } from '../../components/Alert';
import { LoadingStatus, NotFoundPage } from '../../components/PageStates';
import { PageTitle } from '../../components/PageTitle';
import type { Me } from '../../lib/session';
import { useTRPC } from '../../lib/trpc';
import { useLocaleFormat } from '../../lib/useLocaleFormat';
import { PostingForm } from './PostingForm';
import { newPostingValues, postingToValues } from './postingForm';

export function NewPostingPage({ me }: { me: Me }) {
  const { t } = useTranslation();
  return (
    <>
      <PageTitle>{t('employer.form.newTitle')}</PageTitle>
      <p className="emp-intro">{t('employer.form.intro')}</p>
      <PostingForm
        initial={newPostingValues(me)}
        postingId={null}
        status={null}
        previousStartDate={null}
      />
    </>
  );
}

export function EditPostingPage() {
  const { t } = useTranslation();
  const trpc = useTRPC();
  const { locale } = useLocaleFormat();
  const params = useParams<{ id: string }>();
  const postingId = Number(params.id);
  const valid = Number.isInteger(postingId) && postingId > 0;
  const posting = useQuery({
    ...trpc.postings.get.queryOptions({ postingId }),
    enabled: valid,
  });
  if (!valid || posting.isError) {
    return (
      <NotFoundPage
        title={t('employer.detail.notFoundTitle')}
        error={posting.error}
        fallback={t('errors.posting.notFound')}
        backHref="/postings"
        backLabel={t('employer.detail.backToList')}
      />
    );
  }
  if (!posting.data) {
    return <LoadingStatus />;
  }
  const p = posting.data;
  if (p.status === 'filled' || p.status === 'closed') {
    return (
      <>
        <PageTitle>{t('employer.form.editTitle', { title: p.title })}</PageTitle>
        <ErrorAlert>{t('errors.posting.notEditable')}</ErrorAlert>
        <Link href={`/postings/${p.id}`}>{t('employer.form.backToPosting')}</Link>
      </>
    );
  }
  const initial = postingToValues(p, locale);
  return (
    <>
      <PageTitle>{t('employer.form.editTitle', { title: p.title })}</PageTitle>
      {p.status === 'open' ? <p className="emp-intro">{t('employer.form.editOpenNote')}</p> : null}
      <PostingForm
        key={p.id}
        initial={initial}
        postingId={p.id}
        status={p.status}
        previousStartDate={p.startDate}
      />
    </>
  );
}
