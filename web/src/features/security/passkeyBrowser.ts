// The browser's side of passkeys (@simplewebauthn/browser): creating one, and answering a
// sign-in challenge. A refusal or time-out of the device is told apart from a server error.
import {
  browserSupportsWebAuthn,
  startAuthentication,
  startRegistration,
} from '@simplewebauthn/browser';

export { browserSupportsWebAuthn };

type RegistrationOptions = Parameters<typeof startRegistration>[0]['optionsJSON'];
type AuthenticationOptions = Parameters<typeof startAuthentication>[0]['optionsJSON'];

/** The person or the device said no, or let it time out: nothing to report but « try again ». */
export class DeviceDeclined extends Error {}

function declined(err: unknown): boolean {
  const name = err instanceof Error ? err.name : '';
  return name === 'NotAllowedError' || name === 'AbortError' || name === 'InvalidStateError';
}

export async function createPasskey(options: unknown) {
  try {
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
    const r = await startAuthentication({ optionsJSON: options as AuthenticationOptions });
    return { ...r, clientExtensionResults: { ...r.clientExtensionResults } };
  } catch (err) {
    if (declined(err)) throw new DeviceDeclined();
    throw err;
  }
}
