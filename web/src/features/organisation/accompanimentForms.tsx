// The accompaniment forms of a pairing: log a follow-up, end the pairing (completed or ended
// early with a coded reason), and record the 12-week retention check. Each validates with the
// shared schema first and shows the server's refusals field by field.
import { useMutation } from '@tanstack/react-query';
import { type FormEvent, useId, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import {
  type EndEarlyReason,
  endEarlyReasons,
  type PairingStatus,
  type RetentionOutcome,
  retentionOutcomes,
} from '../../../../shared/money/machines';
import {
  completePairingInput,
  endPairingEarlyInput,
  followUpInput,
  recordRetentionInput,
} from '../../../../shared/pairings/schemas';
import { ErrorAlert, StatusMessage } from '../../components/Alert';
import { TextAreaField, TextField } from '../../components/Field';
import { ReasonFields } from '../../components/ReasonFields';
import { describeError, type ShownError, validate } from '../../lib/errors';
import { useTRPC } from '../../lib/trpc';
import { useLocaleFormat } from '../../lib/useLocaleFormat';
import {
  defaultEndDate,
  followUpKinds,
  nextOnError,
  suggestedNextOn,
  withWhomOptions,
} from './accompaniment';
import { today, useFocusOnToggle } from './common';
import { RadioGroup, useRefreshPairings } from './pairingParts';

type WithWhom = (typeof withWhomOptions)[number];
type FollowUpKind = (typeof followUpKinds)[number];

interface PairingRef {
  id: number;
  status: PairingStatus;
  personName: string;
}

/** « Consigner un suivi »: today, with the person, a call, next one in two weeks (editable). */
export function FollowUpForm(props: {
  pairing: PairingRef;
  /** Starts as a button that opens the form (ended pairings), else the form is shown. */
  collapsed?: boolean;
}) {
  const { t } = useTranslation();
  const trpc = useTRPC();
  const fmt = useLocaleFormat();
  const refresh = useRefreshPairings();
  const formId = useId();
  const titleId = useId();
  const box = useRef<HTMLDivElement>(null);
  const [open, setOpen] = useState(!props.collapsed);
  useFocusOnToggle(box, open);
  const initial = () => {
    const on = today();
    return {
      on,
      withWhom: 'person' as WithWhom | '',
      kind: 'call' as FollowUpKind | '',
      notes: '',
      nextOn: suggestedNextOn(props.pairing.status, on),
    };
  };
  const [values, setValues] = useState(initial);
  const [error, setError] = useState<ShownError | null>(null);
  // The confirmation stays by the form: on a phone the top of the page is out of sight.
  const [done, setDone] = useState<string | null>(null);
  const set = <K extends keyof typeof values>(k: K, v: (typeof values)[K]) =>
    setValues((s) => ({ ...s, [k]: v }));
  const log = useMutation(
    trpc.pairings.logFollowUp.mutationOptions({
      onSuccess: async (_data, input) => {
        setDone(
          input.nextOn
            ? t('organisation.followUp.doneNext', {
                date: fmt.date(input.on),
                next: fmt.date(input.nextOn),
              })
            : t('organisation.followUp.done', { date: fmt.date(input.on) }),
        );
        setValues(initial());
        setError(null);
        if (props.collapsed) setOpen(false);
        await refresh();
      },
      onError: (err) => {
        const shown = describeError(err, t);
        // The server's cross-field refusal belongs next to the "next follow-up" field.
        const code = (err as { data?: { appCode?: string } }).data?.appCode;
        if (code === 'followUp.nextBeforeDate') {
          setError({
            message: t('form.errorSummary'),
            fields: { nextOn: shown.message ?? '' },
          });
        } else setError(shown);
      },
    }),
  );
  function submit(e: FormEvent) {
    e.preventDefault();
    const v = validate(
      followUpInput,
      {
        pairingId: props.pairing.id,
        on: values.on,
        withWhom: values.withWhom || undefined,
        kind: values.kind || undefined,
        notes: values.notes,
        nextOn: values.nextOn || null,
      },
      t,
    );
    const crossField = nextOnError(values.on, values.nextOn);
    if (!v.ok || crossField) {
      const fields = v.ok ? {} : v.error.fields;
      if (crossField && !fields.nextOn) fields.nextOn = t(crossField);
      return setError({ message: t('form.errorSummary'), fields });
    }
    setError(null);
    setDone(null);
    log.mutate(v.data);
  }
  return (
    <div ref={box}>
      {open ? null : (
        <button
          type="button"
          className="button"
          aria-expanded={false}
          aria-controls={formId}
          onClick={() => {
            setDone(null);
            setOpen(true);
          }}
        >
          {t('organisation.followUp.open')}
          <span className="visually-hidden"> — {props.pairing.personName}</span>
        </button>
      )}
      {open ? (
        <form
          id={formId}
          className="stack org-followup"
          onSubmit={submit}
          noValidate
          aria-labelledby={props.collapsed ? titleId : undefined}
        >
          {props.collapsed ? (
            <p id={titleId} className="org-propose__title">
              {t('organisation.followUp.title')}
            </p>
          ) : null}
          <ErrorAlert>{error?.message}</ErrorAlert>
          <div className="org-row org-row--dates">
            <TextField
              label={t('organisation.followUp.on')}
              type="date"
              value={values.on}
              onChange={(v) => set('on', v)}
              error={error?.fields.on}
              max={today()}
              required
            />
          </div>
          <RadioGroup<WithWhom>
            legend={t('organisation.followUp.withWhom')}
            name="withWhom"
            options={withWhomOptions.map((o) => ({
              value: o,
              label: t(`organisation.withWhom.${o}`),
            }))}
            value={values.withWhom}
            onChange={(v) => set('withWhom', v)}
            error={error?.fields.withWhom}
          />
          <RadioGroup<FollowUpKind>
            legend={t('organisation.followUp.kind')}
            name="kind"
            options={followUpKinds.map((o) => ({
              value: o,
              label: t(`organisation.followUpKind.${o}`),
            }))}
            value={values.kind}
            onChange={(v) => set('kind', v)}
            error={error?.fields.kind}
          />
          <TextAreaField
            label={t('organisation.followUp.notes')}
            hint={t('organisation.followUp.notesHint')}
            value={values.notes}
            onChange={(v) => set('notes', v)}
            error={error?.fields.notes}
            maxLength={5000}
            rows={3}
          />
          <div className="org-row org-row--dates">
            <TextField
              label={t('organisation.followUp.nextOn')}
              hint={t('organisation.followUp.nextOnHint')}
              type="date"
              value={values.nextOn}
              onChange={(v) => set('nextOn', v)}
              error={error?.fields.nextOn}
              min={values.on || undefined}
            />
          </div>
          <div className="org-actions">
            <button type="submit" className="button button--primary" disabled={log.isPending}>
              {log.isPending ? t('form.saving') : t('organisation.followUp.submit')}
              <span className="visually-hidden"> — {props.pairing.personName}</span>
            </button>
            {props.collapsed ? (
              <button
                type="button"
                className="button"
                onClick={() => {
                  setOpen(false);
                  setError(null);
                }}
              >
                {t('organisation.common.cancel')}
              </button>
            ) : null}
          </div>
        </form>
      ) : null}
      <div className="org-followup__done">
        <StatusMessage>{done}</StatusMessage>
      </div>
    </div>
  );
}

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

/** The 12-week check: still employed (yes / no / unknown), on a date; can be corrected. */
export function RetentionCheck(props: {
  pairing: PairingRef & {
    retentionDueOn: string | null;
    retentionOutcome: RetentionOutcome | null;
    retentionCheckedOn: string | null;
  };
  onDone: (message: string) => void;
}) {
  const { t } = useTranslation();
  const trpc = useTRPC();
  const fmt = useLocaleFormat();
  const refresh = useRefreshPairings();
  const box = useRef<HTMLDivElement>(null);
  const p = props.pairing;
  const [editing, setEditing] = useState(p.retentionOutcome === null);
  useFocusOnToggle(box, editing);
  const [outcome, setOutcome] = useState<RetentionOutcome | ''>(p.retentionOutcome ?? '');
  const [checkedOn, setCheckedOn] = useState(p.retentionCheckedOn ?? today());
  const [error, setError] = useState<ShownError | null>(null);
  const record = useMutation(
    trpc.pairings.recordRetention.mutationOptions({
      onSuccess: async (_d, input) => {
        setEditing(false);
        setError(null);
        props.onDone(
          t('organisation.retention.done', {
            outcome: t(`organisation.retentionOutcome.${input.outcome}`),
          }),
        );
        await refresh();
      },
      onError: (err) => setError(describeError(err, t)),
    }),
  );
  function submit(e: FormEvent) {
    e.preventDefault();
    const v = validate(
      recordRetentionInput,
      { pairingId: p.id, outcome: outcome || undefined, checkedOn },
      t,
    );
    if (!v.ok) return setError(v.error);
    record.mutate(v.data);
  }
  const due = p.retentionDueOn;
  return (
    <div ref={box} className="stack">
      {due && p.retentionOutcome === null ? (
        <p className="org-retention__due">
          {due <= today()
            ? t('organisation.retention.due', { date: fmt.date(due) })
            : t('organisation.retention.dueFuture', { date: fmt.date(due) })}
        </p>
      ) : null}
      {p.retentionOutcome && p.retentionCheckedOn && !editing ? (
        <>
          <p>
            <span className={`org-badge org-retention org-retention--${p.retentionOutcome}`}>
              {t(`organisation.retentionOutcome.${p.retentionOutcome}`)}
            </span>{' '}
            {t('organisation.retention.checkedOnValue', { date: fmt.date(p.retentionCheckedOn) })}
          </p>
          {p.retentionOutcome === 'unknown' ? (
            <p className="field__hint">{t('organisation.retention.unknownHint')}</p>
          ) : null}
          <div>
            <button
              type="button"
              className="button button--small"
              onClick={() => {
                setOutcome(p.retentionOutcome ?? '');
                setCheckedOn(today());
                setEditing(true);
              }}
            >
              {t('organisation.retention.correct')}
              <span className="visually-hidden"> — {p.personName}</span>
            </button>
          </div>
        </>
      ) : null}
      {editing ? (
        <form className="stack" onSubmit={submit} noValidate>
          <ErrorAlert>{error?.message}</ErrorAlert>
          <RadioGroup<RetentionOutcome>
            legend={t('organisation.retention.question')}
            name="outcome"
            options={retentionOutcomes.map((o) => ({
              value: o,
              label: t(`organisation.retentionOutcome.${o}`),
            }))}
            value={outcome}
            onChange={setOutcome}
            error={error?.fields.outcome}
            hint={outcome === 'unknown' ? t('organisation.retention.unknownHint') : undefined}
            stacked
            required
          />
          <div className="org-row org-row--dates">
            <TextField
              label={t('organisation.retention.checkedOn')}
              type="date"
              value={checkedOn}
              onChange={setCheckedOn}
              error={error?.fields.checkedOn}
              max={today()}
              required
            />
          </div>
          <div className="org-actions">
            <button type="submit" className="button button--primary" disabled={record.isPending}>
              {record.isPending ? t('form.saving') : t('organisation.retention.submit')}
              <span className="visually-hidden"> — {p.personName}</span>
            </button>
            {p.retentionOutcome ? (
              <button
                type="button"
                className="button"
                onClick={() => {
                  setEditing(false);
                  setError(null);
                }}
              >
                {t('organisation.common.cancel')}
              </button>
            ) : null}
          </div>
        </form>
      ) : null}
    </div>
  );
}
