// « Sécurité de la connexion »: where one's second factors stand (and, for the roles that must
// have one, until when), the authenticator app, passkeys and recovery codes.
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ErrorAlert, StatusMessage } from '../../components/Alert';
import { LoadingStatus } from '../../components/PageStates';
import { PageTitle } from '../../components/PageTitle';
import { describeError } from '../../lib/errors';
import { useLocaleFormat } from '../../lib/useLocaleFormat';
import { PasskeysSection } from './PasskeysSection';
import { RecoveryCodesSection } from './RecoveryCodesSection';
import { TotpSection } from './TotpSection';
import { useSecurityStatus } from './useSecurityStatus';

export function SecurityPage() {
  const { t } = useTranslation();
  const fmt = useLocaleFormat();
  const status = useSecurityStatus();
  const [notice, setNotice] = useState<string | null>(null);
  const s = status.data;

  return (
    <div className="stack">
      <PageTitle>{t('security.page.title')}</PageTitle>
      <p>{t('security.page.intro')}</p>
      <StatusMessage takeFocus>{notice}</StatusMessage>
      {status.isPending ? <LoadingStatus /> : null}
      {status.error ? <ErrorAlert>{describeError(status.error, t).message}</ErrorAlert> : null}
      {s ? (
        <>
          <p className={s.enabled ? 'security-state security-state--on' : 'security-state'}>
            <strong>{s.enabled ? t('security.page.on') : t('security.page.off')}</strong>{' '}
            {s.gate === 'overdue'
              ? t('security.page.overdue')
              : s.gate === 'grace' && s.deadline
                ? t('security.page.requiredBy', { date: fmt.instant(s.deadline, 'date') })
                : null}
          </p>
          <TotpSection status={s} notify={setNotice} />
          <PasskeysSection status={s} notify={setNotice} />
          <RecoveryCodesSection status={s} />
        </>
      ) : null}
    </div>
  );
}
