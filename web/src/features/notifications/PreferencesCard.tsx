// "How I receive notifications", on the account page: for each kind of the user's role, a
// labelled radio group (in Passerelle only, email right away, daily digest), saved on change.
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useEffect, useId, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { DELIVERIES, type Delivery } from '../../../../shared/notifications/kinds';
import { ErrorAlert, StatusMessage } from '../../components/Alert';
import { TableFrame } from '../../components/TableFrame';
import { describeError } from '../../lib/errors';
import { useTRPC } from '../../lib/trpc';

export function PreferencesCard() {
  const { t } = useTranslation();
  const trpc = useTRPC();
  const qc = useQueryClient();
  const id = useId();
  const prefs = useQuery(trpc.notifications.preferences.queryOptions());
  const [message, setMessage] = useState<string | null>(null);
  const [error, setError] = useState<string | null>(null);
  // The choice shows at once; the server's answer confirms it (or the error says why not).
  const [chosen, setChosen] = useState<Partial<Record<string, Delivery>>>({});
  const save = useMutation(
    trpc.notifications.setPreference.mutationOptions({
      onSuccess: async (r) => {
        setMessage(
          t('notifications.preferences.saved', {
            kind: t(`notifications.kind.${r.kind}`),
            delivery: t(`notifications.delivery.${r.delivery}`),
          }),
        );
        await qc.invalidateQueries({ queryKey: trpc.notifications.preferences.queryKey() });
      },
      onError: (err, input) => {
        setChosen((c) => ({ ...c, [input.kind]: undefined }));
        setError(describeError(err, t).message);
      },
    }),
  );
  const colId = (d: Delivery) => `${id}-col-${d}`;
  // Arriving from the notifications page (/account#notification-preferences): show this card.
  const section = useRef<HTMLElement>(null);
  const loaded = Boolean(prefs.data);
  useEffect(() => {
    if (loaded && window.location.hash === '#notification-preferences') {
      section.current?.scrollIntoView({ block: 'start' });
    }
  }, [loaded]);
  return (
    <section
      ref={section}
      className="card notif-prefs"
      id="notification-preferences"
      aria-labelledby={`${id}-title`}
    >
      <h2 id={`${id}-title`}>{t('notifications.preferences.title')}</h2>
      <p>{t('notifications.preferences.intro')}</p>
      <StatusMessage>{message}</StatusMessage>
      <ErrorAlert>
        {error ?? (prefs.error ? describeError(prefs.error, t).message : null)}
      </ErrorAlert>
      {prefs.data ? (
        <TableFrame className="notif-prefs__wrap">
          <table className="notif-prefs__table">
            <caption className="visually-hidden">{t('notifications.preferences.caption')}</caption>
            <thead>
              <tr>
                <th scope="col" className="notif-prefs__cell">
                  {t('notifications.preferences.kind')}
                </th>
                {DELIVERIES.map((d) => (
                  <th scope="col" key={d} id={colId(d)} className="notif-prefs__cell">
                    {t(`notifications.delivery.${d}`)}
                  </th>
                ))}
              </tr>
            </thead>
            <tbody>
              {prefs.data.map((p) => {
                const rowId = `${id}-row-${p.kind}`;
                return (
                  <tr key={p.kind}>
                    <th scope="row" id={rowId} className="notif-prefs__cell">
                      {t(`notifications.kind.${p.kind}`)}
                    </th>
                    {DELIVERIES.map((d) => (
                      <td key={d} className="notif-prefs__cell">
                        <label className="notif-prefs__choice">
                          <input
                            type="radio"
                            className="notif-prefs__radio"
                            name={`${id}-${p.kind}`}
                            value={d}
                            checked={(chosen[p.kind] ?? p.delivery) === d}
                            aria-labelledby={`${rowId} ${colId(d)}`}
                            onChange={() => {
                              setMessage(null);
                              setError(null);
                              setChosen((c) => ({ ...c, [p.kind]: d }));
                              save.mutate({ kind: p.kind, delivery: d });
                            }}
                          />
                          {/* On a phone the columns stack: each choice shows its own name. */}
                          <span className="notif-prefs__name" aria-hidden="true">
                            {t(`notifications.delivery.${d}`)}
                          </span>
                          {p.defaultDelivery === d ? (
                            <span className="notif-prefs__default">
                              {t('notifications.preferences.defaultMark')}
                            </span>
                          ) : null}
                        </label>
                      </td>
                    ))}
                  </tr>
                );
              })}
            </tbody>
          </table>
        </TableFrame>
      ) : null}
    </section>
  );
}
