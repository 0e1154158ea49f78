// Ending a pairing as its organisation: completed on the planned end date (or the date it
// came), or ended early with a coded reason; confirmed in place.
import { useMutation } from '@tanstack/react-query';
import { type FormEvent, useId, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { type EndEarlyReason, endEarlyReasons } from '../../../../../shared/money/machines';
import { completePairingInput, endPairingEarlyInput } from '../../../../../shared/pairings/schemas';
import { ErrorAlert } from '../../../components/Alert';
import { TextField } from '../../../components/Field';
import { ReasonFields } from '../../../components/ReasonFields';
import { today } from '../../../lib/dates';
import { describeError, type ShownError, validate } from '../../../lib/errors';
import { useFocusOnToggle } from '../../../lib/focus';
import { useTRPC } from '../../../lib/trpc';
import { useLocaleFormat } from '../../../lib/useLocaleFormat';
import { useRefreshPairings } from '../pairingParts';
import { defaultEndDate, type PairingRef } from './accompaniment';

/** « Terminer le jumelage » or « Fin anticipée », each a short inline form. */
export function EndPairing(props: {
  pairing: PairingRef & { startDate: string; plannedEndDate: string };
  actions: readonly ('complete' | 'endEarly')[];
  onDone: (message: string) => void;
}) {
  const { t } = useTranslation();
  const trpc = useTRPC();
  const fmt = useLocaleFormat();
  const refresh = useRefreshPairings();
  const formId = useId();
  const box = useRef<HTMLDivElement>(null);
  const [mode, setMode] = useState<'idle' | 'complete' | 'endEarly'>('idle');
  useFocusOnToggle(box, mode);
  const [endDate, setEndDate] = useState('');
  const [reason, setReason] = useState<EndEarlyReason | ''>('');
  const [comment, setComment] = useState('');
  const [error, setError] = useState<ShownError | null>(null);
  const name = props.pairing.personName;
  const onSuccess = async (message: string) => {
    setMode('idle');
    setError(null);
    props.onDone(message);
    await refresh();
  };
  const complete = useMutation(
    trpc.pairings.complete.mutationOptions({
      onSuccess: (_d, input) =>
        onSuccess(t('organisation.end.doneComplete', { date: fmt.date(input.endDate) })),
      onError: (err) => setError(describeError(err, t)),
    }),
  );
  const endEarly = useMutation(
    trpc.pairings.endEarly.mutationOptions({
      onSuccess: (_d, input) =>
        onSuccess(t('organisation.end.doneEndEarly', { date: fmt.date(input.endDate) })),
      onError: (err) => setError(describeError(err, t)),
    }),
  );
  function start(next: 'complete' | 'endEarly') {
    setEndDate(defaultEndDate(next, props.pairing, today()));
    setReason('');
    setComment('');
    setError(null);
    setMode(next);
  }
  function submit(e: FormEvent) {
    e.preventDefault();
    if (mode === 'complete') {
      const v = validate(completePairingInput, { pairingId: props.pairing.id, endDate }, t);
      if (!v.ok) return setError(v.error);
      complete.mutate(v.data);
    } else {
      const v = validate(
        endPairingEarlyInput,
        { pairingId: props.pairing.id, endDate, reason: reason || undefined, comment },
        t,
      );
      if (!v.ok) return setError(v.error);
      endEarly.mutate(v.data);
    }
  }
  const pending = complete.isPending || endEarly.isPending;
  return (
    <div ref={box}>
      {mode === 'idle' ? (
        <div className="org-actions">
          {props.actions.includes('complete') ? (
            <button type="button" className="button" onClick={() => start('complete')}>
              {t('organisation.end.complete')}
              <span className="visually-hidden"> — {name}</span>
            </button>
          ) : null}
          {props.actions.includes('endEarly') ? (
            <button
              type="button"
              className="button org-button-danger"
              onClick={() => start('endEarly')}
            >
              {t('organisation.end.endEarly')}
              <span className="visually-hidden"> — {name}</span>
            </button>
          ) : null}
        </div>
      ) : (
        <form id={formId} className="stack org-confirm" onSubmit={submit} noValidate>
          <p tabIndex={-1} data-autofocus>
            <strong>
              {mode === 'complete'
                ? t('organisation.end.completeTitle')
                : t('organisation.end.endEarlyTitle')}
            </strong>{' '}
            {mode === 'complete'
              ? t('organisation.end.completeText')
              : t('organisation.end.endEarlyText')}
          </p>
          <ErrorAlert>{error?.message}</ErrorAlert>
          <div className="org-row org-row--dates">
            <TextField
              label={t('organisation.end.endDate')}
              type="date"
              value={endDate}
              onChange={setEndDate}
              error={error?.fields.endDate}
              min={props.pairing.startDate}
              max={today()}
              required
            />
          </div>
          {mode === 'endEarly' ? (
            <ReasonFields
              reasonLabel={t('organisation.end.reason')}
              chooseLabel={t('organisation.end.choose')}
              reasons={endEarlyReasons}
              reasonText={(r) => t(`organisation.endReason.${r}`)}
              reason={reason}
              onReasonChange={(v) => setReason(v as EndEarlyReason | '')}
              commentLabel={t('organisation.end.comment')}
              commentHint={t('organisation.end.commentHint')}
              comment={comment}
              onCommentChange={setComment}
              commentRows={2}
              errors={error?.fields}
            />
          ) : null}
          <div className="org-actions">
            <button
              type="submit"
              className={
                mode === 'complete' ? 'button button--primary' : 'button org-button-danger'
              }
              disabled={pending}
            >
              {mode === 'complete'
                ? t('organisation.end.confirmComplete')
                : t('organisation.end.confirmEndEarly')}
              <span className="visually-hidden"> — {name}</span>
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
      )}
    </div>
  );
}
