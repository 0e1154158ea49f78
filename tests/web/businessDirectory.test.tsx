// The coordination's directory of businesses: the first page with how many there are, the next
// page on request (after the last one's cursor), and a search sent to the server.
import { fireEvent, screen, waitFor } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { BusinessDirectory } from '../../web/src/features/home/BusinessDirectory';
import { answering, renderWithProviders, withI18n } from './support';

withI18n();

const business = (id: number, legalName: string) => ({
  id,
  legalName,
  neq: null,
  regionCode: '06',
  city: 'Montréal',
});

describe('the businesses’ directory', () => {
  it('shows a page, how many there are, the next page on request, and searches on the server', async () => {
    const fixtures = answering({
      'directory.businessesPage': (input) => {
        const { q, cursor } = (input ?? {}) as { q?: string; cursor?: string };
        if (q) return { items: [business(9, 'Côté inc.')], nextCursor: null, total: 1 };
        return cursor
          ? { items: [business(2, 'Zénith')], nextCursor: null, total: 2 }
          : { items: [business(1, 'Atelier Ouimet')], nextCursor: 'c1', total: 2 };
      },
    });
    renderWithProviders(<BusinessDirectory />, { trpcClient: fixtures.client });
    expect(await screen.findByText('Atelier Ouimet')).toBeTruthy();
    expect(screen.getByText('2 entreprises')).toBeTruthy();
    expect(screen.queryByText('Zénith')).toBeNull();

    fireEvent.click(screen.getByRole('button', { name: 'Voir plus d’entreprises' }));
    expect(await screen.findByText('Zénith')).toBeTruthy();
    expect(fixtures.calls.at(-1)?.input).toMatchObject({ cursor: 'c1', limit: 50 });
    await waitFor(() =>
      expect(screen.queryByRole('button', { name: 'Voir plus d’entreprises' })).toBeNull(),
    );

    fireEvent.change(screen.getByLabelText(/^Chercher une entreprise/), {
      target: { value: ' cote ' },
    });
    fireEvent.click(screen.getByRole('button', { name: 'Chercher' }));
    expect(await screen.findByText('Côté inc.')).toBeTruthy();
    expect(screen.getByText('1 entreprise')).toBeTruthy();
    expect(fixtures.calls.at(-1)?.input).toMatchObject({ q: 'cote' });
    expect(screen.queryByText('Atelier Ouimet')).toBeNull();
  });
});
