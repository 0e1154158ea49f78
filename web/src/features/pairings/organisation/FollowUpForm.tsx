// « Consigner un suivi »: a follow-up of a pairing (date, with whom, kind, notes, next date),
// validated with the shared schema first, the server's refusals shown field by field.
import { useMutation } from '@tanstack/react-query';
import { useId, useRef, useState } from 'react';
import { useController, useWatch } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import { z } from 'zod';
import { followUpInput } from '../../../../../shared/pairings/schemas';
import { ErrorAlert, StatusMessage } from '../../../components/Alert';
import { FormDate, FormTextArea } from '../../../components/form/FormFields';
import { today } from '../../../lib/dates';
import { useFocusOnToggle } from '../../../lib/focus';
import { optionalDateText } from '../../../lib/formSchemas';
import { showServerError, useSharedForm } from '../../../lib/forms';
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

/** The follow-up as typed: the procedure's schema, choices empty until chosen, next date optional. */
const followUpForm = followUpInput.omit({ pairingId: true }).extend({
  withWhom: z.string().pipe(followUpInput.shape.withWhom),
  kind: z.string().pipe(followUpInput.shape.kind),
  nextOn: optionalDateText(),
});

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
      withWhom: 'person',
      kind: 'call',
      notes: '',
      nextOn: suggestedNextOn(props.pairing.status, on),
    };
  };
  const { form, summary, setSummary } = useSharedForm(followUpForm, initial());
  const { control } = form;
  const withWhom = useController({ control, name: 'withWhom' });
  const kind = useController({ control, name: 'kind' });
  const [on, nextOn] = useWatch({ control, name: ['on', 'nextOn'] });
  // The next follow-up comes after this one: said as it is typed, next to its field.
  const nextRule = nextOnError(on, nextOn ?? '');
  // The confirmation stays by the form: on a phone the top of the page is out of sight.
  const [done, setDone] = useState<string | null>(null);
  const log = useMutation(trpc.pairings.logFollowUp.mutationOptions());
  const submit = form.handleSubmit(
    async (fields) => {
      if (nextRule) {
        form.setFocus('nextOn');
        return setSummary(t('form.errorSummary'));
      }
      setSummary(null);
      setDone(null);
      try {
        const input = { pairingId: props.pairing.id, ...fields };
        await log.mutateAsync(input);
        setDone(
          input.nextOn
            ? t('organisation.followUp.doneNext', {
                date: fmt.date(input.on),
                next: fmt.date(input.nextOn),
              })
            : t('organisation.followUp.done', { date: fmt.date(input.on) }),
        );
        form.reset(initial());
        if (props.collapsed) setOpen(false);
        await refresh();
      } catch (err) {
        // The server's cross-field refusal belongs next to the "next follow-up" field.
        const code = (err as { data?: { appCode?: string } }).data?.appCode;
        if (code === 'followUp.nextBeforeDate') {
          form.setError('nextOn', { type: 'server', message: t('errors.followUp.nextBeforeDate') });
          setSummary(t('form.errorSummary'));
        } else setSummary(showServerError(err, form, t).message);
      }
    },
    () => setSummary(t('form.errorSummary')),
  );
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
          <ErrorAlert>{summary}</ErrorAlert>
          <div className="org-row org-row--dates">
            <FormDate
              control={control}
              name="on"
              label={t('organisation.followUp.on')}
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
            value={withWhom.field.value as WithWhom | ''}
            onChange={withWhom.field.onChange}
            error={withWhom.fieldState.error?.message}
          />
          <RadioGroup<FollowUpKind>
            legend={t('organisation.followUp.kind')}
            name="kind"
            options={followUpKinds.map((o) => ({
              value: o,
              label: t(`organisation.followUpKind.${o}`),
            }))}
            value={kind.field.value as FollowUpKind | ''}
            onChange={kind.field.onChange}
            error={kind.fieldState.error?.message}
          />
          <FormTextArea
            control={control}
            name="notes"
            label={t('organisation.followUp.notes')}
            hint={t('organisation.followUp.notesHint')}
            maxLength={5000}
            rows={3}
          />
          <div className="org-row org-row--dates">
            <FormDate
              control={control}
              name="nextOn"
              label={t('organisation.followUp.nextOn')}
              hint={t('organisation.followUp.nextOnHint')}
              rule={nextRule ? t(nextRule) : undefined}
              min={on || undefined}
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
                  setSummary(null);
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
