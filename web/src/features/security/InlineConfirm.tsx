// A question asked in place before something that cannot be undone (removing a factor, new
// recovery codes, a reset): the confirming button takes the focus; Cancel gives it back.
import { useEffect, useId, useRef } from 'react';
import { ErrorAlert } from '../../components/Alert';

export function InlineConfirm(props: {
  question: string;
  confirmLabel: string;
  cancelLabel: string;
  pending: boolean;
  pendingLabel?: string;
  error?: string | null;
  onConfirm: () => void;
  onCancel: () => void;
}) {
  const id = useId();
  const confirm = useRef<HTMLButtonElement>(null);
  useEffect(() => confirm.current?.focus(), []);
  return (
    <fieldset className="group stack coord-inline-form" aria-labelledby={id}>
      <p id={id} className="coord-inline-form__title">
        {props.question}
      </p>
      <ErrorAlert>{props.error}</ErrorAlert>
      <div className="coord-actions">
        <button
          ref={confirm}
          type="button"
          className="button coord-danger"
          disabled={props.pending}
          onClick={props.onConfirm}
        >
          {props.pending ? (props.pendingLabel ?? props.confirmLabel) : props.confirmLabel}
        </button>
        <button type="button" className="button" onClick={props.onCancel}>
          {props.cancelLabel}
        </button>
      </div>
    </fieldset>
  );
}
