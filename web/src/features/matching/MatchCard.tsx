// One match of a matching list (score, reasons, « Proposer »), and the button that asks for more.

import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'wouter';
import type { MatchReason } from '../../../../shared/matching/score';
import { ProposeButton } from '../proposals/proposalParts';
import { MatchReasons, Score } from './MatchReasons';

/**
 * One result of a matching list (postings for a person, or people for a posting): a link to
 * the other side, what the caller says about it, the score and its reasons, and "Propose".
 */
export function MatchCard(props: {
  href: string;
  title: string;
  meta: ReactNode;
  score: number;
  reasons: readonly MatchReason[];
  skills: readonly string[];
  postingId: number;
  jobSeekerId: number;
  personName: string;
  postingTitle: string;
  onProposed: (message: string) => void;
}) {
  return (
    <li className="org-match">
      <div className="org-match__head">
        <div>
          <h3 className="org-match__title">
            <Link href={props.href}>{props.title}</Link>
          </h3>
          {props.meta}
        </div>
        <Score score={props.score} />
      </div>
      <MatchReasons reasons={props.reasons} skills={props.skills} />
      <ProposeButton
        postingId={props.postingId}
        jobSeekerId={props.jobSeekerId}
        personName={props.personName}
        postingTitle={props.postingTitle}
        onProposed={props.onProposed}
      />
    </li>
  );
}

/** Below a matching list that shows the first 10: a button to show up to 50. */
/** « Voir plus de candidates et candidats » (a posting's matches) or « Voir plus d'offres » (a person's). */
export function MoreMatchesButton(props: {
  shown: number;
  limit: number;
  onMore: () => void;
  of: 'candidates' | 'postings';
}) {
  const { t } = useTranslation();
  if (props.shown !== props.limit || props.limit >= 50) return null;
  return (
    <p>
      <button type="button" className="button" onClick={props.onMore}>
        {props.of === 'candidates'
          ? t('organisation.common.moreCandidates')
          : t('organisation.common.morePostings')}
      </button>
    </p>
  );
}
