// Confirming a hire: the mutation, what it refreshes, and the pairing page that follows.
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useLocation } from 'wouter';
import { useTRPC } from '../../lib/trpc';
import { navigateToHiredPairing } from '../pairings/flash';

export function useConfirmHire(onError: (err: unknown) => void) {
  const trpc = useTRPC();
  const qc = useQueryClient();
  const [, navigate] = useLocation();
  return useMutation(
    trpc.pairings.confirmHire.mutationOptions({
      onSuccess: async (r) => {
        await Promise.all([
          qc.invalidateQueries({ queryKey: trpc.proposals.pathKey() }),
          qc.invalidateQueries({ queryKey: trpc.postings.pathKey() }),
          qc.invalidateQueries({ queryKey: trpc.pairings.pathKey() }),
          qc.invalidateQueries({ queryKey: trpc.home.employer.queryKey() }),
          qc.invalidateQueries({ queryKey: trpc.notifications.pathKey() }),
        ]);
        navigateToHiredPairing(navigate, r.pairingId);
      },
      onError,
    }),
  );
}
