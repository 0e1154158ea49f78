// Signing in with a passkey: as the second step after a password, or alone (passwordless) from
// the login page. The server's options name the pending account's passkeys, or any of this site.
import { useMutation } from '@tanstack/react-query';
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ErrorAlert } from '../../components/Alert';
import { describeError } from '../../lib/errors';
import type { Me } from '../../lib/session';
import { useTRPC } from '../../lib/trpc';
import {
  answerWithPasskey,
  browserSupportsWebAuthn,
  DeviceDeclined,
  preloadPasskeys,
} from './passkeyBrowser';
import { secondStepExpired } from './secondStepError';

export function PasskeyButton(props: {
  label: string;
  primary?: boolean;
  onSignedIn: (me: Me) => void;
  onExpired?: () => void;
}) {
  const { t } = useTranslation();
  const trpc = useTRPC();
  const [waiting, setWaiting] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const options = useMutation(trpc.auth.passkeyOptions.mutationOptions());
  const signIn = useMutation(trpc.auth.passkeySignIn.mutationOptions());
  useEffect(preloadPasskeys, []);
  if (!browserSupportsWebAuthn()) return null;

  async function go() {
    setError(null);
    setWaiting(true);
    try {
      const response = await answerWithPasskey(await options.mutateAsync());
      props.onSignedIn(await signIn.mutateAsync({ response }));
    } catch (err) {
      if (err instanceof DeviceDeclined) setError(t('security.passkeys.cancelled'));
      else if (secondStepExpired(err) && props.onExpired) props.onExpired();
      else setError(describeError(err, t).message);
    } finally {
      setWaiting(false);
    }
  }

  return (
    <div className="stack">
      <ErrorAlert>{error}</ErrorAlert>
      <button
        type="button"
        className={props.primary ? 'button button--primary' : 'button'}
        disabled={waiting}
        onClick={() => void go()}
      >
        {waiting ? t('security.signIn.waitingPasskey') : props.label}
      </button>
    </div>
  );
}
