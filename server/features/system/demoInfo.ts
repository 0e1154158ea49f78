// What the login page shows about demo accounts: only when demo data is on.
import type { Deps } from '../../deps';
import { DEMO_PASSWORD, demoAccounts } from '../../seed/demoData';

export function demoInfo(deps: Deps) {
  if (!deps.config.SEED_DEMO) return null;
  return {
    password: DEMO_PASSWORD,
    accounts: demoAccounts.map((a) => ({ email: a.email, role: a.role })),
  };
}
