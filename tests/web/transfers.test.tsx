// Declining a transfer request on the forms kit: the optional comment goes with the procedure's
// input, and the server's refusal is said on the page.
import { fireEvent, screen, waitFor } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { TransfersPage } from '../../web/src/features/jobSeekers/transfer/TransfersPage';
import { refusal } from './fixtureLink';
import { answering, renderWithProviders, withI18n } from './support';

withI18n();

const row = {
  id: 5,
  firstName: 'Inès',
  lastName: 'Bouchard',
  status: 'pending',
  reason: 'moved',
  createdAt: '2026-11-30T15:00:00.000Z',
};
const detail = {
  id: 5,
  incoming: true,
  status: 'pending',
  fromOrganisationName: 'Carrefour jeunesse-emploi de l’Est',
  toOrganisationName: 'Objectif emploi',
  requestedByName: 'Julie Tremblay',
  createdAt: '2026-11-30T15:00:00.000Z',
  reason: 'moved',
  message: null,
  person: {
    firstName: 'Inès',
    lastName: 'Bouchard',
    regionCode: '06',
    city: 'Montréal',
    hoursPerWeek: 35,
    availableFrom: '2026-12-01',
  },
  hasActivePairing: false,
  notesWillMove: false,
};

async function openAndDecline(fixtures: ReturnType<typeof answering>) {
  renderWithProviders(<TransfersPage />, { trpcClient: fixtures.client });
  fireEvent.click(await screen.findByRole('button', { name: 'Voir la demande' }));
  fireEvent.change(await screen.findByLabelText('Raison du refus (facultatif)'), {
    target: { value: '  Personne déjà suivie ici.  ' },
  });
  fireEvent.click(screen.getByRole('button', { name: 'Refuser' }));
}

describe('declining a transfer', () => {
  it('sends the comment with the request’s id', async () => {
    const fixtures = answering({
      'transfers.list': () => [row],
      'transfers.get': () => detail,
      'transfers.decline': () => ({ ok: true }),
    });
    await openAndDecline(fixtures);
    await waitFor(() =>
      expect(fixtures.calls.find((c) => c.path === 'transfers.decline')?.input).toEqual({
        transferId: 5,
        comment: 'Personne déjà suivie ici.',
      }),
    );
  });

  it('says the server’s refusal', async () => {
    const fixtures = answering({
      'transfers.list': () => [row],
      'transfers.get': () => detail,
      'transfers.decline': () => {
        throw refusal('auth.forbidden');
      },
    });
    await openAndDecline(fixtures);
    expect((await screen.findByRole('alert')).textContent).toBe(
      'Vous n’avez pas accès à cette action.',
    );
  });
});
