// Labelled form fields with their hint and error tied by aria-describedby.
import { type InputHTMLAttributes, type ReactNode, type Ref, useId, useState } from 'react';
import { useTranslation } from 'react-i18next';

interface FieldProps extends Omit<InputHTMLAttributes<HTMLInputElement>, 'onChange' | 'value'> {
  label: string;
  value: string;
  onChange: (value: string) => void;
  error?: string | undefined;
  hint?: string | undefined;
  inputRef?: Ref<HTMLInputElement> | undefined;
}

function describedBy(hintId: string, errorId: string, hint?: string, error?: string) {
  return [hint ? hintId : null, error ? errorId : null].filter(Boolean).join(' ') || undefined;
}

export function TextField({
  label,
  value,
  onChange,
  error,
  hint,
  required,
  inputRef,
  ...rest
}: FieldProps) {
  const id = useId();
  const { t } = useTranslation();
  return (
    <div className={`field${error ? ' field--invalid' : ''}`}>
      <label htmlFor={id}>
        {label}
        {required ? <span className="field__required"> ({t('form.required')})</span> : null}
      </label>
      {hint ? (
        <p className="field__hint" id={`${id}-hint`}>
          {hint}
        </p>
      ) : null}
      <input
        ref={inputRef}
        id={id}
        value={value}
        onChange={(e) => onChange(e.target.value)}
        aria-invalid={error ? true : undefined}
        aria-describedby={describedBy(`${id}-hint`, `${id}-error`, hint, error)}
        required={required}
        {...rest}
      />
      {error ? (
        <p className="field__error" id={`${id}-error`}>
          {error}
        </p>
      ) : null}
    </div>
  );
}

export function PasswordField(props: FieldProps) {
  const [shown, setShown] = useState(false);
  const { t } = useTranslation();
  return (
    <div className="password-field">
      <TextField {...props} type={shown ? 'text' : 'password'} />
      <button
        type="button"
        className="link-button password-field__toggle"
        aria-pressed={shown}
        onClick={() => setShown((s) => !s)}
      >
        {shown ? t('form.hidePassword') : t('form.showPassword')}
      </button>
    </div>
  );
}

interface SelectProps {
  label: string;
  value: string;
  onChange: (value: string) => void;
  error?: string | undefined;
  required?: boolean;
  children: ReactNode;
  name?: string;
  onBlur?: () => void;
  inputRef?: Ref<HTMLSelectElement> | undefined;
}

export function SelectField({
  label,
  value,
  onChange,
  error,
  required,
  children,
  name,
  onBlur,
  inputRef,
}: SelectProps) {
  const id = useId();
  const { t } = useTranslation();
  return (
    <div className={`field${error ? ' field--invalid' : ''}`}>
      <label htmlFor={id}>
        {label}
        {required ? <span className="field__required"> ({t('form.required')})</span> : null}
      </label>
      <select
        ref={inputRef}
        onBlur={onBlur}
        id={id}
        name={name}
        value={value}
        onChange={(e) => onChange(e.target.value)}
        aria-invalid={error ? true : undefined}
        aria-describedby={error ? `${id}-error` : undefined}
        required={required}
      >
        {children}
      </select>
      {error ? (
        <p className="field__error" id={`${id}-error`}>
          {error}
        </p>
      ) : null}
    </div>
  );
}

export function TextAreaField(props: {
  label: string;
  value: string;
  onChange: (value: string) => void;
  error?: string | undefined;
  hint?: string | undefined;
  required?: boolean;
  rows?: number;
  maxLength?: number;
  onBlur?: () => void;
  inputRef?: Ref<HTMLTextAreaElement> | undefined;
}) {
  const id = useId();
  const { t } = useTranslation();
  return (
    <div className={`field${props.error ? ' field--invalid' : ''}`}>
      <label htmlFor={id}>
        {props.label}
        {props.required ? <span className="field__required"> ({t('form.required')})</span> : null}
      </label>
      {props.hint ? (
        <p className="field__hint" id={`${id}-hint`}>
          {props.hint}
        </p>
      ) : null}
      <textarea
        ref={props.inputRef}
        onBlur={props.onBlur}
        id={id}
        value={props.value}
        rows={props.rows ?? 4}
        maxLength={props.maxLength}
        onChange={(e) => props.onChange(e.target.value)}
        aria-invalid={props.error ? true : undefined}
        aria-describedby={describedBy(`${id}-hint`, `${id}-error`, props.hint, props.error)}
      />
      {props.error ? (
        <p className="field__error" id={`${id}-error`}>
          {props.error}
        </p>
      ) : null}
    </div>
  );
}
