// A coordinator's session as it is once their second factor is set up (every coordinator must
// have one): without it, each of their pages first leads to the set-up
// (web/src/features/security/gate.tsx), and a measure of « the dashboard » would measure the
// set-up page instead.
import { Secret, TOTP } from 'otpauth';
import type { Client } from './trpc';

/** Sets up an authenticator app for the signed-in `client`, as the person would on the set-up page. */
export async function setUpAuthenticator(client: Client): Promise<void> {
  const { secret } = await client.mutate<{ secret: string }>('security.totpBegin');
  const totp = new TOTP({ secret: Secret.fromBase32(secret), digits: 6, period: 30 });
  await client.mutate('security.totpConfirm', { code: totp.generate() });
}
