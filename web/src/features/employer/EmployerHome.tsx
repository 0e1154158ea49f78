// The employer's home: their business and the people with access.
import { useQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { PageTitle } from '../../components/PageTitle';
import type { Me } from '../../lib/session';
import { useTRPC } from '../../lib/trpc';
import { useLocaleFormat } from '../../lib/useLocaleFormat';

export function EmployerHome({ me }: { me: Me }) {
  const { t } = useTranslation();
  const trpc = useTRPC();
  const fmt = useLocaleFormat();
  const biz = useQuery(trpc.directory.myBusiness.queryOptions());
  return (
    <>
      <PageTitle>{t('home.employer.title', { business: me.business?.legalName ?? '' })}</PageTitle>
      {biz.data ? (
        <div className="grid">
          <section className="card" aria-labelledby="biz-card">
            <h2 id="biz-card">{t('home.businessCard')}</h2>
            <p className="card__lead">{biz.data.legalName}</p>
            <dl className="facts">
              <dt>{t('home.neq')}</dt>
              <dd>{biz.data.neq ?? '—'}</dd>
              <dt>{t('home.region')}</dt>
              <dd>{fmt.region(biz.data.regionCode)}</dd>
              <dt>{t('home.city')}</dt>
              <dd>{biz.data.city}</dd>
            </dl>
          </section>
          <section className="card" aria-labelledby="colleagues">
            <h2 id="colleagues">{t('home.employer.colleagues')}</h2>
            <ul>
              {biz.data.colleagues.map((c) => (
                <li key={c.id}>
                  {c.name} — {c.email}
                </li>
              ))}
            </ul>
          </section>
        </div>
      ) : (
        <p>{t('app.loading')}</p>
      )}
    </>
  );
}
