// The invitation form on the forms kit: a counsellor invites an employer by choosing their
// business found by a search (a network has thousands), the procedure's rules are said
// before anything is sent, and the invitation is sent as the procedure's input.
import { fireEvent, screen, waitFor } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { InviteForm } from '../../web/src/features/accounts/InviteForm';
import type { Me } from '../../web/src/lib/session';
import { answering, renderWithProviders, withI18n } from './support';

withI18n();

const counsellor = { id: 3, role: 'counsellor' } as unknown as Me;

describe('inviting', () => {
  it('lets a counsellor invite an employer of a business chosen in the list', async () => {
    const fixtures = answering({
      'directory.businessesPage': (input) => {
        const { q } = (input ?? {}) as { q?: string };
        const lavoie = {
          id: 7,
          legalName: 'Boulangerie Lavoie inc.',
          neq: null,
          regionCode: '06',
          city: 'Montréal',
        };
        const other = {
          id: 8,
          legalName: 'Atelier Ouimet',
          neq: null,
          regionCode: '06',
          city: 'Laval',
        };
        return q
          ? { items: [lavoie], nextCursor: null, total: 1 }
          : { items: [other, lavoie], nextCursor: 'next', total: 120 };
      },
      'accounts.invite': () => ({ userId: 41, link: null }),
      'accounts.list': () => [],
    });
    renderWithProviders(<InviteForm me={counsellor} />, { trpcClient: fixtures.client });
    fireEvent.click(screen.getByRole('button', { name: 'Envoyer l’invitation' }));
    expect(await screen.findAllByText('Ce champ est obligatoire.')).toHaveLength(2);
    expect(fixtures.calls.map((c) => c.path)).toEqual(['directory.businessesPage']);
    // Thousands of businesses: the first ones, and how to find the others.
    expect(
      await screen.findByText(
        'Les 2 premières sur 120 : précisez la recherche pour trouver les autres.',
      ),
    ).toBeTruthy();
    fireEvent.change(screen.getByLabelText(/^Chercher l’entreprise/), {
      target: { value: 'lavoie' },
    });
    expect(await screen.findByText('1 entreprise trouvée.')).toBeTruthy();
    expect(fixtures.calls.at(-1)?.input).toMatchObject({ q: 'lavoie', limit: 50 });
    expect(screen.queryByRole('option', { name: 'Atelier Ouimet — Laval' })).toBeNull();
    await screen.findByRole('option', { name: 'Boulangerie Lavoie inc. — Montréal' });
    fireEvent.change(screen.getByLabelText(/^Entreprise/), { target: { value: '7' } });
    fireEvent.change(screen.getByLabelText(/^Nom complet/), { target: { value: 'Josée Lavoie' } });
    fireEvent.change(screen.getByLabelText(/^Adresse courriel/), {
      target: { value: 'Josee@Lavoie.ca' },
    });
    fireEvent.click(screen.getByRole('button', { name: 'Envoyer l’invitation' }));
    await waitFor(() =>
      expect(fixtures.calls.find((c) => c.path === 'accounts.invite')?.input).toEqual({
        name: 'Josée Lavoie',
        email: 'josee@lavoie.ca',
        role: 'employer',
        businessId: 7,
        locale: 'fr-CA',
      }),
    );
    expect(await screen.findByText('Invitation envoyée à josee@lavoie.ca.')).toBeTruthy();
  });
});
