// What a candidate card shows once opened: contact details (after the interview invitation,
// with consent) and the proposal's history.

import { useTranslation } from 'react-i18next';
import { useLocaleFormat } from '../../lib/useLocaleFormat';
import type { EmployerProposal, ProposalHistory } from './candidate';

export function ContactDetails({ proposal }: { proposal: EmployerProposal }) {
  const { t } = useTranslation();
  const c = proposal.candidate.contact;
  const via = { counsellor: proposal.counsellorName, organisation: proposal.organisationName };
  if (!c) return <p className="emp-note">{t('employer.proposal.noContactConsent', via)}</p>;
  if (!c.email && !c.phone)
    return <p className="emp-note">{t('employer.proposal.noContact', via)}</p>;
  return (
    <dl className="facts emp-contact">
      {c.email ? (
        <>
          <dt>{t('employer.proposal.email')}</dt>
          <dd>
            <a href={`mailto:${c.email}`}>{c.email}</a>
          </dd>
        </>
      ) : null}
      {c.phone ? (
        <>
          <dt>{t('employer.proposal.phone')}</dt>
          <dd>
            <a href={`tel:${c.phone.replace(/[^\d+]/g, '')}`}>{c.phone}</a>
          </dd>
        </>
      ) : null}
    </dl>
  );
}

export function History({ history }: { history: ProposalHistory }) {
  const { t } = useTranslation();
  const fmt = useLocaleFormat();
  if (history.length === 0) return null;
  return (
    <details className="emp-history">
      <summary>{t('employer.proposal.history')}</summary>
      <ol>
        {history.map((h) => (
          <li key={`${h.at}-${h.toStatus}`}>
            {fmt.instant(h.at)} — {t(`employer.proposalStatus.${h.toStatus}`)}
            {h.actorName ? ` (${h.actorName})` : ''}
            {h.reason
              ? ` — ${t(`employer.declineReason.${h.reason}`, { defaultValue: h.reason })}`
              : ''}
          </li>
        ))}
      </ol>
    </details>
  );
}
