// The proposals made for one person, with the employers' answers.

import { useQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { Link } from 'wouter';
import { useTRPC } from '../../lib/trpc';
import { useLocaleFormat } from '../../lib/useLocaleFormat';
import { OpenAnswer } from './OpenAnswer';
import { DeclineDetails, ProposalStatusBadge } from './proposalStatus';
import { WithdrawProposal } from './WithdrawProposal';

export function PersonProposals(props: {
  jobSeekerId: number;
  name: string;
  onDone: (m: string) => void;
}) {
  const { t } = useTranslation();
  const trpc = useTRPC();
  const fmt = useLocaleFormat();
  const list = useQuery(trpc.proposals.list.queryOptions({ jobSeekerId: props.jobSeekerId }));
  const items = list.data?.side === 'organisation' ? list.data.items : [];
  return (
    <section className="card" aria-labelledby="file-proposals">
      <h2 id="file-proposals">{t('organisation.file.proposals')}</h2>
      {list.isPending ? <p>{t('app.loading')}</p> : null}
      {!list.isPending && items.length === 0 ? <p>{t('organisation.file.noProposals')}</p> : null}
      {items.length > 0 ? (
        <ul className="org-items">
          {items.map((p) => {
            const unseen =
              !p.seenByOrganisationAt &&
              (p.status === 'interview' || p.status === 'declined' || p.status === 'hired');
            return (
              <li key={p.id} className="org-item">
                <h3 className="org-item__title">
                  <Link href={`/open-postings/${p.postingId}`}>{p.postingTitle}</Link>
                </h3>
                <p className="org-item__meta">
                  {p.businessName} · <ProposalStatusBadge status={p.status} />
                  {unseen ? (
                    <span className="org-badge org-badge--new">{t('organisation.answer.new')}</span>
                  ) : null}
                </p>
                <p className="org-item__meta">
                  {t('organisation.proposals.proposedBy', {
                    date: fmt.instant(p.createdAt),
                    name: p.counsellorName,
                  })}
                </p>
                <DeclineDetails reason={p.declineReason} comment={p.declineComment} />
                <div className="org-actions">
                  {unseen ? (
                    <OpenAnswer
                      proposalId={p.id}
                      personName={`${props.name} — ${p.postingTitle}`}
                    />
                  ) : null}
                  <WithdrawProposal
                    proposalId={p.id}
                    status={p.status}
                    personName={props.name}
                    postingTitle={p.postingTitle}
                    onWithdrawn={props.onDone}
                  />
                </div>
              </li>
            );
          })}
        </ul>
      ) : null}
    </section>
  );
}
