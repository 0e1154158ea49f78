// Proposing a candidate: the message for the employer is asked before sending; an empty one is
// sent only once the counsellor says so.
import { fireEvent, screen, waitFor } from '@testing-library/react';
import { describe, expect, it, vi } from 'vitest';
import { ProposeButton } from '../../web/src/features/proposals/proposalParts';
import { answering, renderWithProviders, withI18n } from './support';

describe('proposing a candidate', () => {
  withI18n();

  it('asks before sending without a message, then sends it', async () => {
    const fixtures = answering({ 'proposals.create': () => ({ id: 9 }) });
    const onProposed = vi.fn();
    renderWithProviders(
      <ProposeButton
        postingId={3}
        jobSeekerId={5}
        personName="Inès Bouchard"
        postingTitle="Tourier·ère"
        onProposed={onProposed}
      />,
      { trpcClient: fixtures.client },
    );
    fireEvent.click(screen.getByRole('button', { name: /^Proposer/ }));
    fireEvent.click(screen.getByRole('button', { name: 'Envoyer la candidature' }));
    expect(await screen.findByText(/Aucun message pour l’employeur/)).toBeTruthy();
    expect(fixtures.calls).toEqual([]);
    fireEvent.click(screen.getByRole('button', { name: 'Envoyer sans message' }));
    await waitFor(() => expect(onProposed).toHaveBeenCalled());
    expect(fixtures.calls[0]).toEqual({
      path: 'proposals.create',
      input: { postingId: 3, jobSeekerId: 5, message: '' },
    });
  });

  it('sends a written message at once', async () => {
    const fixtures = answering({ 'proposals.create': () => ({ id: 9 }) });
    renderWithProviders(
      <ProposeButton
        postingId={3}
        jobSeekerId={5}
        personName="Inès Bouchard"
        postingTitle="Tourier·ère"
        onProposed={() => {}}
      />,
      { trpcClient: fixtures.client },
    );
    fireEvent.click(screen.getByRole('button', { name: /^Proposer/ }));
    fireEvent.change(screen.getByLabelText(/Message à l'employeur/), {
      target: { value: 'Très fiable.' },
    });
    fireEvent.click(screen.getByRole('button', { name: 'Envoyer la candidature' }));
    await waitFor(() => expect(fixtures.calls).toHaveLength(1));
    expect(fixtures.calls[0]?.input).toEqual({
      postingId: 3,
      jobSeekerId: 5,
      message: 'Très fiable.',
    });
    expect(screen.queryByText(/Aucun message pour l’employeur/)).toBeNull();
  });
});
