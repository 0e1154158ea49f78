// The import page's file checked by the procedure's own schema before it is sent (a file over
// the limit is refused on the field, nothing is sent), and the payment form's reference asked
// before the round trip, then sent as the procedure's input.
import { fireEvent, screen, waitFor } from '@testing-library/react';
import { describe, expect, it, vi } from 'vitest';
import { IMPORT_MAX_BYTES } from '../../shared/imports/columns';
import { ImportPage } from '../../web/src/features/jobSeekers/import/ImportPage';
import { MarkPaid } from '../../web/src/features/money/review/PaymentForms';
import { today } from '../../web/src/lib/dates';
import { answering, renderWithProviders, withI18n } from './support';

withI18n();

describe('importing a file', () => {
  it('refuses a file over the limit on its field, without sending it', async () => {
    const fixtures = answering();
    renderWithProviders(<ImportPage />, { trpcClient: fixtures.client });
    const input = screen.getByLabelText('Fichier CSV ou XLSX');
    const big = new File([new Uint8Array(IMPORT_MAX_BYTES + 1024)], 'personnes.csv', {
      type: 'text/csv',
    });
    fireEvent.change(input, { target: { files: [big] } });
    expect(await screen.findByText('Le fichier est trop volumineux (5 Mo au plus).')).toBeTruthy();
    expect(input.getAttribute('aria-invalid')).toBe('true');
    expect(fixtures.calls).toEqual([]);
  });

  it('sends a file within the limit for its preview', async () => {
    const fixtures = answering({
      'imports.preview': () => ({
        rows: [],
        rowCount: 0,
        errorRows: 0,
        duplicateRows: 0,
        ignoredColumns: [],
        fileSha256: 'a'.repeat(64),
      }),
    });
    renderWithProviders(<ImportPage />, { trpcClient: fixtures.client });
    const file = new File(['Prénom;Nom\r\n'], 'personnes.csv', { type: 'text/csv' });
    fireEvent.change(screen.getByLabelText('Fichier CSV ou XLSX'), {
      target: { files: [file] },
    });
    await waitFor(() => expect(fixtures.calls.map((c) => c.path)).toEqual(['imports.preview']));
    expect(fixtures.calls[0]?.input).toMatchObject({ format: 'csv' });
  });
});

describe('marking an entry paid', () => {
  it('asks the reference before sending, then sends the procedure’s input', async () => {
    const fixtures = answering({ 'money.markPaid': () => ({ ok: true }) });
    const notify = vi.fn();
    renderWithProviders(
      <MarkPaid
        ledgerEntryId={12}
        payee="Boulangerie Lavoie"
        amount="450,00 $"
        notify={notify}
        section="to-pay"
      />,
      { trpcClient: fixtures.client },
    );
    fireEvent.click(screen.getByRole('button', { name: /^Marquer payé/ }));
    fireEvent.click(screen.getByRole('button', { name: 'Enregistrer le paiement' }));
    expect(await screen.findByText('Ce champ est obligatoire.')).toBeTruthy();
    expect(fixtures.calls).toEqual([]);
    fireEvent.change(screen.getByLabelText(/^Référence du paiement/), {
      target: { value: ' VIR-2026-118 ' },
    });
    fireEvent.click(screen.getByRole('button', { name: 'Enregistrer le paiement' }));
    await waitFor(() => expect(fixtures.calls).toHaveLength(1));
    expect(fixtures.calls[0]).toEqual({
      path: 'money.markPaid',
      input: { ledgerEntryId: 12, paidOn: today(), reference: 'VIR-2026-118' },
    });
  });
});
