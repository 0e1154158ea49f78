// The shell: skip link, header with role-aware navigation, language switch and logout.
import { useMutation, useQueryClient } from '@tanstack/react-query';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useLocation } from 'wouter';
import type { Locale } from '../../../shared/locale';
import { apiTokenNav } from '../features/accounts/apiTokens/routes';
import { coordinatorNav } from '../features/coordinator/routes';
import { dashboardNav } from '../features/dashboard/routes';
import { employerNav } from '../features/employer/routes';
import { importNav } from '../features/jobSeekers/import/routes';
import { transferNav } from '../features/jobSeekers/transfer/routes';
import { NotificationBell } from '../features/notifications/NotificationBell';
import { organisationNav } from '../features/organisation/routes';
import { privacyNav } from '../features/privacy/routes';
import { recruitNav } from '../features/recruit/routes';
import { applyLocale, currentLocale } from '../i18n';
import { afterSignOut, type Me } from '../lib/session';
import { useTRPC } from '../lib/trpc';

function NavLink({ href, children }: { href: string; children: ReactNode }) {
  const [location] = useLocation();
  // A section stays current on its sub-pages (/postings/12 under /postings).
  const current = location === href || (href !== '/' && location.startsWith(`${href}/`));
  return (
    <Link href={href} aria-current={current ? 'page' : undefined} className="nav__link">
      {children}
    </Link>
  );
}

export function LanguageSwitch({ me }: { me: Me | null }) {
  const { t } = useTranslation();
  const trpc = useTRPC();
  const qc = useQueryClient();
  const setLocale = useMutation(
    trpc.accounts.setLocale.mutationOptions({
      onSuccess: () => qc.invalidateQueries({ queryKey: trpc.auth.me.queryKey() }),
    }),
  );
  const next: Locale = currentLocale() === 'fr-CA' ? 'en-CA' : 'fr-CA';
  return (
    <button
      type="button"
      className="link-button lang-switch"
      lang={next}
      aria-label={t('nav.switchLanguageLabel')}
      onClick={() => {
        applyLocale(next);
        if (me) setLocale.mutate({ locale: next });
      }}
    >
      {t('nav.switchLanguage')}
    </button>
  );
}

export function Layout({ me, children }: { me: Me | null; children: ReactNode }) {
  const { t } = useTranslation();
  const trpc = useTRPC();
  const logout = useMutation(trpc.auth.logout.mutationOptions({ onSettled: afterSignOut }));
  return (
    <>
      <a href="#main" className="skip-link">
        {t('app.skipToContent')}
      </a>
      <header className="header">
        <div className="header__inner">
          <Link href="/" className="brand">
            {t('app.name')}
            <span className="brand__tagline">{t('app.tagline')}</span>
          </Link>
          <div className="header__tools">
            {me ? <NotificationBell /> : null}
            <LanguageSwitch me={me} />
            {me ? (
              <button type="button" className="link-button" onClick={() => logout.mutate()}>
                {t('nav.logout')}
              </button>
            ) : null}
          </div>
        </div>
        {me ? (
          <nav aria-label={t('nav.main')} className="nav">
            <NavLink href="/">{t('nav.home')}</NavLink>
            {me.role === 'coordinator' ? (
              <NavLink href="/accounts">{t('nav.accounts')}</NavLink>
            ) : null}
            {me.role === 'org_admin' ? <NavLink href="/accounts">{t('nav.team')}</NavLink> : null}
            {[
              ...dashboardNav,
              ...coordinatorNav,
              ...employerNav,
              ...organisationNav,
              ...recruitNav,
              ...transferNav,
              ...importNav,
              ...privacyNav,
              ...apiTokenNav,
            ]
              .filter((n) => n.roles.includes(me.role))
              .map((n) => (
                <NavLink key={n.href} href={n.href}>
                  {t(n.labelKey)}
                </NavLink>
              ))}
            <NavLink href="/account">{t('nav.account')}</NavLink>
            <span className="nav__who">
              {t('nav.signedInAs', { name: me.name, role: t(`roles.${me.role}`) })}
            </span>
          </nav>
        ) : null}
      </header>
      <main id="main" className="main">
        {children}
      </main>
      <footer className="footer">
        <Link href="/privacy">{t('privacy.link')}</Link>
      </footer>
    </>
  );
}
