// Ending a pairing as its organisation: completed on the planned end date (or the date it
// came), or ended early with a coded reason; confirmed in place, validated as typed by the
// procedures' schemas (completePairingInput, endPairingEarlyInput).
import { useMutation } from '@tanstack/react-query';
import { useRef, useState } from 'react';
import { useController } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import { endEarlyReasons } from '../../../../../shared/money/machines';
import { completePairingInput, endPairingEarlyInput } from '../../../../../shared/pairings/schemas';
import { ErrorAlert } from '../../../components/Alert';
import { FormDate } from '../../../components/form/FormFields';
import { ReasonFields } from '../../../components/ReasonFields';
import { today } from '../../../lib/dates';
import { useFocusOnToggle } from '../../../lib/focus';
import { showServerError, useSharedForm } from '../../../lib/forms';
import { useTRPC } from '../../../lib/trpc';
import { useLocaleFormat } from '../../../lib/useLocaleFormat';
import { useRefreshPairings } from '../pairingParts';
import { defaultEndDate, type PairingRef } from './accompaniment';

type Pairing = PairingRef & { startDate: string; plannedEndDate: string };

function Buttons(props: {
  mode: 'complete' | 'endEarly';
  pending: boolean;
  name: string;
  onCancel: () => void;
}) {
  const { t } = useTranslation();
  return (
    <div className="org-actions">
      <button
        type="submit"
        className={
          props.mode === 'complete' ? 'button button--primary' : 'button org-button-danger'
        }
        disabled={props.pending}
      >
        {props.mode === 'complete'
          ? t('organisation.end.confirmComplete')
          : t('organisation.end.confirmEndEarly')}
        <span className="visually-hidden"> — {props.name}</span>
      </button>
      <button type="button" className="button" onClick={props.onCancel}>
        {t('organisation.common.cancel')}
      </button>
    </div>
  );
}

function Intro({ mode }: { mode: 'complete' | 'endEarly' }) {
  const { t } = useTranslation();
  return (
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
  );
}

function CompleteForm(props: {
  pairing: Pairing;
  onDone: (message: string) => Promise<void>;
  onCancel: () => void;
}) {
  const { t } = useTranslation();
  const trpc = useTRPC();
  const fmt = useLocaleFormat();
  const { form, summary, setSummary } = useSharedForm(completePairingInput, {
    pairingId: props.pairing.id,
    endDate: defaultEndDate('complete', props.pairing, today()),
  });
  const complete = useMutation(trpc.pairings.complete.mutationOptions());
  const submit = form.handleSubmit(
    async (input) => {
      setSummary(null);
      try {
        await complete.mutateAsync(input);
        await props.onDone(t('organisation.end.doneComplete', { date: fmt.date(input.endDate) }));
      } catch (err) {
        setSummary(showServerError(err, form, t).message);
      }
    },
    () => setSummary(t('form.errorSummary')),
  );
  return (
    <form className="stack org-confirm" onSubmit={submit} noValidate>
      <Intro mode="complete" />
      <ErrorAlert>{summary}</ErrorAlert>
      <div className="org-row org-row--dates">
        <FormDate
          control={form.control}
          name="endDate"
          label={t('organisation.end.endDate')}
          min={props.pairing.startDate}
          max={today()}
          required
        />
      </div>
      <Buttons
        mode="complete"
        pending={complete.isPending}
        name={props.pairing.personName}
        onCancel={props.onCancel}
      />
    </form>
  );
}

function EndEarlyForm(props: {
  pairing: Pairing;
  onDone: (message: string) => Promise<void>;
  onCancel: () => void;
}) {
  const { t } = useTranslation();
  const trpc = useTRPC();
  const fmt = useLocaleFormat();
  const { form, summary, setSummary } = useSharedForm(endPairingEarlyInput, {
    pairingId: props.pairing.id,
    endDate: defaultEndDate('endEarly', props.pairing, today()),
    reason: undefined,
    comment: '',
  });
  const reason = useController({ control: form.control, name: 'reason' });
  const comment = useController({ control: form.control, name: 'comment' });
  const endEarly = useMutation(trpc.pairings.endEarly.mutationOptions());
  const submit = form.handleSubmit(
    async (input) => {
      setSummary(null);
      try {
        await endEarly.mutateAsync(input);
        await props.onDone(t('organisation.end.doneEndEarly', { date: fmt.date(input.endDate) }));
      } catch (err) {
        setSummary(showServerError(err, form, t).message);
      }
    },
    () => setSummary(t('form.errorSummary')),
  );
  return (
    <form className="stack org-confirm" onSubmit={submit} noValidate>
      <Intro mode="endEarly" />
      <ErrorAlert>{summary}</ErrorAlert>
      <div className="org-row org-row--dates">
        <FormDate
          control={form.control}
          name="endDate"
          label={t('organisation.end.endDate')}
          min={props.pairing.startDate}
          max={today()}
          required
        />
      </div>
      <ReasonFields
        reasonLabel={t('organisation.end.reason')}
        chooseLabel={t('organisation.end.choose')}
        reasons={endEarlyReasons}
        reasonText={(r) => t(`organisation.endReason.${r}`)}
        reason={reason.field.value ?? ''}
        reasonRef={reason.field.ref}
        onReasonChange={(v) => reason.field.onChange(v === '' ? undefined : v)}
        commentLabel={t('organisation.end.comment')}
        commentHint={t('organisation.end.commentHint')}
        comment={comment.field.value ?? ''}
        onCommentChange={comment.field.onChange}
        commentRows={2}
        errors={{
          reason: reason.fieldState.error?.message ?? '',
          comment: comment.fieldState.error?.message ?? '',
        }}
      />
      <Buttons
        mode="endEarly"
        pending={endEarly.isPending}
        name={props.pairing.personName}
        onCancel={props.onCancel}
      />
    </form>
  );
}

/** « Terminer le jumelage » or « Fin anticipée », each a short inline form. */
export function EndPairing(props: {
  pairing: Pairing;
  actions: readonly ('complete' | 'endEarly')[];
  onDone: (message: string) => void;
}) {
  const { t } = useTranslation();
  const refresh = useRefreshPairings();
  const box = useRef<HTMLDivElement>(null);
  const [mode, setMode] = useState<'idle' | 'complete' | 'endEarly'>('idle');
  useFocusOnToggle(box, mode);
  const name = props.pairing.personName;
  const done = async (message: string) => {
    setMode('idle');
    props.onDone(message);
    await refresh();
  };
  const cancel = () => setMode('idle');
  return (
    <div ref={box}>
      {mode === 'idle' ? (
        <div className="org-actions">
          {props.actions.includes('complete') ? (
            <button type="button" className="button" onClick={() => setMode('complete')}>
              {t('organisation.end.complete')}
              <span className="visually-hidden"> — {name}</span>
            </button>
          ) : null}
          {props.actions.includes('endEarly') ? (
            <button
              type="button"
              className="button org-button-danger"
              onClick={() => setMode('endEarly')}
            >
              {t('organisation.end.endEarly')}
              <span className="visually-hidden"> — {name}</span>
            </button>
          ) : null}
        </div>
      ) : mode === 'complete' ? (
        <CompleteForm pairing={props.pairing} onDone={done} onCancel={cancel} />
      ) : (
        <EndEarlyForm pairing={props.pairing} onDone={done} onCancel={cancel} />
      )}
    </div>
  );
}
