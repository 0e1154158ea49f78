// Opening or closing a phase, each confirmed first.

import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'wouter';
import { ErrorAlert, StatusMessage } from '../../components/Alert';
import { describeError } from '../../lib/errors';
import type { RouterOutputs } from '../../lib/trpc';
import { useTRPC } from '../../lib/trpc';

type PhaseDetail = RouterOutputs['phases']['get'];

export type PhaseAction = 'open' | 'close';

export function PhaseActions({ phase, onAction }: { phase: PhaseDetail; onAction: () => void }) {
  const { t } = useTranslation();
  const trpc = useTRPC();
  const qc = useQueryClient();
  const [confirming, setConfirming] = useState<PhaseAction | null>(null);
  const [done, setDone] = useState<PhaseAction | null>(null);
  const [error, setError] = useState<string | null>(null);
  const confirmRef = useRef<HTMLParagraphElement>(null);
  const triggerRef = useRef<HTMLButtonElement>(null);
  const transition = useMutation(
    trpc.phases.transition.mutationOptions({
      onSuccess: async (_r, input) => {
        setConfirming(null);
        setDone(input.action);
        await qc.invalidateQueries({ queryKey: trpc.phases.pathKey() });
      },
      onError: (err) => {
        const shown = describeError(err, t);
        // A missing part (rules, envelope, organisations) is one field's message: say it.
        setError(Object.values(shown.fields)[0] ?? shown.message ?? t('errors.generic'));
        setConfirming(null);
        triggerRef.current?.focus();
      },
    }),
  );
  useEffect(() => {
    if (confirming) confirmRef.current?.focus();
  }, [confirming]);
  const action: PhaseAction | null =
    phase.status === 'draft' ? 'open' : phase.status === 'open' ? 'close' : null;
  return (
    <div className="stack">
      <StatusMessage>{done ? t(`coordinator.phase.done.${done}`) : null}</StatusMessage>
      <ErrorAlert>{error}</ErrorAlert>
      {phase.status === 'draft' || action ? (
        <div className="coord-actions">
          {phase.status === 'draft' ? (
            <Link href={`/phases/${phase.id}/edit`} className="button">
              {t('coordinator.phase.edit')}
            </Link>
          ) : null}
          {action ? (
            <button
              ref={triggerRef}
              type="button"
              className={action === 'open' ? 'button button--primary' : 'button coord-danger'}
              aria-expanded={confirming === action}
              disabled={transition.isPending}
              onClick={() => {
                setError(null);
                setDone(null);
                onAction();
                setConfirming(confirming === action ? null : action);
              }}
            >
              {t(`coordinator.phase.action.${action}`)}
            </button>
          ) : null}
        </div>
      ) : null}
      {confirming ? (
        <div className="coord-confirm">
          <p ref={confirmRef} tabIndex={-1}>
            <strong>
              {t(`coordinator.phase.confirm.${confirming}.question`, { number: phase.number })}
            </strong>{' '}
            {t(`coordinator.phase.confirm.${confirming}.text`, {
              days: phase.rules?.claimDeadlineDays ?? 0,
            })}
          </p>
          <div className="coord-actions">
            <button
              type="button"
              className={confirming === 'open' ? 'button button--primary' : 'button coord-danger'}
              disabled={transition.isPending}
              onClick={() => transition.mutate({ phaseId: phase.id, action: confirming })}
            >
              {t(`coordinator.phase.confirm.${confirming}.yes`)}
            </button>
            <button
              type="button"
              className="button"
              onClick={() => {
                setConfirming(null);
                triggerRef.current?.focus();
              }}
            >
              {t('coordinator.phase.confirm.no')}
            </button>
          </div>
        </div>
      ) : null}
    </div>
  );
}
