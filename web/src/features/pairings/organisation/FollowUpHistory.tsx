// The follow-ups logged for a pairing, newest first.
import { useTranslation } from 'react-i18next';
import { useLocaleFormat } from '../../../lib/useLocaleFormat';
import type { PairingFile } from './accompaniment';
import { FollowUpForm } from './FollowUpForm';

export function FollowUpHistory(props: { pairing: PairingFile; personName: string }) {
  const { t } = useTranslation();
  const fmt = useLocaleFormat();
  const p = props.pairing;
  return (
    <section className="card" aria-labelledby="org-history-title">
      <h2 id="org-history-title">
        {t('organisation.followUp.history')} <span className="org-pill">{p.followUps.length}</span>
      </h2>
      {p.status === 'active' ? null : (
        <div className="org-history-add">
          <FollowUpForm
            pairing={{ id: p.id, status: p.status, personName: props.personName }}
            collapsed
          />
        </div>
      )}
      {p.followUps.length === 0 ? (
        <p>{t('organisation.followUp.none')}</p>
      ) : (
        <ol className="org-items org-followups">
          {p.followUps.map((f) => (
            <li key={f.id} className="org-item">
              <p className="org-item__title">
                <time dateTime={f.on}>{fmt.date(f.on)}</time> —{' '}
                {t('organisation.followUp.entry', {
                  kind: t(`organisation.followUpKind.${f.kind}`),
                  withWhom: t(`organisation.withWhomLower.${f.withWhom}`),
                })}
              </p>
              <p className="org-item__meta">
                {t('organisation.followUp.by', { name: f.recordedByName })}
                {f.nextOn ? (
                  <> · {t('organisation.followUp.next', { date: fmt.date(f.nextOn) })}</>
                ) : null}
              </p>
              {f.notes ? <p className="org-prewrap org-followup__notes">{f.notes}</p> : null}
            </li>
          ))}
        </ol>
      )}
    </section>
  );
}
