// npm run create-coordinator -- <email> "<name>" [fr-CA|en-CA]
// Invites a coordinator from the server's command line (the first one of a new installation,
// or a way back in). Uses the same configuration as the server (DATABASE_PATH, APP_URL,
// SMTP_URL…): with email on, the invitation is sent before the command ends; with email off,
// the link is printed here, to the operator, once.
import { z } from 'zod';
import { emailSchema, personNameSchema } from '../shared/auth/schemas';
import { AppError } from '../shared/errors';
import { locales } from '../shared/locale';
import { composeDeps } from './compose';
import { ConfigError, loadConfig } from './config';
import { inviteCoordinatorFromCommandLine } from './features/accounts/commandLineInvitation';

const args = z.object({
  email: emailSchema,
  name: personNameSchema,
  locale: z.enum(locales).default('fr-CA'),
});

async function run(): Promise<number> {
  const [email, name, locale] = process.argv.slice(2);
  const parsed = args.safeParse({ email, name, locale });
  if (!parsed.success) {
    console.error('Usage: npm run create-coordinator -- <email> "<name>" [fr-CA|en-CA]');
    return 2;
  }
  let config: ReturnType<typeof loadConfig>;
  try {
    config = loadConfig();
  } catch (err) {
    if (err instanceof ConfigError) {
      console.error(err.message);
      return 1;
    }
    throw err;
  }
  // Logs of the mailer (a failed delivery) go to this terminal.
  const deps = composeDeps(config, { log: (m) => console.error(m) });
  try {
    const { link } = inviteCoordinatorFromCommandLine(deps, parsed.data);
    if (link) {
      console.log('Courriel désactivé : transmettez ce lien (valide 7 jours, une seule fois).');
      console.log('Email is off: pass this link on (valid 7 days, once).');
      console.log(link);
    } else {
      const sent = await deps.mailer.deliverPending();
      console.log(
        sent > 0
          ? `Invitation envoyée / sent to ${parsed.data.email}.`
          : 'Invitation en file d’attente : le serveur la renverra / queued: the server will retry it.',
      );
    }
    return 0;
  } catch (err) {
    if (err instanceof AppError) {
      console.error(`${err.code}: ${parsed.data.email}`);
      return 1;
    }
    throw err;
  } finally {
    deps.db.$client.close();
  }
}

process.exitCode = await run();
