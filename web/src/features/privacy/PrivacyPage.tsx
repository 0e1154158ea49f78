// The public privacy notice and the privacy officer's contact (Law 25): readable without an
// account, in both languages.
import { useQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { PageTitle } from '../../components/PageTitle';
import { useTRPC } from '../../lib/trpc';

const sections = ['what', 'why', 'who', 'consent', 'rights'] as const;

export function PrivacyPage() {
  const { t } = useTranslation();
  const trpc = useTRPC();
  const privacy = useQuery(trpc.system.privacy.queryOptions());
  const officer = privacy.data;
  return (
    <article className="prose">
      <PageTitle>{t('privacy.title')}</PageTitle>
      <p>{t('privacy.intro')}</p>
      {sections.map((s) => (
        <section key={s} aria-labelledby={`privacy-${s}`}>
          <h2 id={`privacy-${s}`}>{t(`privacy.sections.${s}.title`)}</h2>
          <p>{t(`privacy.sections.${s}.body`)}</p>
        </section>
      ))}
      <section aria-labelledby="privacy-retention">
        <h2 id="privacy-retention">{t('privacy.sections.retention.title')}</h2>
        <p>{t('privacy.sections.retention.body', { count: officer?.retentionYears ?? 7 })}</p>
      </section>
      <section className="card" aria-labelledby="privacy-officer">
        <h2 id="privacy-officer">{t('privacy.officer.title')}</h2>
        {officer?.officerName ? (
          <dl className="facts">
            <dt className="visually-hidden">{t('table.name')}</dt>
            <dd>
              {officer.officerName}
              {officer.officerTitle ? `, ${officer.officerTitle}` : ''}
            </dd>
            {officer.officerEmail ? (
              <>
                <dt>{t('privacy.officer.email')}</dt>
                <dd>
                  <a href={`mailto:${officer.officerEmail}`}>{officer.officerEmail}</a>
                </dd>
              </>
            ) : null}
            {officer.officerPhone ? (
              <>
                <dt>{t('privacy.officer.phone')}</dt>
                <dd>{officer.officerPhone}</dd>
              </>
            ) : null}
          </dl>
        ) : (
          <p>{t('privacy.officer.notSet')}</p>
        )}
      </section>
    </article>
  );
}
