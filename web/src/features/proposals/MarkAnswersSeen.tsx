// « Tout marquer comme vu »: clears the employers' answers from the home at once (each stays in
// the proposals list), then says how many and puts focus on the answers' heading.
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { useTRPC } from '../../lib/trpc';

export function MarkAnswersSeen(props: { onDone: (message: string) => void }) {
  const { t } = useTranslation();
  const trpc = useTRPC();
  const qc = useQueryClient();
  const mark = useMutation(
    trpc.proposals.markAnswersSeen.mutationOptions({
      onSuccess: async (r) => {
        await Promise.all([
          qc.invalidateQueries({ queryKey: trpc.home.organisation.queryKey() }),
          qc.invalidateQueries({ queryKey: trpc.proposals.pathKey() }),
        ]);
        props.onDone(t('organisation.home.allSeen', { count: r.count }));
      },
    }),
  );
  return (
    <button
      type="button"
      className="button button--small"
      disabled={mark.isPending}
      onClick={() => mark.mutate()}
    >
      {t('organisation.home.markAllSeen')}
    </button>
  );
}
