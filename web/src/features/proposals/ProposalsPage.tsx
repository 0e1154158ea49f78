// My organisation's proposals, filtered by status and sorted (in the URL), with the employers' answers
// and "withdraw" where the proposal machine allows it.
import { useInfiniteQuery } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'wouter';
import {
  type ProposalStatus,
  proposalStatuses,
} from '../../../../shared/proposals/proposalMachine';
import { StatusMessage } from '../../components/Alert';
import { SelectField } from '../../components/Field';
import { ListStatus } from '../../components/ListStatus';
import { LoadMoreButton } from '../../components/LoadMoreButton';
import { PageTitle } from '../../components/PageTitle';
import { SortSelect } from '../../components/SortSelect';
import { TableFrame } from '../../components/TableFrame';
import { proposalSortChoices } from '../../lib/sortChoices';
import { useTRPC } from '../../lib/trpc';
import { useUrlState } from '../../lib/urlState';
import { useLocaleFormat } from '../../lib/useLocaleFormat';
import { OpenAnswer } from './OpenAnswer';
import { proposalsQuery, proposalsView as view } from './opening';
import { DeclineDetails, ProposalStatusBadge } from './proposalStatus';
import { WithdrawProposal } from './WithdrawProposal';

function isStatus(s: string | null | undefined): s is ProposalStatus {
  return (proposalStatuses as readonly string[]).includes(s ?? '');
}

export function ProposalsPage() {
  const { t } = useTranslation();
  const trpc = useTRPC();
  const fmt = useLocaleFormat();
  const [v, setView] = useUrlState(view);
  const status = v.status;
  const [message, setMessage] = useState<string | null>(null);
  const list = useInfiniteQuery(proposalsQuery(trpc, v));
  const items = (list.data?.pages ?? []).flatMap((p) => (p.side === 'organisation' ? p.items : []));

  return (
    <>
      <PageTitle>{t('organisation.proposals.title')}</PageTitle>
      <div className="org-filters">
        <div className="org-filters__form">
          <SelectField
            label={t('organisation.proposals.filter')}
            value={status ?? ''}
            onChange={(s) => setView({ status: isStatus(s) ? s : undefined })}
          >
            <option value="">{t('organisation.proposals.all')}</option>
            {proposalStatuses.map((s) => (
              <option key={s} value={s}>
                {t(`organisation.proposalStatus.${s}`)}
              </option>
            ))}
          </SelectField>
          <SortSelect
            by={v.sort}
            dir={v.dir}
            choices={proposalSortChoices(t)}
            onChange={(sort, dir) => setView({ sort, dir })}
          />
        </div>
      </div>
      <StatusMessage>{message}</StatusMessage>
      <ListStatus
        error={list.error}
        pending={list.isPending}
        count={t('organisation.proposals.count', { count: items.length })}
        visibleClassName="org-muted"
      />
      <TableFrame>
        <table className="org-table org-stack-table">
          <caption className="visually-hidden">{t('organisation.proposals.title')}</caption>
          <thead>
            <tr>
              <th scope="col">{t('organisation.proposals.person')}</th>
              <th scope="col">{t('organisation.proposals.posting')}</th>
              <th scope="col">{t('table.status')}</th>
              <th scope="col">{t('organisation.proposals.dates')}</th>
              <th scope="col">{t('table.actions')}</th>
            </tr>
          </thead>
          <tbody>
            {items.length === 0 && !list.isPending ? (
              <tr>
                <td colSpan={5}>{t('organisation.proposals.none')}</td>
              </tr>
            ) : null}
            {items.map((p) => {
              const name = `${p.firstName} ${p.lastName}`;
              const unseen =
                !p.seenByOrganisationAt &&
                (p.status === 'interview' || p.status === 'declined' || p.status === 'hired');
              return (
                <tr key={p.id}>
                  <th scope="row" className="org-row-head">
                    <Link href={`/job-seekers/${p.jobSeekerId}`}>{name}</Link>
                  </th>
                  <td data-label={t('organisation.proposals.posting')}>
                    <Link href={`/open-postings/${p.postingId}`}>{p.postingTitle}</Link>
                    <span className="org-line org-muted">{p.businessName}</span>
                    {p.message ? (
                      <details className="org-details">
                        <summary>{t('organisation.proposals.message')}</summary>
                        <p className="org-prewrap">{p.message}</p>
                      </details>
                    ) : null}
                  </td>
                  <td data-label={t('table.status')}>
                    <ProposalStatusBadge status={p.status} />
                    {unseen ? (
                      <span className="org-badge org-badge--new">
                        {t('organisation.answer.new')}
                      </span>
                    ) : null}
                    <DeclineDetails reason={p.declineReason} comment={p.declineComment} />
                  </td>
                  <td data-label={t('organisation.proposals.dates')}>
                    <span className="org-line">
                      {t('organisation.proposals.proposedBy', {
                        date: fmt.instant(p.createdAt),
                        name: p.counsellorName,
                      })}
                    </span>
                    {p.answeredAt ? (
                      <span className="org-line org-muted">
                        {t('organisation.proposals.answeredOn', {
                          date: fmt.instant(p.answeredAt),
                        })}
                      </span>
                    ) : null}
                  </td>
                  <td className="org-cell-actions">
                    <div className="org-actions org-actions--column">
                      {unseen ? (
                        <OpenAnswer proposalId={p.id} personName={`${name} — ${p.postingTitle}`} />
                      ) : null}
                      <WithdrawProposal
                        proposalId={p.id}
                        status={p.status}
                        personName={name}
                        postingTitle={p.postingTitle}
                        onWithdrawn={setMessage}
                      />
                    </div>
                  </td>
                </tr>
              );
            })}
          </tbody>
        </table>
      </TableFrame>
      <LoadMoreButton list={list} label={t('lists.more')} />
    </>
  );
}
