// The signed-in user as auth.me gives it, with where they stand on second factors, so the web
// can lead a coordinator without one to the set-up before anything else.
import type { Deps } from '../../deps';
import type { CurrentUser } from '../auth/me';
import { type SecondFactorSummary, secondFactorSummary } from './manageSecondFactors';

export type CurrentUserWithSecurity = CurrentUser & { secondFactor: SecondFactorSummary };

export function withSecondFactor(deps: Deps, user: CurrentUser): CurrentUserWithSecurity {
  return { ...user, secondFactor: secondFactorSummary(deps, user.id) };
}
