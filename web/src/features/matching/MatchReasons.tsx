// A match explained: the score out of 100 and each of its reasons in words, with its points.
import { useTranslation } from 'react-i18next';
import { type MatchReason, skillLabels } from '../../../../shared/matching/score';
import { nocLabel } from '../../lib/nocLabel';
import { useLocaleFormat } from '../../lib/useLocaleFormat';

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
        return t(`organisation.match.occupation_${r.level}`, {
          noc: nocLabel(r.nocCode, fmt.locale),
        });
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
