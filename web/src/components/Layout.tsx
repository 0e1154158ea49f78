// The shell: skip link, header with the navigation it is given (the app decides each role's),
// the notification bell it is given, the language switch and logout. On a phone the header is
// one row (brand, bell, « Menu »); the navigation and the account links open from the button.
import './Layout.css';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { type ReactNode, useEffect, useId, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useLocation } from 'wouter';
import type { Locale } from '../../../shared/locale';
import { applyLocale, currentLocale } from '../i18n';
import type { NavItem } from '../lib/featureRoutes';
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

/**
 * The signed-in menu: on a phone a « Menu » button opens it (Escape closes it and gives the
 * focus back to the button; moving to another page closes it); on wider screens it is always
 * shown as the header's second row, and the button is hidden.
 */
function useMenu() {
  const [open, setOpen] = useState(false);
  const [location] = useLocation();
  const button = useRef<HTMLButtonElement>(null);
  // biome-ignore lint/correctness/useExhaustiveDependencies: closes on every change of page
  useEffect(() => setOpen(false), [location]);
  useEffect(() => {
    if (!open) return;
    const onKey = (e: KeyboardEvent) => {
      if (e.key !== 'Escape') return;
      setOpen(false);
      button.current?.focus();
    };
    document.addEventListener('keydown', onKey);
    return () => document.removeEventListener('keydown', onKey);
  }, [open]);
  return { open, button, toggle: () => setOpen((o) => !o) };
}

export function Layout(props: {
  me: Me | null;
  /** The signed-in user's navigation, in order. */
  nav: readonly NavItem[];
  /** The notification bell (signed-in users), drawn before the menu. */
  bell: ReactNode;
  children: ReactNode;
}) {
  const { me, nav, children } = props;
  const { t } = useTranslation();
  const trpc = useTRPC();
  const logout = useMutation(trpc.auth.logout.mutationOptions({ onSettled: afterSignOut }));
  const menu = useMenu();
  const menuId = useId();
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
            {props.bell}
            {me ? (
              <button
                ref={menu.button}
                type="button"
                className="menu-button"
                aria-expanded={menu.open}
                aria-controls={menuId}
                onClick={menu.toggle}
              >
                <svg
                  aria-hidden="true"
                  focusable="false"
                  viewBox="0 0 24 24"
                  width="20"
                  height="20"
                >
                  <path fill="currentColor" d="M3 5h18v2H3zm0 6h18v2H3zm0 6h18v2H3z" />
                </svg>
                {t('nav.menu')}
              </button>
            ) : (
              <LanguageSwitch me={me} />
            )}
          </div>
        </div>
        {me ? (
          <div id={menuId} className="site-menu" data-open={menu.open}>
            <nav aria-label={t('nav.main')} className="nav">
              {nav.map((n) => (
                <NavLink key={`${n.href} ${n.labelKey}`} href={n.href}>
                  {t(n.labelKey)}
                </NavLink>
              ))}
            </nav>
            <div className="site-menu__account">
              <span className="nav__who">
                {t('nav.signedInAs', { name: me.name, role: t(`roles.${me.role}`) })}
              </span>
              <LanguageSwitch me={me} />
              <button type="button" className="link-button" onClick={() => logout.mutate()}>
                {t('nav.logout')}
              </button>
            </div>
          </div>
        ) : null}
      </header>
      <main id="main" className="main" tabIndex={-1}>
        {children}
      </main>
      <footer className="footer">
        <Link href="/privacy">{t('privacy.link')}</Link>
      </footer>
    </>
  );
}
