// The API: one router per feature area. Its type is shared with the web client.
import { router } from './init';
import { accountsRouter } from './routers/accounts';
import { agreementsRouter } from './routers/agreements';
import { apiTokensRouter } from './routers/apiTokens';
import { auditRouter } from './routers/audit';
import { authRouter } from './routers/auth';
import { businessesRouter } from './routers/businesses';
import { directoryRouter } from './routers/directory';
import { homeRouter } from './routers/home';
import { importsRouter } from './routers/imports';
import { jobSeekersRouter } from './routers/jobSeekers';
import { moneyRouter } from './routers/money';
import { noticesRouter } from './routers/notices';
import { notificationsRouter } from './routers/notifications';
import { pairingsRouter } from './routers/pairings';
import { phasesRouter } from './routers/phases';
import { postingsRouter } from './routers/postings';
import { matchingRouter, proposalsRouter } from './routers/proposals';
import { recruitRouter } from './routers/recruit';
import { reportsRouter } from './routers/reports';
import { securityRouter } from './routers/security';
import { systemRouter } from './routers/system';
import { transfersRouter } from './routers/transfers';

export const appRouter = router({
  auth: authRouter,
  accounts: accountsRouter,
  directory: directoryRouter,
  system: systemRouter,
  businesses: businessesRouter,
  postings: postingsRouter,
  jobSeekers: jobSeekersRouter,
  matching: matchingRouter,
  proposals: proposalsRouter,
  home: homeRouter,
  phases: phasesRouter,
  pairings: pairingsRouter,
  agreements: agreementsRouter,
  money: moneyRouter,
  notices: noticesRouter,
  notifications: notificationsRouter,
  reports: reportsRouter,
  audit: auditRouter,
  security: securityRouter,
  recruit: recruitRouter,
  transfers: transfersRouter,
  imports: importsRouter,
  apiTokens: apiTokensRouter,
});

export type AppRouter = typeof appRouter;
