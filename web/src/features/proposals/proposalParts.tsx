// Proposal pieces used on several screens: the inline "Propose" form, withdrawing, opening an
// employer's answer (which marks it seen), and one match of a matching list with its button.
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useId, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { createProposalInput } from '../../../../shared/proposals/schemas';
import { ErrorAlert } from '../../components/Alert';
import { FormTextArea } from '../../components/form/FormFields';
import { useFocusOnToggle } from '../../lib/focus';
import { showServerError, useSharedForm } from '../../lib/forms';
import { useTRPC } from '../../lib/trpc';

/** Everything that shows proposals or matches, refreshed after a proposal changes. */
export function useRefreshProposals() {
  const trpc = useTRPC();
  const qc = useQueryClient();
  return async () => {
    await Promise.all([
      qc.invalidateQueries({ queryKey: trpc.matching.pathKey() }),
      qc.invalidateQueries({ queryKey: trpc.proposals.pathKey() }),
      qc.invalidateQueries({ queryKey: trpc.home.pathKey() }),
      qc.invalidateQueries({ queryKey: trpc.jobSeekers.pathKey() }),
    ]);
  };
}

/** "Proposer" opens a short form with the message to the employer, right where the match is. */
export function ProposeButton(props: {
  postingId: number;
  jobSeekerId: number;
  personName: string;
  postingTitle: string;
  onProposed: (message: string) => void;
}) {
  const { t } = useTranslation();
  const trpc = useTRPC();
  const refresh = useRefreshProposals();
  const formId = useId();
  const [open, setOpen] = useState(false);
  const box = useRef<HTMLDivElement>(null);
  useFocusOnToggle(box, open);
  // Sending without a message is possible, but asked first: the employer reads it on the card.
  const [askEmpty, setAskEmpty] = useState(false);
  const { form, summary, setSummary } = useSharedForm(createProposalInput, {
    postingId: props.postingId,
    jobSeekerId: props.jobSeekerId,
    message: '',
  });
  const propose = useMutation(
    trpc.proposals.create.mutationOptions({
      onSuccess: async () => {
        setOpen(false);
        setAskEmpty(false);
        form.reset();
        props.onProposed(
          t('organisation.propose.done', { name: props.personName, posting: props.postingTitle }),
        );
        await refresh();
      },
      onError: (err) => setSummary(showServerError(err, form, t).message),
    }),
  );
  const send = (withoutMessage: boolean) =>
    form.handleSubmit(
      (v) => {
        if (v.message.trim() === '' && !withoutMessage) return setAskEmpty(true);
        setSummary(null);
        propose.mutate(v);
      },
      () => setSummary(t('form.errorSummary')),
    );
  return (
    <div className="org-propose" ref={box}>
      {open ? null : (
        <button
          type="button"
          className="button button--primary button--small"
          aria-expanded={false}
          aria-controls={formId}
          onClick={() => setOpen(true)}
        >
          {t('organisation.propose.button')}
          <span className="visually-hidden">
            {' '}
            {t('organisation.propose.context', {
              name: props.personName,
              posting: props.postingTitle,
            })}
          </span>
        </button>
      )}
      {open ? (
        <form id={formId} className="stack org-propose__form" onSubmit={send(false)} noValidate>
          <p className="org-propose__title">
            {t('organisation.propose.title', {
              name: props.personName,
              posting: props.postingTitle,
            })}
          </p>
          <ErrorAlert>{summary}</ErrorAlert>
          <FormTextArea
            control={form.control}
            name="message"
            label={t('organisation.propose.message')}
            hint={t('organisation.propose.messageHint')}
            maxLength={2000}
            rows={4}
          />
          <p className="field__hint">{t('organisation.propose.shared')}</p>
          {askEmpty ? (
            <fieldset className="group org-propose__ask" aria-labelledby={`${formId}-ask`}>
              <p id={`${formId}-ask`} className="emp-note">
                {t('organisation.propose.emptyQuestion')}
              </p>
              <div className="org-actions">
                <button
                  type="button"
                  className="button"
                  data-autofocus
                  onClick={() => {
                    setAskEmpty(false);
                    form.setFocus('message');
                  }}
                >
                  {t('organisation.propose.writeMessage')}
                </button>
                <button
                  type="button"
                  className="button"
                  disabled={propose.isPending}
                  onClick={(e) => void send(true)(e)}
                >
                  {t('organisation.propose.sendWithout')}
                </button>
              </div>
            </fieldset>
          ) : null}
          <div className="org-actions">
            <button type="submit" className="button button--primary" disabled={propose.isPending}>
              {propose.isPending ? t('form.saving') : t('organisation.propose.submit')}
            </button>
            <button
              type="button"
              className="button"
              onClick={() => {
                setOpen(false);
                setAskEmpty(false);
                setSummary(null);
              }}
            >
              {t('organisation.common.cancel')}
            </button>
          </div>
        </form>
      ) : null}
    </div>
  );
}
