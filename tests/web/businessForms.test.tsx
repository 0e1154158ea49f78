// The business forms on the forms kit: registering a business with its contact invited asks the
// contact's name and email by the invitation's rules (and not when not inviting), sends the
// procedure's input, and the server's invitation errors land on the contact's fields.
import { fireEvent, screen, waitFor } from '@testing-library/react';
import { TRPCClientError } from '@trpc/client';
import { describe, expect, it } from 'vitest';
import { NewBusinessPage } from '../../web/src/features/businesses/NewBusinessPage';
import type { Me } from '../../web/src/lib/session';
import { answering, renderWithProviders, withI18n } from './support';

withI18n();

const me = { organisation: { regionCode: '06' } } as unknown as Me;

function fill(label: RegExp, value: string) {
  fireEvent.change(screen.getByLabelText(label), { target: { value } });
}

function fillProfile() {
  fill(/^Nom de l’entreprise/, 'Boulangerie Lavoie inc.');
  fill(/^Numéro d’entreprise du Québec/, '1171234567');
  fill(/^Ville/, 'Montréal');
}

describe('registering a business', () => {
  it('asks the contact’s name and email when inviting, sends nothing until they are right', async () => {
    const fixtures = answering();
    renderWithProviders(<NewBusinessPage me={me} />, { trpcClient: fixtures.client });
    fillProfile();
    fireEvent.click(screen.getByRole('button', { name: 'Inscrire l’entreprise' }));
    expect(await screen.findByText('Veuillez corriger les champs signalés.')).toBeTruthy();
    expect(screen.getByLabelText(/^Nom(?! de)/).getAttribute('aria-invalid')).toBe('true');
    expect(screen.getAllByText('Ce champ est obligatoire.')).toHaveLength(2);
    // Not inviting: the contact is optional.
    fireEvent.click(screen.getByLabelText(/^Inviter cette personne/));
    await waitFor(() => expect(screen.queryAllByText('Ce champ est obligatoire.')).toHaveLength(0));
    expect(fixtures.calls).toEqual([]);
  });

  it('sends the invitation with the contact’s name and email; its refusal lands on the email', async () => {
    const fixtures = answering({
      // The procedure's own input check (the form's is the same schema, so only a server that
      // reads the address differently refuses it here).
      'businesses.create': () => {
        throw new TRPCClientError('BAD_REQUEST', {
          result: {
            error: {
              code: -32600,
              message: 'BAD_REQUEST',
              data: {
                appCode: null,
                fieldErrors: { 'invite.email': [{ key: 'validation.email', params: {} }] },
              },
            },
          },
        } as never);
      },
    });
    renderWithProviders(<NewBusinessPage me={me} />, { trpcClient: fixtures.client });
    fillProfile();
    fill(/^Nom(?! de)/, 'Josée Lavoie');
    fill(/^Courriel/, 'josee@lavoie.ca');
    fireEvent.click(screen.getByRole('button', { name: 'Inscrire l’entreprise' }));
    await waitFor(() => expect(fixtures.calls).toHaveLength(1));
    expect(fixtures.calls[0]?.input).toMatchObject({
      legalName: 'Boulangerie Lavoie inc.',
      neq: '1171234567',
      regionCode: '06',
      size: null,
      invite: { name: 'Josée Lavoie', email: 'josee@lavoie.ca', locale: 'fr-CA' },
    });
    await waitFor(() =>
      expect(screen.getByLabelText(/^Courriel/).getAttribute('aria-invalid')).toBe('true'),
    );
  });
});
