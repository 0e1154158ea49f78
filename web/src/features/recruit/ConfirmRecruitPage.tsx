// The page the confirmation email links to. Confirming is a click, not a page load, so a mail
// scanner that opens links cannot confirm a request in the employer's place.
import { useMutation } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { ErrorAlert, StatusMessage } from '../../components/Alert';
import { PageTitle } from '../../components/PageTitle';
import { describeError } from '../../lib/errors';
import { useHashToken } from '../../lib/hashToken';
import { useTRPC } from '../../lib/trpc';

export function ConfirmRecruitPage() {
  const { t } = useTranslation();
  const trpc = useTRPC();
  const token = useHashToken();
  const confirm = useMutation(trpc.recruit.confirm.mutationOptions());
  const done = confirm.data;
  return (
    <div className="auth-page">
      <PageTitle>{t('growth.recruit.confirmTitle')}</PageTitle>
      {token ? null : <ErrorAlert>{t('growth.recruit.noToken')}</ErrorAlert>}
      <ErrorAlert>{confirm.error ? describeError(confirm.error, t).message : null}</ErrorAlert>
      <StatusMessage>
        {done
          ? t('growth.recruit.confirmed', {
              title: done.title,
              organisations: done.organisations.join(', '),
            })
          : null}
      </StatusMessage>
      {token && !done ? (
        <>
          <p>{t('growth.recruit.confirmIntro')}</p>
          <button
            type="button"
            className="button button--primary"
            disabled={confirm.isPending}
            onClick={() => confirm.mutate({ token })}
          >
            {t('growth.recruit.confirm')}
          </button>
        </>
      ) : null}
    </div>
  );
}
