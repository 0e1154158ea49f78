// « Sécurité des comptes » (coordination): the grace period, and the accounts' second factors
// with their reset.
import { useTranslation } from 'react-i18next';
import { PageTitle } from '../../components/PageTitle';
import type { Me } from '../../lib/session';
import { GraceForm } from './GraceForm';
import { SecondFactorAccounts } from './SecondFactorAccounts';

export function SecurityAccountsPage({ me }: { me: Me }) {
  const { t } = useTranslation();
  return (
    <div className="stack">
      <PageTitle>{t('security.accounts.title')}</PageTitle>
      <p>{t('security.accounts.intro')}</p>
      <GraceForm />
      <SecondFactorAccounts me={me} />
    </div>
  );
}
