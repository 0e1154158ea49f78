// The browser's side of passkeys (@simplewebauthn/browser): creating one, and answering a
// sign-in challenge. A refusal or time-out of the device is told apart from a server error. The
// library loads when a passkey is used, not with the login page.
import type { startAuthentication, startRegistration } from '@simplewebauthn/browser';

type RegistrationOptions = Parameters<typeof startRegistration>[0]['optionsJSON'];
type AuthenticationOptions = Parameters<typeof startAuthentication>[0]['optionsJSON'];

const webauthn = () => import('@simplewebauthn/browser');

/** Fetches the library after the page's first paint, so a click on « passkey » finds it here. */
export function preloadPasskeys(): void {
  if (browserSupportsWebAuthn()) void webauthn();
}

/** Whether this browser has WebAuthn at all (the library's own test, without the library). */
export function browserSupportsWebAuthn(): boolean {
  return typeof globalThis.PublicKeyCredential === 'function';
}

/** The person or the device said no, or let it time out: nothing to report but « try again ». */
export class DeviceDeclined extends Error {}

function declined(err: unknown): boolean {
  const name = err instanceof Error ? err.name : '';
  return name === 'NotAllowedError' || name === 'AbortError' || name === 'InvalidStateError';
}

export async function createPasskey(options: unknown) {
  try {
    const { startRegistration } = await webauthn();
    const r = await startRegistration({ optionsJSON: options as RegistrationOptions });
    // As a plain object: the procedure's input reads it as a record.
    return { ...r, clientExtensionResults: { ...r.clientExtensionResults } };
  } catch (err) {
    if (declined(err)) throw new DeviceDeclined();
    throw err;
  }
}

export async function answerWithPasskey(options: unknown) {
  try {
    const { startAuthentication } = await webauthn();
    const r = await startAuthentication({ optionsJSON: options as AuthenticationOptions });
    return { ...r, clientExtensionResults: { ...r.clientExtensionResults } };
  } catch (err) {
    if (declined(err)) throw new DeviceDeclined();
    throw err;
  }
}
