// A proposal's status as each side reads it, and the employer's reasons when declined.
import { useTranslation } from 'react-i18next';
import type { DeclineReason, ProposalStatus } from '../../../../shared/proposals/proposalMachine';
import type { RouterOutputs } from '../../lib/trpc';

export type OrganisationProposal = Extract<
  RouterOutputs['proposals']['list'],
  { side: 'organisation' }
>['items'][number];

/** The status as each side reads it: « À examiner » for the employer, « En attente de réponse » for the organisation. */
export function ProposalStatusBadge(props: {
  status: ProposalStatus;
  side?: 'employer' | 'organisation';
}) {
  const { t } = useTranslation();
  const { status } = props;
  if (props.side === 'employer') {
    return (
      <span className={`emp-badge emp-badge--p-${status}`}>
        {t(`employer.proposalStatus.${status}`)}
      </span>
    );
  }
  return (
    <span className={`org-badge org-status org-status--${status}`}>
      {t(`organisation.proposalStatus.${status}`)}
    </span>
  );
}

/** « Refusée — Poste déjà pourvu : comment » in words. */
export function DeclineDetails(props: {
  reason: DeclineReason | null;
  comment: string | null;
}): React.ReactNode {
  const { t } = useTranslation();
  if (!props.reason && !props.comment) return null;
  return (
    <p className="org-answer">
      {props.reason ? (
        <>
          <strong>{t('organisation.answer.reason')}</strong>{' '}
          {t(`organisation.declineReason.${props.reason}`)}
        </>
      ) : null}
      {props.comment ? (
        <>
          {props.reason ? <br /> : null}
          <strong>{t('organisation.answer.comment')}</strong> « {props.comment} »
        </>
      ) : null}
    </p>
  );
}
