// Routes: public pages (login, reset, invitation, privacy notice) and signed-in pages behind the
// session; the shell gets the user's navigation and the notification bell from here.
import { useQueryClient } from '@tanstack/react-query';
import { lazy, Suspense, useEffect } from 'react';
import { useTranslation } from 'react-i18next';
import {
  Link,
  matchRoute,
  Redirect,
  Route,
  Switch,
  useLocation,
  useRouter,
  useSearch,
} from 'wouter';
import { Layout } from './components/Layout';
import { LoadingStatus } from './components/PageStates';
import { PageTitle } from './components/PageTitle';
import { LoginPage } from './features/accounts/LoginPage';
import { HomePage } from './features/home/HomePage';
import { prefetchHome } from './features/home/opening';
import { NotificationBell, unreadCountQuery } from './features/notifications/NotificationBell';
import { ConfirmRecruitPage, RecruitPage } from './features/recruit/routes';
import { SecondFactorGate, setupFirst } from './features/security/gate';
import { useSectionsLoaded } from './i18n';
import { preloadPage } from './lib/featureRoutes';
import { useMe } from './lib/session';
import { useTRPC } from './lib/trpc';
import { navigationFor, routesFor } from './routes';

// The public pages other than the login load on first visit (people arrive at the login).
const publicPages = () => import('./features/accounts/publicPages');
const ForgotPasswordPage = lazy(async () => ({
  default: (await publicPages()).ForgotPasswordPage,
}));
const ResetPasswordPage = lazy(async () => ({ default: (await publicPages()).ResetPasswordPage }));
const InvitationPage = lazy(async () => ({ default: (await publicPages()).InvitationPage }));
const PrivacyPage = lazy(async () => ({ default: (await publicPages()).PrivacyPage }));

function NotFound() {
  const { t } = useTranslation();
  return (
    <>
      <PageTitle>{t('app.notFound')}</PageTitle>
      <p>{t('app.notFoundText')}</p>
      <Link href="/">{t('app.backHome')}</Link>
    </>
  );
}

export function App() {
  // Subscribed so that the whole tree renders again when the language changes.
  useTranslation();
  const me = useMe();
  const [location] = useLocation();
  // The catalogue's sections arrive while people sign in: only the login page goes without.
  const catalogue = useSectionsLoaded();
  const { parser } = useRouter();
  const search = useSearch();
  const qc = useQueryClient();
  const trpc = useTRPC();
  const user = me.data ?? null;
  // While the catalogue's sections arrive, the page's own code is fetched beside them, and the
  // queries it opens with when it says which (the bell's count, the home's, the dashboard's, and
  // those of the pages an email's link or a bookmark leads to: each feature's opening.ts).
  useEffect(() => {
    if (catalogue || !user || user.secondFactor.gate === 'overdue') return;
    void qc.prefetchQuery(unreadCountQuery(trpc));
    if (setupFirst(user, location)) return;
    if (location === '/') {
      prefetchHome({ qc, trpc, role: user.role });
      return;
    }
    for (const route of routesFor(user.role)) {
      const [matches, params] = matchRoute(parser, route.path, location);
      if (!matches) continue;
      preloadPage(route.component);
      route.prefetch?.({
        qc,
        trpc,
        search,
        params: params ?? {},
        locale: user.locale,
        role: user.role,
      });
      return;
    }
  }, [catalogue, user, parser, location, search, qc, trpc]);
  if (me.isPending) {
    return <LoadingStatus />;
  }
  if (!catalogue && (user || location !== '/login')) {
    return <LoadingStatus />;
  }
  // Past the grace period without a second factor, only its set-up is open: no menu, no bell.
  const overdue = user?.secondFactor.gate === 'overdue';
  const signedIn = user && !overdue;
  return (
    <Layout
      me={user}
      nav={signedIn ? navigationFor(user.role) : []}
      bell={signedIn ? <NotificationBell /> : null}
    >
      <Suspense fallback={<LoadingStatus />}>
        <Switch>
          <Route path="/forgot-password" component={ForgotPasswordPage} />
          <Route path="/reset-password" component={ResetPasswordPage} />
          <Route path="/invitation" component={InvitationPage} />
          <Route path="/privacy" component={PrivacyPage} />
          <Route path="/recruit/confirm" component={ConfirmRecruitPage} />
          <Route path="/recruit" component={RecruitPage} />
          <Route path="/login">{user ? <Redirect to="/" replace /> : <LoginPage />}</Route>
          {user ? null : <Route>{() => <Redirect to="/login" replace />}</Route>}
          {user ? (
            <Route path="/">
              <SecondFactorGate me={user}>
                <HomePage me={user} />
              </SecondFactorGate>
            </Route>
          ) : null}
          {user
            ? routesFor(user.role).map((r) => (
                <Route key={r.path} path={r.path}>
                  <SecondFactorGate me={user}>
                    <r.component me={user} />
                  </SecondFactorGate>
                </Route>
              ))
            : null}
          <Route component={NotFound} />
        </Switch>
      </Suspense>
    </Layout>
  );
}
