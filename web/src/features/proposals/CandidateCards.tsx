// The candidates proposed for one posting, as cards showing only what each person agreed to
// share (the server decides: server/features/proposals/candidateCard.ts). Opening a card marks
// it seen; the employer invites to an interview, declines with a coded reason, or confirms the
// hire (HireForm) when a phase of the program is open.
import { useQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import type { PostingStatus } from '../../../../shared/postings/postingMachine';
import { ErrorAlert } from '../../components/Alert';
import { useTRPC } from '../../lib/trpc';
import { ProposalCard } from './CandidateCard';
import { type EmployerProposal, statusOrder } from './candidate';
import type { HireDefaults } from './hireTerms';

export function ProposalsSection(props: {
  postingStatus: PostingStatus;
  items: EmployerProposal[];
  loading: boolean;
  error: string | null;
  /** The posting's terms: the defaults of a hire. */
  hireDefaults: HireDefaults;
}) {
  const { t } = useTranslation();
  const trpc = useTRPC();
  // Only asked when some card could be hired; shared by all the cards.
  const hireable = props.items.some((i) => i.status === 'proposed' || i.status === 'interview');
  const phase = useQuery({ ...trpc.phases.current.queryOptions(), enabled: hireable });
  const sorted = [...props.items].sort(
    (a, b) =>
      statusOrder[a.status] - statusOrder[b.status] ||
      Number(Boolean(a.seenByEmployerAt)) - Number(Boolean(b.seenByEmployerAt)) ||
      b.id - a.id,
  );
  const toReview = props.items.filter((i) => i.status === 'proposed').length;
  return (
    <section aria-labelledby="proposals-title" className="emp-proposals">
      <h2 id="proposals-title">{t('employer.proposals.title', { count: props.items.length })}</h2>
      <ErrorAlert>{props.error}</ErrorAlert>
      {props.loading ? <p role="status">{t('app.loading')}</p> : null}
      {!props.loading && props.items.length === 0 ? (
        <p className="emp-empty">
          {t(
            props.postingStatus === 'draft'
              ? 'employer.proposals.emptyDraft'
              : props.postingStatus === 'open'
                ? 'employer.proposals.emptyOpen'
                : 'employer.proposals.emptyClosed',
          )}
        </p>
      ) : null}
      {props.items.length > 0 ? (
        <>
          <p>
            {toReview > 0
              ? t('employer.proposals.toReview', { count: toReview })
              : t('employer.proposals.noneToReview')}{' '}
            {t('employer.proposals.openHint')}
          </p>
          <ul className="emp-candidates">
            {sorted.map((p) => (
              <ProposalCard
                key={p.id}
                proposal={p}
                hireDefaults={props.hireDefaults}
                phase={phase.isSuccess ? phase.data : undefined}
              />
            ))}
          </ul>
        </>
      ) : null}
    </section>
  );
}
