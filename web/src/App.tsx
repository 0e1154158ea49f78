import { Suspense } from 'react';
// Routes: public pages (login, reset, invitation) and signed-in pages behind the session.

import { useTranslation } from 'react-i18next';
import { Link, Redirect, Route, Switch } from 'wouter';
import { Layout } from './components/Layout';
import { LoadingStatus } from './components/PageStates';
import { PageTitle } from './components/PageTitle';
import { apiTokenRoutes } from './features/accounts/apiTokens/routes';
import { coordinatorRoutes } from './features/coordinator/routes';
import { dashboardRoutes } from './features/dashboard/routes';
import { employerRoutes } from './features/employer/routes';
import { importRoutes } from './features/jobSeekers/import/routes';
import { transferRoutes } from './features/jobSeekers/transfer/routes';
import { notificationRoutes } from './features/notifications/routes';
import { organisationRoutes } from './features/organisation/routes';
import { privacyRoutes } from './features/privacy/routes';
import { ConfirmRecruitPage, RecruitPage, recruitRoutes } from './features/recruit/routes';
import { useMe } from './lib/session';
import { AccountPage } from './pages/AccountPage';
import { AccountsPage } from './pages/AccountsPage';
import { ForgotPasswordPage } from './pages/ForgotPasswordPage';
import { HomePage } from './pages/HomePage';
import { InvitationPage } from './pages/InvitationPage';
import { LoginPage } from './pages/LoginPage';
import { PrivacyPage } from './pages/PrivacyPage';
import { ResetPasswordPage } from './pages/ResetPasswordPage';

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
  if (me.isPending) {
    return <LoadingStatus />;
  }
  const user = me.data ?? null;
  return (
    <Layout me={user}>
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
              <HomePage me={user} />
            </Route>
          ) : null}
          {user ? (
            <Route path="/account">
              <AccountPage me={user} />
            </Route>
          ) : null}
          {user && (user.role === 'coordinator' || user.role === 'org_admin') ? (
            <Route path="/accounts">
              <AccountsPage me={user} />
            </Route>
          ) : null}
          {user
            ? [
                ...coordinatorRoutes,
                ...employerRoutes,
                ...organisationRoutes,
                ...privacyRoutes,
                ...notificationRoutes,
                ...dashboardRoutes,
                ...recruitRoutes,
                ...importRoutes,
                ...transferRoutes,
                ...apiTokenRoutes,
              ]
                .filter((r) => r.roles.includes(user.role))
                .map((r) => (
                  <Route key={r.path} path={r.path}>
                    <r.component me={user} />
                  </Route>
                ))
            : null}
          <Route component={NotFound} />
        </Switch>
      </Suspense>
    </Layout>
  );
}
