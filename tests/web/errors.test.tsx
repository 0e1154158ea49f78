// The web turns API errors into translated messages, field by field.
import { TRPCClientError } from '@trpc/client';
import i18next from 'i18next';
import { describe, expect, it } from 'vitest';
import { loginInput } from '../../shared/auth/schemas';
import { describeError, validate } from '../../web/src/lib/errors';
import { withI18n } from './support';

function apiError(data: unknown) {
  return new TRPCClientError('x', { result: { error: { message: 'x', code: -32600, data } } });
}

withI18n();

describe('describeError', () => {
  it('translates a catalogue code, with French plural rules', async () => {
    await i18next.changeLanguage('fr-CA');
    const one = describeError(
      apiError({ appCode: 'auth.tooManyAttempts', params: { minutes: 1 }, fieldErrors: null }),
      i18next.t,
    );
    expect(one.message).toBe('Trop de tentatives. Réessayez dans 1 minute.');
    const many = describeError(
      apiError({ appCode: 'auth.tooManyAttempts', params: { minutes: 12 }, fieldErrors: null }),
      i18next.t,
    );
    expect(many.message).toBe('Trop de tentatives. Réessayez dans 12 minutes.');
    await i18next.changeLanguage('en-CA');
    const en = describeError(
      apiError({ appCode: 'auth.invalidCredentials', params: {}, fieldErrors: null }),
      i18next.t,
    );
    expect(en.message).toBe('Wrong email address or password.');
  });

  it('puts server field errors next to their fields', async () => {
    await i18next.changeLanguage('fr-CA');
    const e = describeError(
      apiError({
        appCode: null,
        params: {},
        fieldErrors: { password: [{ key: 'validation.passwordTooShort', params: { min: 12 } }] },
      }),
      i18next.t,
    );
    expect(e.fields.password).toBe('Le mot de passe doit contenir au moins 12 caractères.');
    expect(e.message).toBe('Veuillez corriger les champs signalés.');
  });

  it('validates forms with the shared schema before sending', async () => {
    await i18next.changeLanguage('en-CA');
    const v = validate(loginInput, { email: 'x', password: '' }, i18next.t);
    expect(v.ok).toBe(false);
    if (v.ok) return;
    expect(v.error.fields.email).toBe('Enter a valid email address (e.g. name@example.ca).');
    expect(v.error.fields.password).toBe('This field is required.');
  });

  it('says the server cannot be reached when there is no response', async () => {
    await i18next.changeLanguage('fr-CA');
    const e = describeError(new TRPCClientError('fetch failed'), i18next.t);
    expect(e.message).toBe('Impossible de joindre le serveur. Vérifiez votre connexion.');
  });
});
