// The employer confirms a hire's start date in the past (the phase allows it within a window):
// a checkbox with its error on the field, as the date rules of issue 11 ask.
import { useId } from 'react';

export function PastStartConfirmation(props: {
  checked: boolean;
  onChange: (checked: boolean) => void;
  label: string;
  error: string | undefined;
}) {
  const id = useId();
  return (
    <div className={`field${props.error ? ' field--invalid' : ''}`}>
      <label htmlFor={id} className="checkbox">
        <input
          id={id}
          type="checkbox"
          checked={props.checked}
          onChange={(e) => props.onChange(e.target.checked)}
          aria-invalid={props.error ? true : undefined}
          aria-describedby={props.error ? `${id}-error` : undefined}
        />{' '}
        {props.label}
      </label>
      {props.error ? (
        <p className="field__error" id={`${id}-error`}>
          {props.error}
        </p>
      ) : null}
    </div>
  );
}
