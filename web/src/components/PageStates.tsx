// What a detail page shows before its record is there: the loading status, or, when the
// address is wrong or the record cannot be read, a title, the reason and a way back.
import { useTranslation } from 'react-i18next';
import { Link } from 'wouter';
import { describeError } from '../lib/errors';
import { ErrorAlert } from './Alert';
import { PageTitle } from './PageTitle';

export function LoadingStatus() {
  const { t } = useTranslation();
  return (
    <p className="loading" role="status">
      {t('app.loading')}
    </p>
  );
}

export function NotFoundPage(props: {
  title: string;
  /** The query's error, if it failed; otherwise `fallback` (e.g. an invalid id) is shown. */
  error: unknown;
  fallback: string;
  backHref: string;
  backLabel: string;
}) {
  const { t } = useTranslation();
  return (
    <>
      <PageTitle>{props.title}</PageTitle>
      <ErrorAlert>
        {props.error ? describeError(props.error, t).message : props.fallback}
      </ErrorAlert>
      <Link href={props.backHref}>{props.backLabel}</Link>
    </>
  );
}
