// Each role lands on its own home.
import { useQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { Link } from 'wouter';
import { PageTitle } from '../../components/PageTitle';
import { TableFrame } from '../../components/TableFrame';
import type { Me } from '../../lib/session';
import { useTRPC } from '../../lib/trpc';
import { useLocaleFormat } from '../../lib/useLocaleFormat';
import { CoordinatorWork } from '../money/CoordinatorWork';
import { BusinessDirectory } from './BusinessDirectory';
import { EmployerHome } from './EmployerHome';
import { OrganisationHome } from './OrganisationHome';

function OrganisationCard() {
  const { t } = useTranslation();
  const trpc = useTRPC();
  const fmt = useLocaleFormat();
  const org = useQuery(trpc.directory.myOrganisation.queryOptions());
  if (!org.data) return <p>{t('app.loading')}</p>;
  const o = org.data;
  return (
    <section className="card" aria-labelledby="org-card">
      <h2 id="org-card">{t('home.organisationCard')}</h2>
      <p className="card__lead">{o.name}</p>
      <dl className="facts">
        <dt>{t('home.region')}</dt>
        <dd>{fmt.region(o.regionCode)}</dd>
        <dt>{t('home.city')}</dt>
        <dd>{o.city}</dd>
        <dt>{t('home.clientGroups')}</dt>
        <dd>
          <ul className="tags">
            {o.clientGroups.map((g) => (
              <li key={g}>{t(`clientGroups.${g}`)}</li>
            ))}
          </ul>
        </dd>
      </dl>
      <p>{t('home.teamSize', { count: o.teamSize })}</p>
    </section>
  );
}

function CoordinatorHome() {
  const { t } = useTranslation();
  const trpc = useTRPC();
  const fmt = useLocaleFormat();
  const orgs = useQuery(trpc.directory.organisations.queryOptions());
  return (
    <>
      <PageTitle>{t('home.coordinator.title')}</PageTitle>
      <CoordinatorWork />
      <p className="coord-home-accounts">
        <Link href="/accounts" className="button">
          {t('home.coordinator.manageAccounts')}
        </Link>
      </p>
      <section aria-labelledby="orgs-title">
        <h2 id="orgs-title">{t('home.coordinator.organisations')}</h2>
        <p>{t('home.coordinator.organisationsCount', { count: orgs.data?.length ?? 0 })}</p>
        <TableFrame label={t('home.coordinator.organisations')}>
          <table>
            <thead>
              <tr>
                <th scope="col">{t('table.name')}</th>
                <th scope="col">{t('table.region')}</th>
                <th scope="col">{t('table.city')}</th>
              </tr>
            </thead>
            <tbody>
              {orgs.data?.map((o) => (
                <tr key={o.id}>
                  <td>{o.name}</td>
                  <td>{fmt.region(o.regionCode)}</td>
                  <td>{o.city}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </TableFrame>
      </section>
      <BusinessDirectory />
    </>
  );
}

function OrgAdminHome({ me }: { me: Me }) {
  const { t } = useTranslation();
  return (
    <>
      <PageTitle>
        {t('home.org_admin.title', { organisation: me.organisation?.name ?? '' })}
      </PageTitle>
      <OrganisationHome />
      <div className="grid org-home-extra">
        <OrganisationCard />
        <section className="card" aria-labelledby="org-team">
          <h2 id="org-team">{t('nav.team')}</h2>
          <p>
            <Link href="/accounts" className="button">
              {t('home.org_admin.manageTeam')}
            </Link>
          </p>
        </section>
      </div>
    </>
  );
}

function CounsellorHome({ me }: { me: Me }) {
  const { t } = useTranslation();
  return (
    <>
      <PageTitle>{t('home.counsellor.title', { name: me.name })}</PageTitle>
      <OrganisationHome />
      <div className="grid org-home-extra">
        <OrganisationCard />
      </div>
    </>
  );
}

export function HomePage({ me }: { me: Me }) {
  switch (me.role) {
    case 'coordinator':
      return <CoordinatorHome />;
    case 'org_admin':
      return <OrgAdminHome me={me} />;
    case 'counsellor':
      return <CounsellorHome me={me} />;
    case 'employer':
      return <EmployerHome me={me} />;
  }
}
