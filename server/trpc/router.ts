// The API: one router per feature area. Its type is shared with the web client.
import { router } from './init';
import { accountsRouter } from './routers/accounts';
import { authRouter } from './routers/auth';
import { directoryRouter } from './routers/directory';
import { systemRouter } from './routers/system';

export const appRouter = router({
  auth: authRouter,
  accounts: accountsRouter,
  directory: directoryRouter,
  system: systemRouter,
});

export type AppRouter = typeof appRouter;
