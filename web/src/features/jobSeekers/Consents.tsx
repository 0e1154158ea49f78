// A person's consents: give or withdraw each purpose (dated, who recorded it), and the history.

import { useMutation } from '@tanstack/react-query';
import { type FormEvent, useId, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import {
  type ConsentPurpose,
  giveConsentInput,
  withdrawConsentInput,
} from '../../../../shared/jobSeekers/schemas';
import { ErrorAlert } from '../../components/Alert';
import { TextField } from '../../components/Field';
import { today } from '../../lib/dates';
import { describeError, type ShownError, validate } from '../../lib/errors';
import { useFocusOnToggle } from '../../lib/focus';
import type { RouterOutputs } from '../../lib/trpc';
import { useTRPC } from '../../lib/trpc';
import { useLocaleFormat } from '../../lib/useLocaleFormat';
import { useRefreshProposals } from '../proposals/proposalParts';

type JobSeekerFile = RouterOutputs['jobSeekers']['get'];

export type ConsentRowData = JobSeekerFile['consents'][number];

export function ConsentRow(props: {
  file: JobSeekerFile;
  purpose: ConsentPurpose;
  onDone: (message: string) => void;
}) {
  const { t } = useTranslation();
  const trpc = useTRPC();
  const fmt = useLocaleFormat();
  const refresh = useRefreshProposals();
  const formId = useId();
  const { file, purpose } = props;
  const rows = file.consents.filter((c) => c.purpose === purpose);
  const current = rows.find((c) => !c.withdrawnOn);
  const last: ConsentRowData | undefined = rows[0];
  const participating = file.consents.some((c) => c.purpose === 'participation' && !c.withdrawnOn);
  const [mode, setMode] = useState<'idle' | 'give' | 'withdraw'>('idle');
  const [date, setDate] = useState(today());
  const [error, setError] = useState<ShownError | null>(null);
  const label = t(`organisation.consentPurpose.${purpose}`);
  const onSuccess = async (message: string) => {
    setMode('idle');
    setError(null);
    props.onDone(message);
    await refresh();
  };
  const give = useMutation(
    trpc.jobSeekers.giveConsent.mutationOptions({
      onSuccess: () => onSuccess(t('organisation.consent.given', { purpose: label })),
      onError: (err) => setError(describeError(err, t)),
    }),
  );
  const withdraw = useMutation(
    trpc.jobSeekers.withdrawConsent.mutationOptions({
      onSuccess: () => onSuccess(t('organisation.consent.withdrawn', { purpose: label })),
      onError: (err) => setError(describeError(err, t)),
    }),
  );
  function submit(e: FormEvent) {
    e.preventDefault();
    if (mode === 'give') {
      const v = validate(giveConsentInput, { jobSeekerId: file.id, purpose, givenOn: date }, t);
      if (!v.ok) return setError(v.error);
      give.mutate(v.data);
    } else {
      const v = validate(
        withdrawConsentInput,
        { jobSeekerId: file.id, purpose, withdrawnOn: date },
        t,
      );
      if (!v.ok) return setError(v.error);
      withdraw.mutate(v.data);
    }
  }
  const rowRef = useRef<HTMLLIElement>(null);
  useFocusOnToggle(rowRef, mode);
  const closed = file.status === 'closed';
  const needsParticipation = purpose !== 'participation' && !participating;
  return (
    <li ref={rowRef} className={`org-consent-row${current ? ' org-consent-row--on' : ''}`}>
      <div className="org-consent-row__head">
        <h3 className="org-consent-row__title">{label}</h3>
        <span className={`org-badge ${current ? 'org-badge--ok' : 'org-badge--no'}`}>
          {current ? t('organisation.consent.on') : t('organisation.consent.off')}
        </span>
      </div>
      <p className="org-consent__text">{t(`organisation.consentExplain.${purpose}`)}</p>
      <p className="org-consent-row__state">
        {current
          ? t('organisation.consent.givenOn', {
              date: fmt.date(current.givenOn),
              name: current.recordedByName,
            })
          : last?.withdrawnOn
            ? t('organisation.consent.withdrawnOn', {
                date: fmt.date(last.withdrawnOn),
                given: fmt.date(last.givenOn),
              })
            : t('organisation.consent.never')}
      </p>
      {closed || mode !== 'idle' ? null : current ? (
        <button type="button" className="button button--small" onClick={() => setMode('withdraw')}>
          {t('organisation.consent.withdraw')}
          <span className="visually-hidden"> — {label}</span>
        </button>
      ) : needsParticipation ? (
        <p className="field__hint">{t('organisation.form.needsParticipation')}</p>
      ) : (
        <button type="button" className="button button--small" onClick={() => setMode('give')}>
          {t('organisation.consent.give')}
          <span className="visually-hidden"> — {label}</span>
        </button>
      )}
      {mode !== 'idle' ? (
        <form id={formId} onSubmit={submit} noValidate className="stack org-confirm">
          {mode === 'withdraw' ? (
            <p>
              <strong>{t('organisation.consent.withdrawTitle', { purpose: label })}</strong>{' '}
              {t(`organisation.consentWithdrawEffect.${purpose}`)}
            </p>
          ) : (
            <p>
              <strong>{t('organisation.consent.giveTitle', { purpose: label })}</strong>
            </p>
          )}
          <ErrorAlert>{error?.message}</ErrorAlert>
          <TextField
            label={
              mode === 'withdraw'
                ? t('organisation.fields.withdrawnOn')
                : t('organisation.fields.givenOn')
            }
            type="date"
            value={date}
            onChange={setDate}
            error={error?.fields.withdrawnOn ?? error?.fields.givenOn}
            min={mode === 'withdraw' ? current?.givenOn : undefined}
            max={today()}
            required
          />
          <div className="org-actions">
            <button
              type="submit"
              className={
                mode === 'withdraw' ? 'button org-button-danger' : 'button button--primary'
              }
              disabled={give.isPending || withdraw.isPending}
            >
              {mode === 'withdraw'
                ? t('organisation.consent.confirmWithdraw')
                : t('organisation.consent.confirmGive')}
            </button>
            <button
              type="button"
              className="button"
              onClick={() => {
                setMode('idle');
                setError(null);
              }}
            >
              {t('organisation.common.cancel')}
            </button>
          </div>
        </form>
      ) : null}
    </li>
  );
}

export function ConsentHistory({ file }: { file: JobSeekerFile }) {
  const { t } = useTranslation();
  const fmt = useLocaleFormat();
  if (file.consents.length === 0) return null;
  return (
    <details className="org-details">
      <summary>{t('organisation.consent.history')}</summary>
      <ul>
        {file.consents.map((c) => (
          <li key={c.id}>
            {t(`organisation.consentPurpose.${c.purpose}`)} —{' '}
            {t('organisation.consent.givenOn', {
              date: fmt.date(c.givenOn),
              name: c.recordedByName,
            })}
            {c.withdrawnOn
              ? ` ${t('organisation.consent.thenWithdrawn', { date: fmt.date(c.withdrawnOn) })}`
              : ''}
          </li>
        ))}
      </ul>
    </details>
  );
}
