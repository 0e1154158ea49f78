// Proposal pieces used on several screens: the inline "Propose" form, withdrawing, opening an
// employer's answer (which marks it seen), and one match of a matching list with its button.
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { type FormEvent, useId, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { createProposalInput } from '../../../../shared/proposals/schemas';
import { ErrorAlert } from '../../components/Alert';
import { TextAreaField } from '../../components/Field';
import { describeError, type ShownError, validate } from '../../lib/errors';
import { useFocusOnToggle } from '../../lib/focus';
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
  const [message, setMessage] = useState('');
  const [error, setError] = useState<ShownError | null>(null);
  const propose = useMutation(
    trpc.proposals.create.mutationOptions({
      onSuccess: async () => {
        setOpen(false);
        setMessage('');
        props.onProposed(
          t('organisation.propose.done', { name: props.personName, posting: props.postingTitle }),
        );
        await refresh();
      },
      onError: (err) => setError(describeError(err, t)),
    }),
  );
  function submit(e: FormEvent) {
    e.preventDefault();
    const v = validate(
      createProposalInput,
      { postingId: props.postingId, jobSeekerId: props.jobSeekerId, message },
      t,
    );
    if (!v.ok) return setError(v.error);
    setError(null);
    propose.mutate(v.data);
  }
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
        <form id={formId} className="stack org-propose__form" onSubmit={submit} noValidate>
          <p className="org-propose__title">
            {t('organisation.propose.title', {
              name: props.personName,
              posting: props.postingTitle,
            })}
          </p>
          <ErrorAlert>{error?.message}</ErrorAlert>
          <TextAreaField
            label={t('organisation.propose.message')}
            hint={t('organisation.propose.messageHint')}
            value={message}
            onChange={setMessage}
            error={error?.fields.message}
            maxLength={2000}
            rows={4}
          />
          <p className="field__hint">{t('organisation.propose.shared')}</p>
          <div className="org-actions">
            <button type="submit" className="button button--primary" disabled={propose.isPending}>
              {propose.isPending ? t('form.saving') : t('organisation.propose.submit')}
            </button>
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
          </div>
        </form>
      ) : null}
    </div>
  );
}
