// « Consigner un suivi »: a follow-up of a pairing (date, with whom, kind, notes, next date),
// validated with the shared schema first, the server's refusals shown field by field.
import { useMutation } from '@tanstack/react-query';
import { type FormEvent, useId, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { followUpInput } from '../../../../../shared/pairings/schemas';
import { ErrorAlert, StatusMessage } from '../../../components/Alert';
import { TextAreaField, TextField } from '../../../components/Field';
import { today } from '../../../lib/dates';
import { describeError, type ShownError, validate } from '../../../lib/errors';
import { useFocusOnToggle } from '../../../lib/focus';
import { useTRPC } from '../../../lib/trpc';
import { useLocaleFormat } from '../../../lib/useLocaleFormat';
import { RadioGroup, useRefreshPairings } from '../pairingParts';
import {
  followUpKinds,
  nextOnError,
  type PairingRef,
  suggestedNextOn,
  withWhomOptions,
} from './accompaniment';

type WithWhom = (typeof withWhomOptions)[number];
type FollowUpKind = (typeof followUpKinds)[number];

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
