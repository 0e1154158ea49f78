// Small pieces shared by the member organisation screens: today's date, badges, the
// explained score, and the API's output types.
import type { inferRouterOutputs } from '@trpc/server';
import { type RefObject, useEffect, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import type { AppRouter } from '../../../../server/trpc/router';
import { quebecToday } from '../../../../shared/dates';
import { type MatchReason, skillLabels } from '../../../../shared/matching/score';
import type { ProposalStatus } from '../../../../shared/proposals/proposalMachine';
import { useLocaleFormat } from '../../lib/useLocaleFormat';

export type RouterOutputs = inferRouterOutputs<AppRouter>;
export type OrganisationProposal = Extract<
  RouterOutputs['proposals']['list'],
  { side: 'organisation' }
>['items'][number];

/** Today in Quebec, YYYY-MM-DD: the default of every "given on" / "available from" date. */
export function today(): string {
  return quebecToday(new Date());
}

/**
 * Whether the person may be proposed to employers (the server's `proposable`: consents to
 * participate and be proposed, and no active pairing).
 */
export function ConsentBadge({
  canBeProposed,
  inActivePairing = false,
}: {
  canBeProposed: boolean;
  inActivePairing?: boolean;
}) {
  const { t } = useTranslation();
  if (inActivePairing) {
    return <span className="org-badge">{t('organisation.consent.inActivePairing')}</span>;
  }
  return canBeProposed ? (
    <span className="org-badge org-badge--ok">{t('organisation.consent.proposable')}</span>
  ) : (
    <span className="org-badge org-badge--no">{t('organisation.consent.notProposable')}</span>
  );
}

export function ProposalStatusBadge({ status }: { status: ProposalStatus }) {
  const { t } = useTranslation();
  return (
    <span className={`org-badge org-status org-status--${status}`}>
      {t(`organisation.proposalStatus.${status}`)}
    </span>
  );
}

/** « Refusée — Poste déjà pourvu : comment » in words. */
export function DeclineDetails(props: {
  reason: string | null;
  comment: string | null;
}): React.ReactNode {
  const { t } = useTranslation();
  if (!props.reason && !props.comment) return null;
  return (
    <p className="org-answer">
      {props.reason ? (
        <>
          <strong>{t('organisation.answer.reason')}</strong>{' '}
          {t(`organisation.declineReason.${props.reason}`, { defaultValue: props.reason })}
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

/** The match score out of 100, as a bar and in words. */
export function Score({ score }: { score: number }) {
  const { t } = useTranslation();
  return (
    <div className="org-score">
      <span className="org-score__value">{t('organisation.match.score', { score })}</span>
      <span className="org-score__bar" aria-hidden="true">
        <span style={{ width: `${Math.max(0, Math.min(100, score))}%` }} />
      </span>
    </div>
  );
}

/**
 * Each reason of a score, in words, with its points. `skills` are the labels as typed (the
 * posting's or the person's) so shared skills read as written, not as normalized keys.
 */
export function MatchReasons({
  reasons,
  skills = [],
}: {
  reasons: readonly MatchReason[];
  skills?: readonly string[];
}) {
  const { t } = useTranslation();
  const fmt = useLocaleFormat();
  const list = (codes: readonly string[]) => codes.map(fmt.language).join(', ');
  function text(r: MatchReason): string {
    switch (r.kind) {
      case 'occupation':
        return t(`organisation.match.occupation_${r.level}`, { noc: fmt.noc(r.nocCode) });
      case 'region':
        return t('organisation.match.region');
      case 'hours':
        return r.seekerHours >= r.postingHours
          ? t('organisation.match.hoursFull', { hours: r.postingHours })
          : t('organisation.match.hoursPartial', {
              seeker: r.seekerHours,
              posting: r.postingHours,
            });
      case 'available':
        return t('organisation.match.available', { date: fmt.date(r.availableFrom) });
      case 'skills': {
        const labels = skillLabels(skills, r.shared);
        return t('organisation.match.skills', {
          skills: (labels.length > 0 ? labels : r.shared).join(', '),
        });
      }
      case 'languages':
        if (r.missing.length > 0) {
          return t('organisation.match.languagesMissing', {
            languages: list(r.missing),
            count: r.missing.length,
          });
        }
        if (r.shared.length === 0) return t('organisation.match.languagesNone');
        return t('organisation.match.languages', {
          languages: list(r.shared),
          count: r.shared.length,
        });
    }
  }
  return (
    <ul className="org-reasons">
      {reasons.map((r) => (
        <li
          key={r.kind}
          className={
            r.points > 0 ? 'org-reasons__item' : 'org-reasons__item org-reasons__item--gap'
          }
        >
          <span className="org-reasons__points">
            {r.points > 0 ? `+${r.points}` : '0'}
            <span className="visually-hidden"> {t('organisation.match.points')}</span>
          </span>{' '}
          {text(r)}
        </li>
      ))}
    </ul>
  );
}

/** « 35 h/semaine, dès le 3 mars 2026 ». */
export function Availability(props: { hoursPerWeek: number; availableFrom: string }) {
  const { t } = useTranslation();
  const fmt = useLocaleFormat();
  return (
    <>
      {t('organisation.availability', {
        hours: props.hoursPerWeek,
        date: fmt.date(props.availableFrom),
      })}
    </>
  );
}

/**
 * Inline forms replace the button that opened them: when `state` changes (not on the first
 * render), focus moves to the first field of the form, or back to the first button when the
 * form closes, so keyboard and screen reader users are not dropped at the top of the page.
 */
export function useFocusOnToggle(container: RefObject<HTMLElement | null>, state: unknown) {
  const previous = useRef(state);
  useEffect(() => {
    if (previous.current === state) return;
    previous.current = state;
    const box = container.current;
    const target =
      box?.querySelector<HTMLElement>('[data-autofocus]') ??
      box?.querySelector<HTMLElement>('form input:not([type="hidden"]), form textarea, button');
    target?.focus();
  }, [container, state]);
}

/** « Laval » or « Saint-Jérôme (Laurentides) »: the region only when it adds something. */
export function placeText(fmt: ReturnType<typeof useLocaleFormat>, city: string, region: string) {
  const name = fmt.region(region);
  if (!city) return name;
  return city === name ? city : `${city} (${name})`;
}
